#!/usr/bin/env bash
# Create .venv and install paperqa-mat with everything it needs. Idempotent: a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv with $($PY --version)"
  "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi
stamp_src=$(cat pyproject.toml scripts/setup.sh | sha1sum | cut -d' ' -f1)
if [ -f .venv/.setup-stamp ] && [ "$(cat .venv/.setup-stamp)" = "$stamp_src" ] && [ -x .venv/bin/pqm ]; then
  echo "[setup] .venv is up to date"
  exit 0
fi
# torch first: the local CPU wheel; a plain 'torch' from the index pulls GBs of CUDA.
if ! .venv/bin/python -c "import torch, sys; sys.exit(0 if torch.__version__.startswith('2.13.0') else 1)" 2>/dev/null; then
  echo "[setup] installing torch==2.13.0 (CPU)"
  .venv/bin/pip install -q torch==2.13.0
fi
echo "[setup] installing paperqa-mat and its dependencies (first run takes a few minutes)"
.venv/bin/pip install -q -e ".[test]"
.venv/bin/python -c "import paperqa_mat, tiktoken; tiktoken.get_encoding('cl100k_base')"
echo "$stamp_src" > .venv/.setup-stamp
echo "[setup] done: .venv/bin/pqm"
