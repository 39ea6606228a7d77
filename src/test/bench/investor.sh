#!/usr/bin/env bash
# Investor search (and site matching) through HTTP — the portal at -Xmx512m on a throw-away PostGIS
# with the demo city — against pgbench running exactly the statements the portal runs for one
# search page: the work slot's take, the page (on PostgreSQL in a transaction led by the search's plan
# choice, SET LOCAL plan_cache_mode: features/Plans), the slot's release (SearchStatementsTest holds the
# portal to these), the same SQL text from the portal's own builders (InvestorBenchSql), the
# same values bound as parameters (pgbench -M prepared; PostgreSQL infers the types pgjdbc names),
# the same connections; runs interleaved, medians. THE figure: search ratio = portal req/s ÷ pgbench
# tps on those three statements. Also printed: pgbench on the page alone (the slot left out: what
# the slot costs), the CPU milliseconds a search costs the portal's JVM and PostgreSQL and a pgbench
# transaction PostgreSQL (/proc), and the match (pgbench on its SELECTs, values written in).
# Before the rounds, the statements PostgreSQL received for one portal search and for one pgbench
# transaction are taken from its log (log_statement = all) and compared: any difference is printed
# and the run stops (STRICT=0 goes on). Left out of the comparison: the empty query with which the
# pool checks a connection idle over 0.5 s (not under load), and the types pgjdbc names for the values
# (varchar, float8, int4, timestamp) where pgbench lets PostgreSQL infer them from the columns.
# Pinned (BENCH_DB_CPUS=0 BENCH_APP_CPUS=1, see throwaway-postgis.sh): PostgreSQL on CPU 0; the
# portal, its load client and pgbench on CPU 1 — does the app tier keep up with the database, as on
# separate machines (the ratio is then the portal's req/s over what the database alone serves).
# Shared (unset): everything on every core, so a search costs portal CPU and PostgreSQL CPU from the
# same cores and the ratio is about PG / (PG + portal) CPU per search.
# SCALE=N loads the city N times (scale-city.sh; 57: ~100k parcels, 567: ~1M) instead of the demo;
# COPIES=k adds k land-ready copies of every parcel. COUNT=1: the search asks count=true (the
# portal then also runs the capped count, and so does pgbench). SEARCH=QUERY: another search.
# MATCH=0 leaves the match out. WARMUP=SECONDS of load before the rounds (default 3 runs' worth: the
# JIT; on a loaded machine it takes minutes). PORTAL_OPTS: more JVM options (a JFR recording).
# NO_BUILD=1: use target/ as built. EXPLAIN=1 prints the page's plan with its values.
# The load client (investor-load.sh): wrk with investor-wrk.lua by default, a thread and a connection
# per visitor, every answer checked (a non-200 fails the run); INVESTOR_CLIENT=java: the Java client
# used before (InvestorHttpLoad). Each run prints the CPU a request its client spent, and pgbench's.
# Usage: bash src/test/bench/investor.sh [SECONDS_PER_RUN] [CONNECTIONS] [ROUNDS]   (defaults 10, 4, 3; from the repository root)
set -euo pipefail
secs_default=10
source "$(dirname "$0")/investor-args.sh"
source src/test/bench/throwaway-postgis.sh
if [ -n "${SCALE:-}" ]; then
  source src/test/bench/scale-city.sh "$SCALE"
else
  java -jar target/parcel-atlas.jar demo --db "$url" >/dev/null
fi
sql() { psql -qAt -h 127.0.0.1 -p "$port" -U atlas -d bench "$@"; }
cols="park_code, land_use, status, far_min, far_max, building_density_pct, green_ratio_pct, height_limit_m,
  price_wan_per_mu, invest_intensity_wan_per_mu, tax_wan_per_mu, industry, available_date, has_road, has_water,
  has_power, has_drainage, has_gas, has_telecom, has_heating, site_levelled, area_m2, geom, source_crs, source_file, source_record"
