# `make run` and `make test` are the two commands a newcomer needs (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench bench-fanout bench-shared messages clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "digestbot needs Python 3.11+" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.run-deps: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	touch $@

$(VENV)/.test-deps: $(VENV)/.run-deps
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

run: $(VENV)/.run-deps
	@$(BIN)/digestbot serve

lint: $(VENV)/.test-deps
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(VENV)/.test-deps
	$(BIN)/python bench/run.py
	$(BIN)/python bench/reader.py
	$(BIN)/python bench/chat_latency.py
	$(BIN)/python bench/telegram_latency.py

# A few minutes: 3,000 and 10,000 subscriptions through the fake Bot API.
bench-fanout: $(VENV)/.test-deps
	$(BIN)/python bench/fanout.py

# Several minutes: 10,000 digests through three workers sharing 300/s (PostgreSQL, Redis).
bench-shared: $(VENV)/.test-deps
	$(BIN)/python bench/shared_rate.py

# The bot's words: extract the English msgids from bot/, merge them into the Bokmål and
# Nynorsk catalogues (translate the new ones there), compile the .mo files that ship.
LOCALES := bot/locale
messages: $(VENV)/.test-deps
	$(BIN)/pybabel extract --mapping-file config/babel.cfg --no-location --sort-output \
		--project Digestbot \
		--output-file $(LOCALES)/digestbot.pot bot
	for lang in nb nn; do \
		if [ -f $(LOCALES)/$$lang/LC_MESSAGES/digestbot.po ]; then \
			$(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete \
				--input-file $(LOCALES)/digestbot.pot --output-dir $(LOCALES) \
				--domain digestbot --locale $$lang; \
		else \
			$(BIN)/pybabel init --input-file $(LOCALES)/digestbot.pot --output-dir $(LOCALES) \
				--domain digestbot --locale $$lang; \
		fi; \
	done
	$(BIN)/pybabel compile --statistics --directory $(LOCALES) --domain digestbot

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
