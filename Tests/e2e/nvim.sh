#!/usr/bin/env bash
# Neovim, headless, with the project's Lua module (editors/neovim) against the built annotd.
set -uo pipefail
source "$(dirname "$0")/lib.sh"
require_editor nvim nvim
setup_workspace
echo "# nvim: $(nvim --version | head -n 1), annotd: $ANNOTD"
cd "$ANNOTD_E2E_WS"
run_editor nvim 60 nvim --headless -n -i NONE -u "$E2E_DIR/nvim_init.lua" "$ANNOTD_E2E_FILE" \
    -c "luafile $E2E_DIR/nvim_test.lua"
summary