values=${cols/status/"'available'"}
for k in $(seq 1 "${COPIES:-0}"); do
  sql -c "INSERT INTO parcels (code, $cols) SELECT 'X$k-' || code, $values FROM parcels WHERE code NOT LIKE 'X%'"
done
sql -c "VACUUM ANALYZE"  # every table: a restored dump's would otherwise be vacuumed by autovacuum during the runs
echo "parcels: $(sql -c 'SELECT COUNT(*) FROM parcels'); CPUs: database ${BENCH_DB_CPUS:-all}, portal, load client and pgbench ${BENCH_APP_CPUS:-all}"

search=${SEARCH:-'land_use=M1,M2&min_mu=20&sort=-area_mu&limit=100'}
if [ -n "${COUNT:-}" ]; then search="$search&count=true"; fi
match='{"min_mu": 50, "max_mu": 150, "land_use": ["M1", "M2"], "needs": ["power", "gas"], "max_total_price_wan": 4000, "limit": 20}'
# Each load connection is another visitor (its own X-Forwarded-For, the portal trusting 127.0.0.1 as
# its proxy), holding its own work slots under the default limit of 3 a client, as visitors do; each
# pgbench connection likewise takes and gives back a slot under a key of its own.
slots=3
java -cp "target/test-classes:target/classes:$cp" parcelatlas.investor.InvestorBenchSql "$url" "$search" "$match" "$out" "$slots"
defines=(); while IFS= read -r d; do defines+=(-D "$d"); done <"$out/portal.defines"
if [ -n "${EXPLAIN:-}" ]; then  # the page's plan with its values (the custom plan its bound values get)
  sql -c "EXPLAIN (ANALYZE, BUFFERS, SUMMARY) $(cat "$out/search.sql")" | sed 's/^/  plan: /'
fi

pport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# shellcheck disable=SC2086
# on_app_cpus is a function and cannot be exec'd; the same taskset, exec'd so that $pid is the JVM itself
# (looking for a java child a second later missed it under load: the pinned JVM's CPU read as 0)
app_pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || app_pin=(taskset -c "$BENCH_APP_CPUS")
(ATLAS_WORK_LIMIT_PER_CLIENT=$slots ATLAS_TRUSTED_PROXIES=127.0.0.1 exec "${app_pin[@]}" java -Xmx512m ${PORTAL_OPTS:-} \
  -jar "$repo/target/parcel-atlas.jar" serve --port "$pport" --db "$url") >"$out/portal.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; while kill -0 $pid 2>/dev/null; do sleep 0.2; done; as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null; rm -rf "$data" "$out"' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$pport/ready" && break; sleep 1; done
searchurl="http://127.0.0.1:$pport/api/investor/parcels?$search"
source src/test/bench/investor-load.sh  # load(): the client (INVESTOR_CLIENT, wrk by default), sets $rate and $client_ms
bench() { ( on_app_cpus pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U atlas -c "$conns" -j 2 -T "$secs" "${@:2}" \
  -f "$1" bench | awk '/^tps/ {print $3}'; times >"$out/pgbench.times" ); }
# the CPU milliseconds pgbench's client spent a transaction in its last run at RATE tps
pgbench_ms() { awk -v n="$(python3 -c "print(max(1, round($1 * $secs)))")" 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) {
  split($i, p, "m"); t += p[1] * 60 + p[2] } printf "%.3f\n", t * 1000 / n }' "$out/pgbench.times"; }

