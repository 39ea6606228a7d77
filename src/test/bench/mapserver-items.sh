# Sourced by items.sh: MapServer 8 serving OGC API – Features over the portal's parcels table, as
# the peer a user would pick instead of the portal.
#   mapserver_start DIR PG_PORT EXTENT SQL PROCESSES  -> sets $msport and $mspath (the items resource)
#   mapserver_stop                                    -> stops lighttpd and every mapserv it started
# What it serves: one layer whose rows and columns are the portal's own page SQL (SQL, printed by
# ItemsSqlForPgbench): the same public-rows condition, the same properties (the park's names joined,
# the total price computed), geometry in EPSG:4326; MapServer adds the bbox and the limit.
# How it runs: mapserv is a CGI/FastCGI program (Debian's cgi-mapserver is built with FastCGI), so
# it sits behind lighttpd's mod_fastcgi, which spawns PROCESSES mapserv workers (one per load
# connection, as pgbench gets one backend per client; one FastCGI host each, as lighttpd 1.4.69
# spawned only 4 for one host's max-procs of 8), each on its own Unix socket and talks HTTP/1.1
# keep-alive to the load client. lighttpd rather than HAProxy's fcgi-app plus spawn-fcgi: one
# process starts, supervises and (with its process group) stops the workers, and it is the
# set-up MapServer's own FastCGI notes use. PROCESSING "CLOSE_CONNECTION=DEFER" keeps each worker's
# PostgreSQL connection open between requests (what MapServer recommends under FastCGI).
# lighttpd starts under taskset -c BENCH_APP_CPUS when that is set (what on_app_cpus in
# throwaway-postgis.sh does; not the function itself: a function in the background is a subshell,
# whose pid leads no process group, so mapserver_stop would wait on it for ever), so it and the
# workers it spawns run on the app CPUs, as the portal does; taskset and setsid exec, so $mspid is
# lighttpd's and leads its group.
# Packages: cgi-mapserver, mapserver-bin (8.0.0 on bookworm) and lighttpd, installed here with
# apt-get when missing (needs root, as on the project's machines).
mapserver_stop() {
  if [ -n "${mspid:-}" ]; then
    kill -TERM -- "-$mspid" 2>/dev/null || true  # lighttpd leads its own process group; the workers are in it
    for _ in $(seq 20); do kill -0 -- "-$mspid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$mspid" 2>/dev/null || true
    wait "$mspid" 2>/dev/null || true
    mspid=
  fi
}

mapserver_start() {
  local dir=$1 pgport=$2 extent=$3 sql=$4 procs=$5
  if ! command -v mapserv >/dev/null || ! command -v lighttpd >/dev/null; then
    echo "installing MapServer and lighttpd (apt-get)"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      cgi-mapserver mapserver-bin lighttpd >/dev/null
  fi
  mkdir -p "$dir"
  msport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  mspath=/mapserv/atlas/ogcapi/collections/parcels/items?f=json\&
  python3 - "$dir" "$pgport" "$extent" "$sql" "$msport" <<'PY'
import sys
d, pgport, extent, sql, msport = sys.argv[1:]
w, s, e, n = extent.split(",")
select = sql[:sql.index(" WHERE ")].replace("ST_AsGeoJSON(t.geom) AS geometry", "t.geom")
public = sql[sql.index(" WHERE ") + 7:sql.index(" AND (t.geom &&")]
data = f"geom FROM ({select} WHERE {public}) AS q USING UNIQUE id USING SRID=4326"
assert '"' not in data
open(f"{d}/atlas.map", "w", encoding="utf-8").write(f"""MAP
  NAME "atlas"
  EXTENT {w} {s} {e} {n}
  PROJECTION "init=epsg:4326" END
  WEB
    METADATA
      "ows_enable_request" "*"
      "ows_title" "Parcel Atlas parcels (benchmark peer)"
      "oga_onlineresource" "http://127.0.0.1:{msport}/mapserv/atlas/ogcapi"
    END
  END
  LAYER
    NAME "parcels"
    TYPE POLYGON
    STATUS ON
    CONNECTIONTYPE POSTGIS
    CONNECTION "host=127.0.0.1 port={pgport} dbname=bench user=atlas"
    PROCESSING "CLOSE_CONNECTION=DEFER"
    DATA "{data}"
    PROJECTION "init=epsg:4326" END
    TEMPLATE "unused"
    METADATA
      "ows_title" "parcels"
      "gml_include_items" "all"
      "gml_featureid" "id"
      "gml_types" "auto"
      "oga_default_limit" "100"
      "oga_max_limit" "1000"
    END
  END
END
""")
open(f"{d}/mapserver.conf", "w").write(f"""CONFIG
  ENV
    MS_MAP_PATTERN "^{d}/"
  END
  MAPS
    atlas "{d}/atlas.map"
  END
END
""")
PY
  cat >"$dir/lighttpd.conf" <<EOF
server.document-root = "$dir"
server.bind = "127.0.0.1"
server.port = $msport
server.errorlog = "$dir/lighttpd.log"
server.modules = ("mod_fastcgi")
server.max-keep-alive-requests = 1000000
server.max-keep-alive-idle = 120
fastcgi.server = ("/mapserv" => ($(for i in $(seq "$procs"); do printf '%s(
  "socket" => "%s", "bin-path" => "%s", "max-procs" => 1, "check-local" => "disable",
  "bin-environment" => ("MAPSERVER_CONFIG_FILE" => "%s"))' "$([ "$i" = 1 ] || echo ,)" "$dir/mapserv-$i.sock" \
  "$(command -v mapserv)" "$dir/mapserver.conf"; done)))
EOF
  local pin=(); [ -z "${BENCH_APP_CPUS:-}" ] || pin=(taskset -c "$BENCH_APP_CPUS")
  "${pin[@]}" setsid lighttpd -D -f "$dir/lighttpd.conf" >"$dir/lighttpd.out" 2>&1 &
  mspid=$!
  for _ in $(seq 60); do
    curl -sf -o /dev/null "http://127.0.0.1:$msport${mspath}limit=1" && break
    kill -0 "$mspid" 2>/dev/null || { cat "$dir/lighttpd.out" "$dir/lighttpd.log" >&2; return 1; }
    sleep 0.5
  done
  echo "MapServer: $(mapserv -v | cut -d' ' -f1-3), $procs FastCGI workers behind lighttpd $(lighttpd -v | head -1 | cut -d' ' -f1 | cut -d/ -f2)"
}
