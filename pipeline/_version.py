"""The code's version, in a module of its own: `config.model_version` hashes it into every rule
model's version, and the package re-exports it, without either importing the other."""
__version__ = "0.1.0"
