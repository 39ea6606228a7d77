# The load client of investor.sh and investor-compare.sh, sourced by both (after throwaway-postgis.sh,
# with $out and $cp set). INVESTOR_CLIENT: `wrk` (the default; Debian's wrk 4, installed when
# missing) with src/test/bench/investor-wrk.lua, as many threads as connections, so that each
# connection is its own visitor (its own X-Forwarded-For) with one request in flight at a time;
# `java`: parcelatlas.investor.InvestorHttpLoad, the client these scripts used before (a JVM started
# per run, ~10x the CPU a request of wrk's, which on shared cores comes out of PostgreSQL's share).
# Every answer is checked: a status other than 200 (429, 503 included) or, with wrk, a 200 shorter
# than 200 bytes fails the script rather than being counted.
# load URL SECONDS CONNECTIONS [JSON_BODY]: one run; sets $rate (answers a second) and $client_ms (the
# CPU milliseconds the client spent a request), appends the client's line to $out/load.log.
investor_client=${INVESTOR_CLIENT:-wrk}
command -v wrk >/dev/null || [ "$investor_client" != wrk ] || apt-get install -y wrk >/dev/null
load() {
  local line bad
  line=$( (
    if [ "$investor_client" = wrk ]; then
      on_app_cpus wrk -t "$3" -c "$3" -d "${2}s" --timeout 60s -s src/test/bench/investor-wrk.lua \
        "${1%%/api/*}" -- "/api/${1#*/api/}" "${4:-}" | grep '^requests '
    else
      on_app_cpus java -Dload.visitors=true -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorHttpLoad "$@"
    fi
    times >"$out/client.times" ) )
  echo "$line" >>"$out/load.log"
  if [ "$investor_client" = wrk ]; then
    rate=$(echo "$line" | grep -Eo 'req/s [0-9.]+' | grep -Eo '[0-9.]+'); bad=$(echo "$line" | grep -Eo 'errors [0-9]+' | grep -Eo '[0-9]+')
  else
    rate=$(echo "$line" | cut -d' ' -f1); bad=$(echo "$line" | grep -Eo '\([0-9]+ not' | grep -Eo '[0-9]+')
  fi
  if [ -z "$rate" ] || [ "${bad:-1}" != 0 ]; then
    echo "the load client saw answers other than 200 (or failed): $line" >&2; exit 1
  fi
  client_ms=$(awk -v n="$(python3 -c "print(max(1, round($rate * $2)))")" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) {
    split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.3f\n", t * 1000 / n }' "$out/client.times")
}
