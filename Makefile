# Quick start: `make demo` (install, extract the bundled corpus, evaluate, print the scores) and `make test`.
# Debian's python3.11 is built with profile-guided and link-time optimisation: the pipeline needs about 10 % less CPU
# per release on it than on a default source build (pyenv's); else any python3.11, else python3
PYTHON ?= $(shell command -v /usr/bin/python3.11 || command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
OUT    := out

.PHONY: install demo test bench clean

install: $(VENV)/.installed

# the hot modules are compiled with Cython (setup.py): a changed .py or .pxd rebuilds them before the tests or the demo
# run
$(VENV)/.installed: pyproject.toml setup.py $(wildcard src/pressxtract/*.py src/pressxtract/components/*.py \
                    src/pressxtract/*.pxd src/pressxtract/components/*.pxd)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: install
	@mkdir -p $(OUT)
	$(BIN)/pressxtract extract corpus -o $(OUT)/corpus.jsonl
	@cat corpus/gold/*.jsonl > $(OUT)/gold.jsonl
	$(BIN)/pressxtract evaluate --gold $(OUT)/gold.jsonl --pred $(OUT)/corpus.jsonl
	$(BIN)/python bench/score_splits.py --gold-dir corpus/gold --splits corpus/splits.json --pred $(OUT)/corpus.jsonl

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/bench_throughput.py

clean:
	rm -rf $(OUT) .pytest_cache
