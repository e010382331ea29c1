#!/usr/bin/env bash
# End-to-end tests in real editors (Neovim, Emacs with eglot) against the built annotd.
# Each script prints "ok …"/"FAIL …" lines and "N passed, N failed"; an editor that is not installed is
# skipped, unless CI=true, where that is a failure. Usage: Tests/e2e/run.sh [nvim|emacs …]
set -uo pipefail
dir=$(cd "$(dirname "$0")" && pwd)
suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(nvim emacs)
passed=0 failed=0 status=0
for suite in "${suites[@]}"; do
    out=$("$dir/$suite.sh" 2>&1) || status=1
    printf '%s\n' "$out"
    if last=$(printf '%s\n' "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1) && [ -n "$last" ]; then
        passed=$((passed + $(echo "$last" | cut -d' ' -f1)))
        failed=$((failed + $(echo "$last" | cut -d' ' -f3)))
    fi
done
echo "e2e total: $passed passed, $failed failed"
exit $status
