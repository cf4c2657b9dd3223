#!/usr/bin/env bash
# Extraction quality: extract the seed reports and the own fixture set, score both against their gold.
# Run from the repository root (make eval). Prints one score line per set; exits 1 if a set is below target.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
SHARED=${DX_SHARED:-../shared}
OUT=build/eval
mkdir -p "$OUT/fixtures"
status=0

extract() {  # extract DIR... > CSV (uses `dx extract` when on PATH, else the module)
  if command -v dx >/dev/null 2>&1 && dx extract --help >/dev/null 2>&1; then
    dx extract "$@" --format csv
  else
    "$PY" -m dagster_project.extraction "$@" --format csv
  fi
}

score() {  # name gold found docs_dir min_f1
  local name=$1 gold=$2 found=$3 docs=$4 min=$5 line
  line=$("$PY" "$SHARED/tools/score_extraction.py" "$gold" "$found" --docs-dir "$docs" | tail -n 1)
  echo "$name: $line"
  "$PY" "$SHARED/tools/score_extraction.py" "$gold" "$found" --docs-dir "$docs" --min-f1 "$min" >/dev/null || status=1
}

rc=0
extract "$SHARED/reports" > "$OUT/found_seed.csv" || rc=$?
[ "$rc" -eq 0 ] || echo "seed extraction exit status $rc" >&2
score seed "$SHARED/spec/gold_seed_facts.csv" "$OUT/found_seed.csv" "$SHARED/reports" 0.95

rc=0
extract tests/fixtures/extraction/reports > "$OUT/fixtures/found_fixtures.csv" || rc=$?
[ "$rc" -eq 0 ] || echo "fixture extraction exit status $rc" >&2
score fixtures tests/fixtures/extraction/gold.csv "$OUT/fixtures/found_fixtures.csv" tests/fixtures/extraction/reports 0.90

exit $status
