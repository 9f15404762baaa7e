"""Executors: how a run's documents are processed and committed (base.Executor holds what every
executor shares). `run` picks one by the options."""
from __future__ import annotations

import sys


def run(options, log_to=sys.stderr):
    """Run `options` (config.Options) with its executor: a Dask cluster (`--executor dask`,
    `--scheduler`) or worker processes on this machine; the run's counts (settle.RunStats)."""
    if options.executor == "dask" or options.scheduler:
        from .dask import DaskExecutor as executor
    else:
        from .local import LocalExecutor as executor
    return executor(options, log_to).run()
