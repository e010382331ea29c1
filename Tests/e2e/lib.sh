# Shared by the editor end-to-end scripts: find the built annotd, prepare a workspace of the four seeds,
# compute what the editor must receive, and count results. Sourced, not run.

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$E2E_DIR/../.." && pwd)
SEED=000_0eedf60b17889536.txt
PASSED=0
FAILED=0

ok()   { PASSED=$((PASSED + 1)); echo "ok $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }

summary() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" -eq 0 ]
}

# An editor that is not installed is a skip on a workstation and a failure in CI (CI=true).
require_editor() { # name command
    if command -v "$2" >/dev/null 2>&1; then return 0; fi
    if [ "${CI:-}" = "true" ]; then
        fail "$1: $2 not installed (required when CI=true)"
        summary
        exit 1
    fi
    echo "skipped: $2 not installed"
    exit 0
}

# The binary under test, put first on PATH so that the editors start it as a user's would ("annotd").
# $ANNOTD_E2E_BIN when set, else the release build that .ci/run makes (built here if it is missing): never
# whichever build happens to be newer, so that the tests say which binary they passed on.
find_annotd() {
    ANNOTD=${ANNOTD_E2E_BIN:-$ROOT/.build/release/annotd}
    if [ ! -x "$ANNOTD" ] && [ -z "${ANNOTD_E2E_BIN:-}" ]; then
        echo "building annotd (release) ..." >&2
        (cd "$ROOT" && swift build -c release --product annotd >&2) || { fail "could not build annotd"; summary; exit 1; }
    fi
    [ -x "$ANNOTD" ] || { fail "no annotd binary at $ANNOTD"; summary; exit 1; }
    mkdir -p "$WORK/bin"
    ln -sf "$ANNOTD" "$WORK/bin/annotd"
    export PATH="$WORK/bin:$PATH"
}

# A scratch HOME (no user config of the editor or of annotd leaks in), a workspace holding the four seeds,
# and expected.json: annotd lint's own findings for that workspace, which the editor must agree with.
# The editors' init files pass the settings {"rules": {"unsourced-figure": "error"}}, so that the test also
# proves that settings reach the server; lint gets the same rule on its command line.
setup_workspace() {
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/annotd-e2e.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
    mkdir -p "$WORK/home" "$WORK/ws"
    cp "$ROOT"/seeds/*.txt "$WORK/ws/"
    export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
        XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache"
    find_annotd
    local rc=0
    (cd "$WORK/ws" && annotd lint --format json --fail-on never --rule unsourced-figure=error .) > "$WORK/expected.json" || rc=$?
    if [ "$rc" -ne 0 ] || [ ! -s "$WORK/expected.json" ]; then
        fail "annotd lint --format json failed (exit $rc)"; summary; exit 1
    fi
    export ANNOTD_E2E_ROOT="$ROOT" ANNOTD_E2E_WS="$WORK/ws" ANNOTD_E2E_FILE="$WORK/ws/$SEED" \
        ANNOTD_E2E_EXPECTED="$WORK/expected.json" ANNOTD_E2E_RESULTS="$WORK/results.txt"
}

# Runs an editor under a hard time limit; its test script writes "ok …"/"FAIL …" lines to $ANNOTD_E2E_RESULTS.
run_editor() { # name seconds command...
    local name=$1 limit=$2 rc=0
    shift 2
    : > "$ANNOTD_E2E_RESULTS"
    timeout --kill-after=5 "$limit" "$@" > "$WORK/$name.log" 2>&1 < /dev/null || rc=$?
    local line
    while IFS= read -r line; do
        case $line in
            ok\ *) ok "${line#ok }" ;;
            FAIL\ *) fail "${line#FAIL }" ;;
        esac
    done < "$ANNOTD_E2E_RESULTS"
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        fail "$name: timed out after ${limit}s"
    elif [ "$rc" -ne 0 ]; then
        fail "$name: exited with status $rc"
    fi
    if [ "$FAILED" -ne 0 ] || [ ! -s "$ANNOTD_E2E_RESULTS" ]; then
        [ -s "$ANNOTD_E2E_RESULTS" ] || fail "$name: reported no results"
        echo "--- $name output (last 40 lines)"
        tail -n 40 "$WORK/$name.log"
    fi
}
