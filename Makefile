# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench install sysdeps clean

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/tz-excel demo demo-workspace

sysdeps:
	bash scripts/system-deps.sh

test: sysdeps $(STAMP)
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python bench/notice_quality.py --split=all
	$(BIN)/python bench/bench_forms.py --processes 1
	$(BIN)/python bench/bench_forms.py --processes 2
	$(BIN)/python bench/bench_report.py --repeat 3
	$(BIN)/python bench/bench_merge.py --cache .bench-cache --count 1000 --repeat 3
	$(BIN)/python bench/bench_intake.py --cache .bench-cache --count 1000 --repeat 3
	$(BIN)/python bench/bench_merge.py --cache .bench-cache --count 10000 --week --no-pandas
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_web.py --window 60
	$(BIN)/python bench/bench_web.py --window 0

clean:
	rm -rf $(VENV) demo-workspace build *.egg-info
