#!/usr/bin/env bash
# Pulls indicator values as CSV, incrementally: the first run fetches everything, later runs only the rows whose
# value, result or counts changed since the previous run (updatedSince), page by page. The moment of each run is
# kept in a state file, taken before the first request so that nothing changed during the run is missed. Rows
# deleted since the previous run are written to REMOVALS_FILE (default removed-values.json).
# Usage: PERFMON_URL=http://localhost:8080 [PERFMON_TOKEN=pm_…] ./pull-values.sh > changed-values.csv
set -euo pipefail

url="${PERFMON_URL:-http://localhost:8080}"
state="${STATE_FILE:-.perfmon-last-pull}"
limit=500
auth=()
[[ -n ${PERFMON_TOKEN:-} ]] && auth=(-H "Authorization: Bearer $PERFMON_TOKEN")
since=$(cat "$state" 2>/dev/null || true)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

fetch() { # $1 = media type, $2 = offset, $3 = limit
  curl --fail-with-body --silent --show-error --retry 5 --retry-delay 10 "${auth[@]}" -H "Accept: $1" --get \
    --data-urlencode "offset=$2" --data-urlencode "limit=$3" ${since:+--data-urlencode "updatedSince=$since"} \
    "$url/api/v1/indicator-values"
}

# The CSV carries no total (and a note may span lines), so the JSON answer says how many rows there are.
total=$(fetch application/json 0 1 | grep -o '"total":[0-9]*' | cut -d: -f2)
for ((offset = 0; offset == 0 || offset < total; offset += limit)); do
  page=$(fetch text/csv "$offset" "$limit")
  if ((offset == 0)); then printf '%s\n' "$page"; else printf '%s\n' "$page" | tail -n +2; fi
done
# Rows deleted since the previous run (indicators, objectives, periods) cannot come again as CSV rows: their
# removals are kept as JSON beside, for the receiving side to delete them too.
if [[ -n $since ]]; then
  curl --fail-with-body --silent --show-error --retry 5 --retry-delay 10 "${auth[@]}" --get \
    --data-urlencode "updatedSince=$since" --data-urlencode "limit=500" \
    "$url/api/v1/indicator-values/removals" > "${REMOVALS_FILE:-removed-values.json}"
fi
echo "$started" > "$state"
