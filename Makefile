# The two commands a fresh machine needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench train services screenshots clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# The main job on the embedded defaults: the sample reports in samples/reports are filed
# into var/triage.db (SQLite), summarised, and the day's digest is written under var/digests.
run: $(STAMP)
	$(BIN)/triage run --once
	$(BIN)/triage status
	$(BIN)/triage digest

# Installs what the integration tests need from the OS packages when missing (Dovecot,
# Chromium; needs root, as CI has), then runs the whole suite.
test: $(STAMP) services
	$(BIN)/python -m pytest

services:
	bash tests/services/install.sh

bench: $(STAMP) services
	$(BIN)/python -m bench

train: $(STAMP)
	$(BIN)/triage train

# The README's pictures, from the real program over the sample reports, in headless Chromium.
screenshots: $(STAMP) services
	$(BIN)/python scripts/render_digest.py
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf var build *.egg-info
