# Sourced by config-compare.sh and serve-compare.sh (after they set $work): starts servers on free
# loopback ports and waits until each answers.
# start_portals COUNT PATH LAUNCH: for I in 0..COUNT-1 runs `LAUNCH I PORT` in the background (a
# function of the caller's that ends by exec-ing its server, so that the process id is the JVM's
# and /proc/PID/stat its CPU), its output in $work/portalI.log; fills the arrays pids and ports (empty
# before; the caller's EXIT trap kills what is in pids); then waits, up to 300 s each, until
# http://127.0.0.1:PORT/PATH answers 2xx, and exits showing the log's tail if a server died first.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
start_portals() {
  local count=$1 path=$2 launch=$3 i port
  for ((i = 0; i < count; i++)); do
    port=$(free_port)
    "$launch" "$i" "$port" >"$work/portal$i.log" 2>&1 &
    pids+=($!); ports+=("$port")
  done
  for ((i = 0; i < count; i++)); do
    for _ in $(seq 300); do
      curl -sf -o /dev/null "http://127.0.0.1:${ports[$i]}$path" && break
      kill -0 "${pids[$i]}" 2>/dev/null || { tail -5 "$work/portal$i.log"; exit 1; }
      sleep 1
    done
  done
}
