import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
MODEL = ROOT / "models" / "sepakat"


def run_pipeline(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "html").is_dir():
        pytest.skip("../shared/eval/dev not found: the development set lives beside the repo")
    return DEV


@pytest.fixture(scope="session")
def dev_out(dev_dir, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dev-html")
    proc = run_pipeline("run", str(dev_dir / "html"), "--out", str(out), "--quiet")
    assert proc.returncode == 0, proc.stderr
    return out
