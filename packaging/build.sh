#!/usr/bin/env bash
# Build the one-folder desktop bundle with PyInstaller, then smoke-test it headless.
#
#   packaging/build.sh            -> dist/score-desktop/score-desktop (Linux; .exe on Windows)
#
# Run it from any folder, in a Python environment that has SCORE Desktop's dependencies and
# the packaging extra:  pip install ".[bundle]"   (PyInstaller; not a run-time dependency).
# On Windows run it from Git Bash, on macOS from Terminal (it also makes "SCORE Desktop.app").
# A bundle is built for the system it is built on: build the Windows one on Windows.
# Environment: PYTHON (default python3, or python on Windows), SCORE_BUNDLE_DIST (default dist),
# SCORE_BUNDLE_SKIP_SMOKE=1 to skip the smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${PYTHON:-}" ]]; then
    if command -v python3 >/dev/null 2>&1; then PYTHON=python3; else PYTHON=python; fi
fi
DIST="${SCORE_BUNDLE_DIST:-dist}"
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    echo "build.sh: PyInstaller is not installed for $PYTHON; run: $PYTHON -m pip install '.[bundle]'" >&2
    exit 2
fi
echo "build.sh: PyInstaller $("$PYTHON" -m PyInstaller --version), $("$PYTHON" --version)"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/score-desktop.spec
echo "build.sh: bundle in $DIST/score-desktop ($(du -sh "$DIST/score-desktop" | cut -f1))"
if [[ "${SCORE_BUNDLE_SKIP_SMOKE:-}" != 1 ]]; then
    "$PYTHON" packaging/smoke_bundle.py "$DIST/score-desktop"
fi
