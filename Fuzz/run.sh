#!/usr/bin/env bash
# Builds one libFuzzer target against the sources of the module it exercises and runs it for a given time:
#
#   Fuzz/run.sh FrameReader|JSONRPC|Engine|Positions SECONDS [extra libFuzzer flags…]
#
# The target's main.swift is compiled into one module with the module's sources (no import, so internal
# helpers are reachable too). Everything generated — binary, growing corpus, crash/timeout artifacts —
# goes to fuzz-out/TARGET/ (ignored by git); the committed seed corpus is Fuzz/corpus/TARGET plus seeds/,
# and Fuzz/regressions/TARGET-* holds inputs that once crashed it.
# A crash or timeout leaves a file in fuzz-out/TARGET/artifacts/; reproduce it with
#   fuzz-out/TARGET/fuzz-TARGET fuzz-out/TARGET/artifacts/crash-…
set -euo pipefail

target=${1:-}
seconds=${2:-600}
shift $(( $# > 2 ? 2 : $# ))
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

case "$target" in
    FrameReader|JSONRPC) module=AnnotationProtocol; maxlen=16384 ;;
    Engine) module=AnnotationCore; maxlen=65536 ;;
    Positions) module=AnnotationCore; maxlen=70000 ;;
    *) echo "usage: Fuzz/run.sh FrameReader|JSONRPC|Engine|Positions SECONDS [libFuzzer flags…]" >&2; exit 2 ;;
esac

out="fuzz-out/$target"
mkdir -p "$out/corpus" "$out/artifacts"
binary="$out/fuzz-$target"

# -O keeps executions per second useful under ASan; -g makes the sanitizer's stack traces readable.
mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 -module-name "Fuzz$target" \
    "${sources[@]}" "Fuzz/$target/main.swift" -o "$binary" 2> >(grep -v 'Cannot export local symbol' >&2)

# Seed the corpus: the committed seeds for the target, and the project's prose where the target reads text.
if [ -d "Fuzz/corpus/$target" ]; then cp -n Fuzz/corpus/"$target"/* "$out/corpus/" 2>/dev/null || true; fi
# Inputs that once crashed a target stay in its corpus, so every run replays them first.
for f in Fuzz/regressions/"$target"-*; do [ -e "$f" ] && cp -n "$f" "$out/corpus/"; done
case "$target" in
    Engine)
        # First byte 0 = plain text, 1 = Markdown.
        for f in seeds/*; do
            name=$(basename "$f")
            { printf '\0'; cat "$f"; } > "$out/corpus/seed-plain-$name"
            { printf '\1'; head -c 4000 "$f"; } > "$out/corpus/seed-md-$name"
        done ;;
    Positions)
        # First byte: the text's length (below 0x80: × 8 bytes; above: (b − 0x80) × 512); the rest are positions.
        for f in seeds/*; do
            { printf '\177'; head -c 1016 "$f"; printf '\000\003\000\005\001\200\010\000\100\377\377\002'; } \
                > "$out/corpus/seed-$(basename "$f")"
            # The same prose as one long line, past the 4 KB blocks of LineIndex's column checkpoints.
            { printf '\377'; tr '\n' ' ' < "$f" | head -c 65000; printf '\000\001\000\300\002'; } \
                > "$out/corpus/seed-long-$(basename "$f")"
        done ;;
esac

# The Swift runtime's backtracer would hang libFuzzer's crash path; ASan reports the stack instead.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "$out/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$maxlen" \
    -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@"
