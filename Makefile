# Two commands on a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPARK_STAMP := $(VENV)/.installed-spark
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: docs install run test test-fast eval fresh review kind-model lint bench bench-engines ui clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/pip install --quiet -e '.[dev]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/pip check
	$(BIN)/python -c "import dagster_project, dagster, dbt, duckdb, great_expectations"
	touch $(STAMP)

install: $(STAMP)

# the optional Spark engine (tests/integration/test_engines.py); `make run` does not need it
$(SPARK_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,spark]' 2>&1 | grep -v "^WARNING: Location" || true
	$(BIN)/pip check
	touch $(SPARK_STAMP)

run: $(STAMP)
	$(BIN)/dx run

test: $(SPARK_STAMP)
	bash scripts/system_deps.sh
	$(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/python scripts/eval_extraction.py

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow"

eval: $(STAMP)
	$(BIN)/python scripts/eval_extraction.py

# the learning curve: each corpus round's dev texts read by the extractor of just before that round (git worktrees)
fresh: $(STAMP)
	$(BIN)/python scripts/fresh_history.py

# retrain the value-kind model on the dev split's gold (after a batch is dealt); --validate: leave one round out
kind-model: $(STAMP)
	$(BIN)/python scripts/train_kind_model.py

# the reviewer's checklist for labelled batches waiting in the corpus's batches/ folder, and their honest estimate
review: $(STAMP)
	$(BIN)/python scripts/review_batches.py

lint: $(STAMP)
	$(BIN)/ruff check dagster_project tests scripts bench
	$(BIN)/ruff format --check dagster_project tests scripts bench
	$(BIN)/sqlfluff lint dbt/models

bench: $(STAMP)
	$(BIN)/python bench/run_bench.py --scales 1,10,100
	$(BIN)/python bench/write_report.py

# build times of the dbt project on DuckDB, PostgreSQL and local Spark (docs/scale-out.md)
bench-engines: $(SPARK_STAMP)
	bash scripts/system_deps.sh
	$(BIN)/python bench/engines.py --scales shipped,10

docs: $(STAMP)
	$(BIN)/dx docs

ui: $(STAMP)
	$(BIN)/dx ui

clean:
	rm -rf warehouse dbt/target dbt/logs .dagster_home build
