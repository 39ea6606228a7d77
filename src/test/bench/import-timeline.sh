#!/usr/bin/env bash
# Where one import's wall time goes (not a test): ROUNDS imports of the N-polygon benchmark shapefile
# (as import.sh makes it) into the emptied parcels table of a throw-away PostGIS whose statement
# log has millisecond stamps (log_min_duration_statement = 0), each split into phases by the
# statements' times against the launch time:
#   start      the launch (JVM, class loading, command line) to the first statement's start
#   to COPY    from there to the COPY's start: pool, schema check, file, text limits, context
#              points, and converting the first 1 MB of rows (then the indexes are dropped)
#   COPY       the COPY statements (the first 1 MB alone, then the rest): the rows converted and
#              sent (the client's converting bounds it), the kept indexes maintained
#   builds     the CREATE INDEX and ADD CONSTRAINT statements after the COPY (how many, how long)
#   to commit  from the last build to the commit's end (park check, context distances, audit, commit)
#   exit       the commit's end to the process's exit
# plus the database's CPU in the COPY and in the builds (log_statement_stats) and the client's CPU
# (/usr/bin/time). IMPORT_BEFORE_JAR=path adds that build's import to every round, into its own
# database. Prints the load average before and after.
# Usage: bash src/test/bench/import-timeline.sh [N=100000] [ROUNDS=2]   (from the repository root)
set -euo pipefail
n=${1:-100000}
rounds=${2:-2}
cd "$(dirname "$0")/../../.."
[ -f target/parcel-atlas.jar ] || mvn -B -q package -DskipTests
shp=target/bench/parcels$n.shp
[ -f "$shp" ] || { echo "make $shp first: bash src/test/bench/import.sh $n 1"; exit 1; }
source src/test/bench/throwaway-postgis.sh
out=$(mktemp -d /tmp/atlas-import-timeline.XXXX)  # removed on exit by throwaway-postgis.sh's trap
psql -q -h 127.0.0.1 -p "$port" -U atlas -d postgres -c "ALTER SYSTEM SET log_min_duration_statement = 0" \
  -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] '" -c "ALTER SYSTEM SET log_statement_stats = on" \
  -c "SELECT pg_reload_conf()" >/dev/null
log="$data/log"
jars=("ours=target/parcel-atlas.jar")
[ -z "${IMPORT_BEFORE_JAR:-}" ] || jars+=("before=$IMPORT_BEFORE_JAR")
for entry in "${jars[@]}"; do  # each build migrates its own database and writes its class-data archive
  name=${entry%%=*}
  psql -q -h 127.0.0.1 -p "$port" -U atlas -d postgres -c "CREATE DATABASE tl_$name"
  PARCEL_ATLAS_JAR=${entry#*=} bin/parcel-atlas import --layer parks data/demo/parks.shp \
    --db "jdbc:postgresql://127.0.0.1:$port/tl_$name?user=atlas" >/dev/null 2>&1
done
echo "N=$n, $rounds rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$rounds"); do
  for entry in "${jars[@]}"; do
    name=${entry%%=*}
    psql -q -h 127.0.0.1 -p "$port" -U atlas -d "tl_$name" -c "TRUNCATE parcels CASCADE"
    : >"$log"
    t0=$(date +%s.%N)
    PARCEL_ATLAS_JAR=${entry#*=} JAVA_OPTS="${OURS_JAVA:--Xmx512m}" /usr/bin/time -f '%U %S' -o "$out/cpu" \
      bin/parcel-atlas import --layer parcels "$shp" --db "jdbc:postgresql://127.0.0.1:$port/tl_$name?user=atlas" \
      >"$out/import.log" 2>&1 || { echo "$name failed"; tail -20 "$out/import.log"; exit 1; }
    t1=$(date +%s.%N)
    python3 - "$name" "$t0" "$t1" "$log" "$out/cpu" <<'EOF'
import datetime, re, sys
name, t0, t1, log, cpu = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
lines = open(log, encoding="utf-8", errors="replace").read().split("\n")
statements = []  # (start, end, text, database CPU seconds)
for i, line in enumerate(lines):
    m = re.match(r"(\S+ \S+) UTC \[\d+\] LOG:  duration: ([\d.]+) ms  (statement|execute [^:]*): (.*)", line)
    if not m:
        continue
    end = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S.%f").replace(
        tzinfo=datetime.timezone.utc).timestamp() - t0
    used = 0.0
    for follow in lines[i + 1:i + 8]:
        s = re.search(r"!\s+([\d.]+) s user, ([\d.]+) s system", follow)
        if s:
            used = float(s.group(1)) + float(s.group(2))
            break
    statements.append((end - float(m.group(2)) / 1000, end, m.group(4), used))
copies = [s for s in statements if s[2].startswith("COPY parcels")]  # the first 1 MB alone, then the rest
copy = (copies[0][0], copies[-1][1], "", sum(c[3] for c in copies))
builds = [s for s in statements if s[0] >= copy[1] and (s[2].startswith("CREATE INDEX")
          or s[2].startswith("ALTER TABLE parcels ADD"))]
commit = [s for s in statements if s[2].startswith("COMMIT")][-1]
last = builds[-1][1] if builds else copy[1]
user, system = map(float, open(cpu).read().split())
print(f"  {name:7s} start {statements[0][0]:5.2f} | to COPY {copy[0] - statements[0][0]:5.2f} | COPY {copy[1] - copy[0]:6.2f}"
      f" (db CPU {copy[3]:.2f}) | {len(builds)} builds {sum(b[1] - b[0] for b in builds):5.2f}"
      f" (db CPU {sum(b[3] for b in builds):.2f}) | to commit {commit[1] - last:4.2f} | exit {t1 - t0 - commit[1]:4.2f}"
      f" | total {t1 - t0:6.2f} s, client CPU {user + system:.2f} s")
EOF
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
