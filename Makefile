# Two commands set everything up from nothing: `make run` and `make test`.
SHELL := /bin/bash
ROOT := $(CURDIR)
# Python 3.11 to 3.13: the first of these found (override with PYTHON_BOOTSTRAP=/path/to/python).
PYTHON_BOOTSTRAP ?= $(shell command -v python3.11 || command -v python3.12 || command -v python3.13 || command -v python3)
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

export AIRFLOW_HOME := $(ROOT)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(ROOT)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export AIRFLOW__COSMOS__ENABLE_TELEMETRY := False
export AIRFLOW__COSMOS__CACHE_DIR := $(ROOT)/.cosmos_cache
export SITREP_DBT_PROJECT_DIR := $(ROOT)/dbt_project
export DBT_PROFILES_DIR := $(ROOT)/dbt_project
export SITREP_WAREHOUSE ?= $(ROOT)/data/sitrep.duckdb
export PATH := $(BIN):$(PATH)

.PHONY: run test setup airflow-init dashboard bench-fetch bench-geoparse eval docs clean bench-data bench bench-cluster

# The venv is rebuilt whenever requirements or packaging change.
$(VENV)/.installed: requirements.txt requirements-test.txt pyproject.toml
	@test -x $(PY) || $(PYTHON_BOOTSTRAP) -m venv $(VENV)
	@$(PY) -c 'import sys; assert (3, 11) <= sys.version_info[:2] <= (3, 13), f"Python 3.11-3.13 required, got {sys.version}"'
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt -r requirements-test.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

setup: $(VENV)/.installed $(VENV)/duckdb1/.installed airflow-init

# DuckDB 1.x beside the venv (not in it: one package, one version), for the test that the serving copy stays
# readable by BI tools and CLIs built on DuckDB 1.x.
DUCKDB1_VERSION := 1.5.6
$(VENV)/duckdb1/.installed: $(VENV)/.installed
	$(PY) -m pip install --quiet --no-deps --target $(VENV)/duckdb1 duckdb==$(DUCKDB1_VERSION)
	touch $@

# Airflow's metadata DB is SQLite inside the project; the pool serialises DuckDB writers.
airflow-init: $(VENV)/.installed
	@mkdir -p $(AIRFLOW_HOME)
	$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (cat $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	$(BIN)/airflow pools set duckdb 1 "One writer at a time for the DuckDB warehouse" > /dev/null
	@# Cosmos renders the full-refresh DAG from dbt's manifest, so parsing the DAG never runs dbt.
	cd dbt_project && $(BIN)/dbt parse --quiet

run: setup
	$(PY) -m sitrep.demo

# Without a way to install Chromium the browser tests skip (the reason is printed); under CI they must run.
# The same for Debian's PostgreSQL, which the scheduler test (tests/scheduled) starts on a loopback port, Debian's
# Redis, the broker of the Celery cluster test (tests/cluster), and Debian's docker-compose, whose `config` checks
# docker-compose.yml without a Docker engine.
test: setup
	bash scripts/install_chromium.sh
	bash scripts/install_postgres.sh
	bash scripts/install_redis.sh
	bash scripts/install_compose.sh
	$(PY) -m pytest

dashboard: $(VENV)/.installed
	$(BIN)/streamlit run dashboard/app.py --server.address 127.0.0.1 --server.headless true \
		--browser.gatherUsageStats false --client.toolbarMode minimal

bench-fetch: $(VENV)/.installed
	$(PY) bench/fetch_bench.py

bench-geoparse: $(VENV)/.installed
	$(PY) bench/geoparse_bench.py

eval: $(VENV)/.installed
	$(PY) bench/eval_acled.py
	$(PY) bench/eval_gold.py
	$(PY) bench/eval_articles.py

# Scale benchmark on a synthetic corpus: make bench-data N=100000; make bench N=100000 (1M: PER_DAY=10000 INCREMENT=10000)
# LENGTH=news: news-length articles (the gold set's length distribution, bench/corpus_gen.py) in bench/data/N-news.
N ?= 10000
PER_DAY ?= 2000
INCREMENT ?= 1000
LENGTH ?= short
SHARD_LIMIT ?= 4000
BENCH_DATA := $(ROOT)/bench/data/$(N)$(if $(filter news,$(LENGTH)),-news,)
BENCH_NAME := $(notdir $(BENCH_DATA))

bench-data: $(VENV)/.installed
	$(PY) bench/corpus_gen.py --articles $(N) --per-day $(PER_DAY) --increment $(INCREMENT) --length $(LENGTH) \
		--out $(BENCH_DATA)

bench: $(VENV)/.installed
	@test -f $(BENCH_DATA)/manifest.json || $(MAKE) bench-data N=$(N) PER_DAY=$(PER_DAY) INCREMENT=$(INCREMENT) LENGTH=$(LENGTH)
	@mkdir -p bench/work
	$(PY) bench/extract_bench.py --corpus $(BENCH_DATA) --limit 2000 --repeat 3 --json bench/work/extract_$(BENCH_NAME).json
	$(PY) bench/scale_bench.py --corpus $(BENCH_DATA) --repeat 3 --json bench/work/scale_$(BENCH_NAME).json
	$(PY) bench/shard_bench.py --corpus $(BENCH_DATA) --limit $(SHARD_LIMIT) --json bench/work/shards_$(BENCH_NAME).json

# The Celery cluster test at scale (two workers, one killed mid-shard), printing its timings: make bench-cluster N=10000
bench-cluster: $(VENV)/.installed
	bash scripts/install_postgres.sh
	bash scripts/install_redis.sh
	SITREP_CLUSTER_ARTICLES=$(N) SITREP_CLUSTER_SHARDS=$${SHARDS:-8} $(PY) -m pytest tests/cluster -q -s -p no:cacheprovider

# dbt docs (lineage, every column described, the overview page) served on loopback only: make docs DOCS_PORT=8080
DOCS_PORT ?= 8080
docs: $(VENV)/.installed
	cd dbt_project && $(BIN)/dbt docs generate && $(BIN)/dbt docs serve --host 127.0.0.1 --port $(DOCS_PORT) --no-browser

clean:
	rm -rf $(VENV) $(AIRFLOW_HOME) data artifacts .cosmos_cache dbt_project/target dbt_project/logs
