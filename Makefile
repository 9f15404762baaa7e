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

# Benchmarks; BENCH_N sets the nightly corpus size (CI can run a small one: make bench BENCH_N=200).
BENCH_N ?= 2000
bench: $(STAMP)
	mkdir -p bench/reports
	$(PY) bench/bench_startup.py --runs 7 --json bench/reports/startup.json
	$(PY) bench/bench_rules.py --n 1000 --json bench/reports/rules.json
	$(PY) bench/bench_nightly.py --n $(BENCH_N) --mix 0.1 --json bench/reports/nightly-mix.json
	$(PY) bench/bench_nightly.py --n $(BENCH_N) --mix 1.0 --json bench/reports/all-agreements.json
	$(PY) bench/bench_nightly.py --n $(BENCH_N) --format jsonl --mix 0.0 --json bench/reports/news-id.json
	$(PY) bench/bench_nightly.py --n $(BENCH_N) --mix 1.0 --workers 2 --no-baseline --json bench/reports/all-agreements-2-workers.json
	$(PY) bench/bench_memory.py --n $(BENCH_N) --scale 10 --json bench/reports/memory.json

clean:
	rm -rf $(OUT) $(VENV) *.egg-info
