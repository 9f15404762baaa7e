"""Executors: how a run's documents are processed and committed (base.Executor holds what every
executor shares). `run` picks one by the options."""
from __future__ import annotations

import sys


def run(options, log_to=sys.stderr, workers=None):
    """Run `options` (config.Options) with its executor: a Dask cluster (`--executor dask`,
    `--scheduler`) or worker processes on this machine (`workers`: those already started with
    worker.Workers.for_run, else the run starts them); the run's counts (settle.RunStats)."""
    if is_dask(options):
        from .dask import DaskExecutor

        return DaskExecutor(options, log_to).run()
    from .local import LocalExecutor

    return LocalExecutor(options, log_to, workers).run()


def is_dask(options) -> bool:
    return options.executor == "dask" or bool(options.scheduler)
