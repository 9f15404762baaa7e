"""Sepakat: Indonesian government agreement signings, read from news into Parquet tables."""

__version__ = "0.1.0"