# What PostgreSQL receives for one search from the portal and for one pgbench transaction, from its
# log: each statement's text (pgjdbc's and pgbench's statement names left out) and the page's values.
sent() {  # LOG_LINE_FROM -> the statements executed since, one a line, then the page's parameters
  python3 - "$data/log" "$1" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8", errors="replace").read().splitlines()[int(sys.argv[2]):]
entries = []
for line in lines:
    if re.match(r"^\d{4}-\d\d-\d\d ", line):
        entries.append([line, ""])
    elif entries:
        entries[-1][0] += "\n" + line
sqls, params = [], []
for text, _ in entries:
    m = re.search(r"LOG:  (?:execute [^:]*|statement): (.*)", text, re.S)
    d = re.search(r"DETAIL:  parameters: (.*)", text, re.S)
    if m and m.group(1).strip():  # not the pool's empty query checking a connection idle over 0.5 s
        sqls.append(m.group(1).strip().rstrip(";"))
        params.append("")
    elif d and sqls:
        params[-1] = d.group(1).strip()
for s in sqls:
    print("SQL " + s)
page = [p for s, p in zip(sqls, params) if s.startswith("SELECT t.id")]
print("PAGE VALUES " + (page[0] if page else "none"))
PY
}
# one search first: the web requests' pool (its statement timeout set when a connection opens) is made on
# first use, so the very first search also sends SET application_name and SET statement_timeout
curl -sf -o /dev/null -H 'X-Forwarded-For: 10.0.0.1' "$searchurl"
sql -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null; sleep 0.5
mark=$(wc -l <"$data/log"); curl -sf -o /dev/null -H 'X-Forwarded-For: 10.0.0.1' "$searchurl"; sleep 0.5; sent "$mark" >"$out/sent-portal"
mark=$(wc -l <"$data/log")
on_app_cpus pgbench -n -M prepared -h 127.0.0.1 -p "$port" -U atlas -c 1 -t 1 "${defines[@]}" -f "$out/portal.sql" bench >/dev/null
sleep 0.5; sent "$mark" >"$out/sent-pgbench"
sql -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
echo "one search as PostgreSQL received it: $(grep -c '^SQL' "$out/sent-portal") statements from the portal, $(grep -c '^SQL' "$out/sent-pgbench") from pgbench"
sed "s/^/  portal:  /" "$out/sent-portal" | cut -c1-160
grep '^PAGE VALUES' "$out/sent-pgbench" | sed 's/^/  pgbench: /'
if ! diff <(grep '^SQL' "$out/sent-portal") <(grep '^SQL' "$out/sent-pgbench") >"$out/sent-diff" \
    || [ "$(grep '^PAGE' "$out/sent-portal")" != "$(grep '^PAGE' "$out/sent-pgbench")" ]; then
  echo "the portal and pgbench sent different statements or page values:"; cut -c1-300 "$out/sent-diff"
  [ "${STRICT:-1}" = 0 ] || exit 1
else
  echo "  the same statement texts in the same order, the page with the same values"
fi

# CPU seconds (user + system) of the portal's JVM and of PostgreSQL (the postmaster with its children,
# live and ended) so far: per request = the difference over a run / the requests it served
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
pgpid=$(head -1 "$data/postmaster.pid")
pgticks() { local t; t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pgpid/stat")
  for c in $(cat "/proc/$pgpid/task/$pgpid/children"); do t=$((t + $(ticks "$c" 2>/dev/null || echo 0))); done; echo "$t"; }
hz=$(getconf CLK_TCK)
cpums() { python3 -c "print(f'{($2) * 1000 / $hz / max(1, round($1 * $secs)):.2f}')"; }  # RATE TICKS -> ms a request
warm=${WARMUP:-$((3 * secs))}
echo "load client: $investor_client ($conns connections, each a visitor)"
load "$searchurl" "$warm" "$conns"
[ "${MATCH:-1}" = 0 ] || load "http://127.0.0.1:$pport/api/investor/match" "$warm" "$conns" "$match"
# What PostgreSQL receives under load (the pool's borrows as they are then, not one search alone): 3 s of
# the search's load with log_statement = all, each kind of statement counted a page (a pool validation
# shows as "statement: " with nothing after it). 4 visitors on the 100k city after 40 s of load, Dec 6: take,
# page and release 1.00 each, nothing else (0.02 validations a search on a JVM warmed 5 s, its searches slow),
# each visitor's three statements on one backend, as each pgbench client's are.
mark=$(wc -l <"$data/log")
sql -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
load "$searchurl" 3 "$conns"
sql -c "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +"$((mark + 1))" "$data/log" | grep -Eo 'LOG:  (execute [^:]*|statement): ?.{0,40}' \
  | sed -E 's/^LOG:  (execute [^:]*|statement): ?//' | grep -v 'log_statement\|pg_reload_conf' >"$out/under-load" || true
