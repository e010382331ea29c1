#!/usr/bin/env bash
# SPEC §11 at full size against the release binary: each odd input must be linted to the end with a clean exit
# (0 or 1), JSON output that parses, and the figures a reader would see. Times are printed for the record —
# the 5 MB and 50 MB single lines show the cost growing linearly — but nothing here asserts a time; `timeout`
# only turns a hang into a failure. Usage: Tests/pathological/run.sh [path/to/annotd]
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
annotd=${1:-$root/.build/release/annotd}
[ -x "$annotd" ] || { echo "no binary at $annotd (swift build -c release first)" >&2; exit 2; }
work=$(mktemp -d /tmp/annotd-pathological.XXXXXX)
trap 'rm -rf "$work"' EXIT
failed=0 passed=0

# The inputs. Sentences are written here, for these tests.
python3 - "$work" <<'PY'
import os, sys
d = sys.argv[1]
def write(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
unit = "The ministry counted 4,500 trucks and 12 barges on the road, officials said; "
write("line-5mb.txt", (unit * (5_000_000 // len(unit))).rstrip() + "\n")
write("line-50mb.txt", (unit * (50_000_000 // len(unit))).rstrip() + "\n")
write("digits.txt", "The fund holds " + "7" * 1_000_000 + " coins.\n")
names = ["Alpha", "Beta", "Gamma", "Delta", "Ministry", "Kim", "Jong", "Union"]
write("capitals.txt", " ".join(names[i % len(names)] for i in range(1_000_000)) + ".\n")
# Quoted figures are the quoted speaker's; the closing sentence, after every quote has closed, is unsourced.
write("quotes.txt", " ".join('"the army lost 300 tanks"' for _ in range(25_000)) + "\n\n"
      + '"' * 100_000 + " The navy lost 12 ships.\n")
write("nested.md", ">" * 100_000 + " The army lost 300 tanks.\n\n"
      + "".join("  " * i + "- 4 million people\n" for i in range(3_000))
      + "[" * 100_000 + "9 million" + "](x)" * 100_000 + "\n")
write("invalid.txt", b"Russia got \xff\xfe 5 million \xc3 shells \xed\xa0\x80 from Korea.\n" * 20_000)
write("nul.txt", b"Russia got 5 million\x00 shells.\n")
write("over-limit.txt", "The army lost 300 tanks.\n" * 500_000)
PY
printf '{"maxFileBytes": 60000000}\n' > "$work/big.json"
printf '{"maxFileBytes": 1000000}\n' > "$work/small.json"

# check NAME CONFIG EXPECTED-FIGURE-TEXT|- : lints one file as JSON and checks the run and its output.
check() {
    local name=$1 config=$2 expect=$3 out="$work/$1.json" err="$work/$1.err" start end rc
    start=$(date +%s.%N)
    timeout 600 "$annotd" lint --config "$work/$config" --format json --fail-on never "$work/$name" > "$out" 2> "$err"
    rc=$?
    end=$(date +%s.%N)
    local size seconds
    size=$(stat -c %s "$work/$name")
    seconds=$(echo "$end - $start" | bc)
    if [ $rc -ne 0 ]; then
        echo "FAIL $name: exit $rc ($(head -c 300 "$err"))"; failed=$((failed + 1)); return
    fi
    if ! python3 - "$out" "$expect" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
expect = sys.argv[2]
messages = [d["message"] for f in doc["files"] for d in f["diagnostics"]]
if expect != "-" and not any(expect in m for m in messages):
    sys.exit("no finding mentions %r (%d findings)" % (expect, len(messages)))
PY
    then echo "FAIL $name: output"; failed=$((failed + 1)); return; fi
    printf 'ok   %-16s %11d bytes %7.2f s\n' "$name" "$size" "$seconds"
    passed=$((passed + 1))
}

check line-5mb.txt big.json "4,500 trucks"
check line-50mb.txt big.json "4,500 trucks"
check digits.txt big.json -
check capitals.txt big.json -
check quotes.txt big.json "12 ships"
check nested.md big.json "4 million people"
check invalid.txt big.json "“5 million”"

# A NUL byte marks a binary file: skipped with a note naming it, exit 0.
if "$annotd" lint --no-config "$work/nul.txt" > /dev/null 2> "$work/nul.err" && grep -q "nul.txt: binary file" "$work/nul.err"; then
    echo "ok   nul.txt skipped: $(cat "$work/nul.err")"; passed=$((passed + 1))
else
    echo "FAIL nul.txt: $(cat "$work/nul.err")"; failed=$((failed + 1))
fi
# maxFileBytes: the file is skipped with a note that names it and the limit.
if "$annotd" lint --config "$work/small.json" "$work/over-limit.txt" > /dev/null 2> "$work/over.err" \
    && grep -q "over-limit.txt: .* over maxFileBytes (1000000)" "$work/over.err"; then
    echo "ok   over-limit.txt skipped: $(cat "$work/over.err")"; passed=$((passed + 1))
else
    echo "FAIL over-limit.txt: $(cat "$work/over.err")"; failed=$((failed + 1))
fi

echo "pathological: $passed passed, $failed failed"
[ $failed -eq 0 ]
