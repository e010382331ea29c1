#!/usr/bin/env bash
# Emacs (batch) with eglot and the project's editors/emacs/annotd.el against the built annotd.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_editor emacs emacs
setup_workspace
if ! emacs --batch --eval "(require 'eglot)" >/dev/null 2>&1; then
    if [ "${CI:-}" = "true" ]; then fail "emacs: eglot not installed (elpa-eglot)"; summary; exit 1; fi
    echo "skipped: eglot not installed (elpa-eglot)"; exit 0
fi
echo "# emacs: $(emacs --version | head -n 1), annotd: $ANNOTD"
cd "$ANNOTD_E2E_WS"
run_editor emacs 60 emacs --batch -l "$E2E_DIR/emacs_init.el" -l "$E2E_DIR/emacs_test.el"
summary
