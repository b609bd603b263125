# Rapport: `make run` opens the app, `make test` checks everything headless.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test lint typecheck pytest clean bench profile package translations screenshots

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Translations: the .ts catalogues are committed, their compiled .qm files are build output.
TS := resources/translations/rapport_de.ts resources/translations/rapport_es.ts
# English is the source language: its catalogue holds only the plural forms ("1 contact").
TS_EN := resources/translations/rapport_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# make translations: refresh the catalogues from app/ (kept translations stay, gone ones are
# marked obsolete), then compile them.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -locations relative app -ts $(TS)
	$(VENV)/bin/pyside6-lupdate -pluralonly -extensions py -locations relative app -ts $(TS_EN)
	$(MAKE) $(QM)

# make screenshots: the user guide's images (docs/images), offscreen from a fresh demo database.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/images

run: $(STAMP) $(QM)
	$(PY) main.py

# make demo [SIZE=small|medium|large] [DB=path]: sample data (500 / 10,000 / 100,000 contacts)
# in the default database, or DB; then `make run`. The `rapport` command is .venv/bin/rapport.
demo: $(STAMP)
	$(VENV)/bin/rapport demo --size $(if $(filter command line,$(origin SIZE)),$(SIZE),small) \
		$(if $(DB),--db $(DB))

lint: $(STAMP)
	$(VENV)/bin/ruff check app tests main.py
	$(VENV)/bin/ruff format --check app tests main.py

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP) $(QM)
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

# The one-dir build, .tar.gz and .deb in dist/ with their numbers (dist/package-report.json),
# then the smoke tests of tests/packaging (the .deb install test needs root).
package: $(STAMP)
	$(PY) packaging/build.py
	RAPPORT_PACKAGE_BUILT=1 QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -m packaging tests/packaging

clean:
	rm -rf $(VENV) build dist .mypy_cache .pytest_cache .ruff_cache
