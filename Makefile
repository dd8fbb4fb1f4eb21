# Two commands: `make run` and `make test`. Everything they need is installed on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# the API's port for `make run` (make run PORT=8001)
PORT ?= 8000

.PHONY: run test lint fuzz bench bench-zaken bench-hot bench-graphql bench-statistiek bench-documenten bench-import openapi graphql-schema graphiql-screenshot deps redis clean

run: deps
	$(BIN)/zgw dev --port $(PORT)

test: deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: deps
	$(BIN)/ruff check zgw tests bench
	$(BIN)/mypy zgw

fuzz: deps
	$(BIN)/python -m tests.fuzz

bench: deps
	$(BIN)/python -m bench.autorisaties

# Open Zaak's list benchmark (10,000 and 1,000,000 zaken; BENCH_ZAKEN_ARGS="--sizes 10000" for a quick run)
bench-zaken: deps
	$(BIN)/python -m bench.zaken $(BENCH_ZAKEN_ARGS)

# the hot zaken queries and single-zaak paths at 100,000 and 1,000,000 zaken, throughput against the code before
bench-hot: deps
	$(BIN)/python -m bench.zaken_hot $(BENCH_HOT_ARGS)

openapi: deps graphql-schema
	$(BIN)/zgw openapi --write

# the committed GraphQL SDL (zgw/graphql/schema.graphql), checked by tests/graphql/test_sdl.py
graphql-schema: deps
	$(BIN)/python -m zgw.graphql.sdl --write

# one GraphQL query for a full case file against REST expand and a portal's separate calls (ratios)
bench-graphql: deps
	$(BIN)/python -m bench.graphql_casefile $(BENCH_GRAPHQL_ARGS)

# zakenStatistiek (zaaktype x month) at 100,000 and 1,000,000 zaken next to the raw aggregation pipeline
bench-statistiek: deps
	$(BIN)/python -m bench.zaken_statistiek $(BENCH_STATISTIEK_ARGS)

# the document list at 100,000 documents and a 100 MB upload/download against raw PyMongo, GridFSBucket, disk copy
bench-documenten: deps
	$(BIN)/python -m bench.documenten $(BENCH_DOCUMENTEN_ARGS)

# The document import (100,000 rows with small files) against POST /enkelvoudiginformatieobjecten one by one
bench-import: deps
	$(BIN)/python -m bench.documenten_import $(BENCH_IMPORT_ARGS)

# GraphiQL in headless Chromium (installed with apt-get when missing): .data/graphiql.png
graphiql-screenshot: deps
	command -v chromium >/dev/null || (apt-get update -q && apt-get install -y -q chromium)
	$(BIN)/python -m tests.graphql.screenshot .data/graphiql.png

deps: $(STAMP) .tools/bin/ferretdb redis

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $(STAMP)

.tools/bin/ferretdb: scripts/build-ferretdb.sh scripts/ferretdb-*.patch
	./scripts/build-ferretdb.sh

redis:
	@./scripts/install-redis.sh

clean:
	rm -rf .data .tools/src
