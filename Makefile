# Rapport: `make run` opens the app, `make test` checks everything headless.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck pytest clean bench profile

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests main.py
	$(VENV)/bin/ruff format --check app tests main.py

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

test: lint typecheck pytest

# make bench [SIZE=small|medium|large] [SEED=1]: tests/bench/, figures beside their floors.
SIZE ?= large
SEED ?= 1
BENCH := QT_QPA_PLATFORM=offscreen $(PY) -m tests.bench --size $(SIZE) --seed $(SEED)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

bench: $(STAMP)
	@command -v sqlite3 >/dev/null || $(SUDO) apt-get install -y sqlite3  # the CSV import floor
	$(BENCH)

# make profile SCENARIO=name [SIZE=...]: one sample under pyinstrument, reports in profiles/.
profile: $(STAMP)
	@test -n "$(SCENARIO)" || { echo "usage: make profile SCENARIO=name (see $(PY) -m tests.bench --list)"; exit 2; }
	$(BENCH) --only $(SCENARIO) --profile profiles

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
