#!/usr/bin/env bash
# Posts one month of remote interviews per territorial unit as counts of an indicator, in one batch with an
# Idempotency-Key derived from the month: run it again (by hand, or a scheduler retrying at 3 a.m.) and the
# figures are applied once. Usage:
#   PERFMON_URL=http://localhost:8080 PERFMON_TOKEN=pm_… INDICATOR_ID=6 MONTH=2021-07 \
#     ./post-monthly-interviews.sh AR-SI=1180 FI-PO=1701 LU-PT=1149 PI-MS=1351 GR-LI=1249
set -euo pipefail

url="${PERFMON_URL:-http://localhost:8080}"
: "${PERFMON_TOKEN:?a token with counts:write for the indicator}" "${INDICATOR_ID:?}" "${MONTH:?YYYY-MM}"
first="$MONTH-01"
last=$(date -d "$first +1 month -1 day" +%F)

rows=""
for pair in "$@"; do
  unit="${pair%%=*}" value="${pair#*=}"
  rows+="${rows:+,}{\"indicatorId\":$INDICATOR_ID,\"component\":\"NUMERATOR\",\"from\":\"$first\",\"to\":\"$last\",\"territorialUnit\":\"$unit\",\"value\":$value}"
done

curl --fail-with-body --silent --show-error --retry 5 --retry-delay 10 \
  -H "Authorization: Bearer $PERFMON_TOKEN" -H 'Content-Type: application/json' \
  -H "Idempotency-Key: interviews-$INDICATOR_ID-$MONTH" \
  -d "{\"rows\":[$rows]}" "$url/api/v1/counts/batch"
echo
