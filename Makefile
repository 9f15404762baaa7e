# Two commands for a newcomer: `make run` and `make test`. Both create .venv if missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
CORPUS ?= corpus
OUT    ?= outputs

.PHONY: run test bench clean dev-eval browser

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dask]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m pipeline run $(CORPUS) --out $(OUT)

# tests/test_review.py opens the review page in headless Chromium (Debian's package). `test` installs
# it first where it can (apt-get present and run as root); elsewhere that test skips and says why.
CAN_APT := $(shell command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ] && echo yes)

browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) $(if $(CAN_APT),browser)
	$(PY) -m pytest -q

# Dev-set scores from html and txt, by our evaluator (the reference scorer must agree).
dev-eval: $(STAMP)
	rm -rf /tmp/sepakat-dev-html /tmp/sepakat-dev-txt
	$(PY) -m pipeline run ../shared/eval/dev/html --out /tmp/sepakat-dev-html --quiet
	$(PY) -m pipeline evaluate --gold ../shared/eval/dev/gold /tmp/sepakat-dev-html
	$(PY) -m pipeline run ../shared/eval/dev/txt --out /tmp/sepakat-dev-txt --quiet
	$(PY) -m pipeline evaluate --gold ../shared/eval/dev/gold /tmp/sepakat-dev-txt

# Benchmarks: one JSON report, bench/reports/bench-<time>-n<N>.json (bench/README.md). BENCH_N sets
# the size of the nightly run (the memory run takes N and 10 x N, the heavy run min(400, N)),
# BENCH_NEWS that of the news runs; a small run for CI or a check:
# make bench BENCH_N=100 BENCH_NEWS=500 BENCH_RUNS=2.
BENCH_N ?= 2000
BENCH_NEWS ?= 5235
BENCH_RUNS ?= 7
bench: $(STAMP)
	$(PY) bench/bench_report.py --n $(BENCH_N) --news-n $(BENCH_NEWS) --startup-runs $(BENCH_RUNS) --dir bench/reports

clean:
	rm -rf $(OUT) $(VENV) *.egg-info
