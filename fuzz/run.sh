#!/usr/bin/env bash
# Fuzz newsdoc.parse for N minutes (default 10) in one process, starting from the seed
# articles and the shared corpus. Findings are written to fuzz/crashes/; the growing corpus
# is kept in fuzz/corpus/ (both are ignored by git). Extra arguments go to libFuzzer.
#
#   fuzz/run.sh 30
#   fuzz/run.sh 5 -seed=1234
set -euo pipefail
cd "$(dirname "$0")/.."
minutes="${1:-10}"
shift || true
python=.venv/bin/python
mkdir -p fuzz/corpus fuzz/crashes
"$python" fuzz/seed_corpus.py fuzz/corpus
exec "$python" fuzz/fuzz_parse.py fuzz/corpus \
  -dict=fuzz/newsdoc.dict \
  -max_total_time=$((minutes * 60)) \
  -timeout=20 \
  -rss_limit_mb=4096 \
  -artifact_prefix=fuzz/crashes/ \
  -print_final_stats=1 \
  "$@"