pages=$(grep -c '^SELECT t.id' "$out/under-load" || true)
sort "$out/under-load" | uniq -c | sort -rn | awk -v p="${pages:-0}" 'p > 0 { c = $1; $1 = "";
  printf "  under load, a search: %.2f x%s\n", c / p, ($0 == "" ? " (empty: a pool validation)" : $0) }' || true
declare -a hs pp pa hm pm cj cg cb cc cq
for r in $(seq 1 "$rounds"); do
  j0=$(ticks "$pid"); g0=$(pgticks)
  load "$searchurl" "$secs" "$conns"; hs+=("$rate"); cc+=("$client_ms")
  j1=$(ticks "$pid"); g1=$(pgticks)
  pp+=("$(bench "$out/portal.sql" "${defines[@]}")"); cq+=("$(pgbench_ms "${pp[-1]}")")
  sleep 0.5; g2=$(pgticks)  # once the postmaster has reaped pgbench's backends
  pa+=("$(bench "$out/page.sql" "${defines[@]}")")
  cj+=("$(cpums "${hs[-1]}" $((j1 - j0)))"); cg+=("$(cpums "${hs[-1]}" $((g1 - g0)))"); cb+=("$(cpums "${pp[-1]}" $((g2 - g1)))")
  echo "round $r (load $(cut -d' ' -f1-3 /proc/loadavg)): search: portal ${hs[-1]} req/s, pgbench the portal's statements"\
    "${pp[-1]} tps, the page alone ${pa[-1]} tps; CPU ms a search: portal JVM ${cj[-1]}, PostgreSQL ${cg[-1]},"\
    "load client ${cc[-1]}; a pgbench transaction: PostgreSQL ${cb[-1]}, pgbench's client ${cq[-1]}"
  if [ "${MATCH:-1}" != 0 ]; then
    load "http://127.0.0.1:$pport/api/investor/match" "$secs" "$conns" "$match"; hm+=("$rate")
    pm+=("$(bench "$out/match.sql")")
    echo "round $r: match: portal ${hm[-1]} req/s, pgbench ${pm[-1]} tps"
  fi
done
echo "answers other than 200 in all HTTP runs: 0 (the load client fails the run on any)"
grep -h ' WARN \| ERROR ' "$out/portal.log" | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
python3 - "${hs[*]}" "${pp[*]}" "${pa[*]}" "${cj[*]}" "${cg[*]}" "${cb[*]}" "${hm[*]:-}" "${pm[*]:-}" "${cc[*]}" "${cq[*]}" <<'PY'
import statistics, sys
hs, pp, pa, cj, cg, cp, hm, pm, cc, cq = ([float(x) for x in a.split()] for a in sys.argv[1:])
m = statistics.median
print(f"search: portal {m(hs):.1f} req/s; pgbench on the portal's statements (slot, page, slot) {m(pp):.1f} tps:"
      f" RATIO {m(hs)/m(pp):.2f}")
print(f"search: pgbench on the page alone {m(pa):.1f} tps (ratio {m(hs)/m(pa):.2f}; the slot costs pgbench"
      f" {100 * (1 - m(pp)/m(pa)):.0f}% of its rate)")
print(f"search: CPU ms a search, medians: portal JVM {m(cj):.2f}, PostgreSQL {m(cg):.2f};"
      f" PostgreSQL a pgbench transaction {m(cp):.2f}; clients: the load client {m(cc):.3f} a search,"
      f" pgbench's {m(cq):.3f} a transaction")
if hm:
    print(f"match:  portal {m(hm):.1f} req/s, pgbench {m(pm):.1f} tps, ratio {m(hm)/m(pm):.2f}")
PY
