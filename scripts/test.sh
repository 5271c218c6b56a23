#!/usr/bin/env bash
# Set up and run the whole test suite (browser tests use Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "[test] installing Debian chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "[test] chromium could not be installed; browser tests will be skipped"
  fi
fi
.venv/bin/ruff check paperqa_mat tools app tests bench
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
