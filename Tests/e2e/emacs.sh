#!/usr/bin/env bash
# Emacs (batch) with the project's editors/emacs/annotd.el against the built annotd: eglot on plain text
# (without markdown-mode: plain-text hovers), eglot on Markdown (markdown-mode loaded, where Eglot 1.9 maps
# .md to marksman), and lsp-mode with settings that must reach the server.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_editor emacs emacs
setup_workspace
for feature in eglot:elpa-eglot lsp-mode:elpa-lsp-mode markdown-mode:elpa-markdown-mode; do
    if ! emacs --batch --eval "(require '${feature%%:*})" >/dev/null 2>&1; then
        if [ "${CI:-}" = "true" ]; then fail "emacs: ${feature%%:*} not installed (${feature#*:})"; summary; exit 1; fi
        echo "skipped: ${feature%%:*} not installed (${feature#*:})"; exit 0
    fi
done
echo "# emacs: $(emacs --version | head -n 1), annotd: $ANNOTD"
cd "$ANNOTD_E2E_WS"
run_editor emacs-eglot 60 emacs --batch -l "$E2E_DIR/emacs_init.el" -l "$E2E_DIR/emacs_test.el"

# The same seed as Markdown; what lint finds in it is the reference.
cp "$ANNOTD_E2E_FILE" "$ANNOTD_E2E_WS/notes.md"
annotd lint --format json --fail-on never --rule unsourced-figure=error . > "$WORK/expected-md.json"
ANNOTD_E2E_FILE="$ANNOTD_E2E_WS/notes.md" ANNOTD_E2E_MODE=markdown-mode ANNOTD_E2E_EXPECTED="$WORK/expected-md.json" \
    run_editor emacs-eglot-markdown 60 emacs --batch -l "$E2E_DIR/emacs_markdown_init.el" -l "$E2E_DIR/emacs_test.el"

run_editor emacs-lsp-mode 60 emacs --batch -l "$E2E_DIR/emacs_lsp_init.el" -l "$E2E_DIR/emacs_lsp_test.el"
summary
