#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller (pinned build tools) and check the frozen programs in a
# clean environment (installer/check_frozen.py). Exit code non-zero when the build or any check fails.
#   installer/build_linux.sh          -> dist/pustaka/ ; prints build time and size
set -euo pipefail
cd "$(dirname "$0")/.."
./dev setup >/dev/null
.venv/bin/pip install -q -c installer/constraints.txt -e . pyinstaller pyinstaller-hooks-contrib 2>&1 \
  | grep -v "^WARNING: Location" || true
.venv/bin/python scripts/make_icon.py
now() { python3 -c 'import time; print(time.time())'; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
started=$(now)
.venv/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build/pyinstaller installer/pustaka.spec
built=$(now)
echo "frozen build: $(elapsed "$started" "$built") s, $(du -sm dist/pustaka | cut -f1) MB in dist/pustaka"
# The system Python, not the venv: the check must not lean on anything but the frozen folder.
python3 installer/check_frozen.py dist/pustaka
