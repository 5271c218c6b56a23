#!/usr/bin/env bash
# The main job on a fresh machine: set up, build a sample folder of PDFs, index it, ask a question.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/pqm demo "${@}"
