#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (ASan + UBSan) in build-fuzz/ and runs one of them
# for MINUTES, seeded with the corpora:
#   bash scripts/fuzz.sh bounce-analyzer 10     # DSN analyzer: ../shared corpus + tests/data/dsn
#   bash scripts/fuzz.sh line-parser 10         # Codes::parseLine: lines from the corpus and tests
#   bash scripts/fuzz.sh spf-record 10          # also dkim-records, dmarc-record, dns-answer:
#                                               # seeds from tests/fuzz/make_record_seeds.py
#   bash scripts/fuzz.sh all 10                 # each target in turn, MINUTES each
# New inputs that add coverage go to build-fuzz/corpus/TARGET/ (kept between runs); a crash,
# leak or timeout leaves its input in build-fuzz/artifacts/TARGET/ and the script fails.
# Runs under `nice`: the machine is shared. Needs clang and libclang-rt-14-dev.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${BOUNCELENS_FUZZ_BUILD_DIR:-$here/build-fuzz}"
shared="${BOUNCELENS_SHARED_DIR:-$here/../shared}"
target="${1:-}"
minutes="${2:-10}"

case "$target" in
    bounce-analyzer|line-parser|log-reader|spf-record|dkim-records|dmarc-record|dns-answer) ;;
    all) for t in bounce-analyzer line-parser log-reader spf-record dkim-records dmarc-record dns-answer; do
             bash "$0" "$t" "$minutes"; done; exit 0 ;;
    *) echo "usage: $0 bounce-analyzer|line-parser|log-reader|spf-record|dkim-records|dmarc-record|dns-answer|all MINUTES" >&2
       exit 2 ;;
esac

for tool in clang clang++; do
    command -v "$tool" >/dev/null || { echo "$tool missing: apt-get install clang libclang-rt-14-dev" >&2; exit 2; }
done

if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOUNCELENS_FUZZ=ON \
        -DBOUNCELENS_SHARED_DIR="$shared" >/dev/null
fi
nice cmake --build "$build" -j2 --target "fuzz-$target"

corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
seeds="$build/seeds/$target"
mkdir -p "$corpus" "$artifacts" "$seeds"
case "$target" in
    bounce-analyzer)
        seed_dirs=("$shared/corpus/sisimai-public/eml" "$here/tests/data/dsn" "$here/tests/data/diagnosis")
        max_len=200000 ;;
    line-parser)
        # One seed per line: the reply lines of the knowledge-base tests and every Diagnostic-Code,
        # Status and SMTP reply line of the corpus.
        if [ -z "$(ls -A "$seeds")" ]; then
            i=0
            { cut -d'|' -f7- "$here/tests/data/codes/explain-lines.txt" | grep -v '^#';
              grep -h -E -i '^(diagnostic-code|status|remote host said|[245][0-9][0-9][ -])' \
                  "$shared"/corpus/sisimai-public/eml/* 2>/dev/null; } | head -5000 |
            while IFS= read -r line; do printf '%s' "$line" > "$seeds/$i"; i=$((i + 1)); done
        fi
        seed_dirs=("$seeds")
        max_len=4096 ;;
    log-reader)
        # The documented log formats and ESP events of the reader tests, one file each.
        seed_dirs=("$here/tests/data/logs")
        max_len=65536 ;;
    spf-record|dkim-records|dmarc-record|dns-answer)
        # Conformance-suite records and hand-made DNS responses (see make_record_seeds.py).
        records="$build/seeds/records"
        [ -d "$records/spf" ] || python3 "$here/tests/fuzz/make_record_seeds.py" "$shared" "$records" >/dev/null
        kind=${target%%-*}
        seed_dirs=("$records/$kind")
        max_len=4096 ;;
esac

existing=()
for d in "${seed_dirs[@]}"; do [ -d "$d" ] && existing+=("$d"); done
cd "$artifacts"
nice "$build/tests/fuzz/fuzz-$target" -max_total_time=$((minutes * 60)) -max_len=$max_len -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "${existing[@]}"
