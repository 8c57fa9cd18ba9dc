#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller and run its self-test in a clean environment.
#   installer/build_linux.sh          -> dist/pustaka/ ; prints build size and frozen start time
set -euo pipefail
cd "$(dirname "$0")/.."
./dev setup >/dev/null
.venv/bin/pip install -q "pyinstaller>=6.10"
.venv/bin/python scripts/make_icon.py
now() { python3 -c 'import time; print(time.time())'; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
started=$(now)
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/pustaka.spec
built=$(now)
size=$(du -sm dist/pustaka | cut -f1)
# A clean environment: no venv, no source tree on the path, a fresh HOME.
home=$(mktemp -d)
t0=$(now)
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen dist/pustaka/pustaka --self-test
t1=$(now)
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 dist/pustaka/pustaka-cli --version >/dev/null 2>&1 || \
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 dist/pustaka/pustaka-cli --help >/dev/null
rm -rf "$home"
echo "build time $(elapsed "$started" "$built") s, size $size MB, frozen self-test $(elapsed "$t0" "$t1") s"
