#!/usr/bin/env bash
# A local OpenSearch test cluster for nrc, from Maven Central artifacts (no distribution archive).
#
#   tools/opensearch-local.sh start [NODES]   build the launcher (Maven), start NODES nodes
#                                              (default 2) on 127.0.0.1, wait for health, print
#                                              NRC_OPENSEARCH_URL=http://127.0.0.1:PORT last
#   tools/opensearch-local.sh stop            stop the nodes by pid, remove their data
#   tools/opensearch-local.sh kill-node N     SIGKILL node N (failure tests)
#   tools/opensearch-local.sh restart-node N  start node N again with the same settings
#
# No security plugin: no TLS, no login. It binds to loopback only and keeps its data in a temp
# folder; never point it at anything but tests. State: $NRC_OPENSEARCH_STATE (default
# ${TMPDIR:-/tmp}/nrc-opensearch-local).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${NRC_OPENSEARCH_STATE:-${TMPDIR:-/tmp}/nrc-opensearch-local}
launcher="$here/opensearch-launcher"
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

die() { echo "opensearch-local: $*" >&2; exit 2; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

build() {
  if [ ! -f "$launcher/target/opensearch-launcher-1.jar" ] || [ ! -d "$launcher/target/lib" ] \
     || [ "$launcher/pom.xml" -nt "$launcher/target/opensearch-launcher-1.jar" ] \
     || [ "$launcher/src/main/java/nrc/Launcher.java" -nt "$launcher/target/opensearch-launcher-1.jar" ]; then
    echo "opensearch-local: building the launcher with Maven (first run downloads OpenSearch 2.19.6)" >&2
    (cd "$launcher" && mvn -q -B -Dstyle.color=never package -DskipTests >&2) || die "the Maven build failed"
  fi
}

start_node() {  # start_node I  (reads $state/node-I.args and the classpath the cluster started with)
  local i=$1
  local cp
  cp=$(cat "$state/classpath")
  # shellcheck disable=SC2046
  nohup "$java" -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.locale.providers=SPI,COMPAT \
    -Dopensearch.set.netty.runtime.available.processors=false \
    -cp "$cp" nrc.Launcher $(cat "$state/node-$i.args") \
    > "$state/node-$i.log" 2>&1 < /dev/null &
  echo $! > "$state/node-$i.pid"
}

wait_health() {  # wait_health PORT NODES SECONDS
  local port=$1 nodes=$2 deadline=$((SECONDS + $3))
  while [ $SECONDS -lt $deadline ]; do
    if curl -fsS "http://127.0.0.1:$port/_cluster/health?wait_for_nodes=$nodes&wait_for_status=green&timeout=5s" \
         -o /dev/null 2>/dev/null; then
      return 0
    fi
    for pidfile in "$state"/node-*.pid; do
      kill -0 "$(cat "$pidfile")" 2>/dev/null || { tail -20 "${pidfile%.pid}.log" >&2; die "a node exited during start-up (log: ${pidfile%.pid}.log)"; }
    done
    sleep 1
  done
  die "the cluster was not healthy within $3 s (logs: $state/node-*.log)"
}

cmd_start() {
  local nodes=${1:-2}
  [[ $nodes =~ ^[1-9]$ ]] || die "NODES must be 1-9, got $nodes"
  if [ -f "$state/url" ]; then die "a cluster is already running ($(cat "$state/url")); stop it first"; fi
  command -v "$java" >/dev/null || die "java not found (Java 17 is needed)"
  command -v mvn >/dev/null || die "mvn not found (Maven is needed to fetch OpenSearch)"
  build
  mkdir -p "$state"
  echo "$launcher/target/opensearch-launcher-1.jar:$launcher/target/lib/*" > "$state/classpath"
  local http=() transport=() seeds="" managers=""
  for ((i = 0; i < nodes; i++)); do
    http[i]=$(free_port); transport[i]=$(free_port)
    seeds+="${seeds:+,}127.0.0.1:${transport[i]}"; managers+="${managers:+,}node-$i"
  done
  for ((i = 0; i < nodes; i++)); do
    local args=(
      "-Enode.name=node-$i" "-Ecluster.name=nrc-test" "-Epath.home=$state/home-$i"
      "-Epath.data=$state/data-$i" "-Epath.logs=$state/home-$i/logs"
      "-Enetwork.host=127.0.0.1" "-Ehttp.port=${http[i]}" "-Etransport.port=${transport[i]}"
      "-Ecluster.routing.allocation.disk.threshold_enabled=false"
      "-Eaction.auto_create_index=false"
    )
    if [ "$nodes" = 1 ]; then
      args+=("-Ediscovery.type=single-node")
    else
      args+=("-Ediscovery.seed_hosts=$seeds" "-Ecluster.initial_cluster_manager_nodes=$managers")
    fi
    printf '%s\n' "${args[@]}" > "$state/node-$i.args"
    echo "${http[i]}" > "$state/node-$i.port"
    start_node "$i"
  done
  echo "$nodes" > "$state/nodes"
  wait_health "${http[0]}" "$nodes" 180
  echo "http://127.0.0.1:${http[0]}" > "$state/url"
  echo "opensearch-local: $nodes node(s) up; stop with: $0 stop" >&2
  echo "NRC_OPENSEARCH_URL=http://127.0.0.1:${http[0]}"
}

cmd_stop() {
  [ -d "$state" ] || { echo "opensearch-local: no cluster running" >&2; return 0; }
  for pidfile in "$state"/node-*.pid; do
    [ -f "$pidfile" ] || continue
    kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$state"/node-*.pid; do
    [ -f "$pidfile" ] || continue
    local pid; pid=$(cat "$pidfile")
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  rm -rf "$state"
  echo "opensearch-local: stopped" >&2
}

cmd_kill_node() {
  local i=${1:?node number}
  kill -KILL "$(cat "$state/node-$i.pid")" 2>/dev/null || die "node $i is not running"
  echo "opensearch-local: killed node-$i" >&2
}

cmd_restart_node() {
  local i=${1:?node number}
  [ -f "$state/node-$i.args" ] || die "no node $i in $state"
  start_node "$i"
  local port; port=$(cat "$state/node-$i.port")
  local deadline=$((SECONDS + 120))
  until curl -fsS "http://127.0.0.1:$port/" -o /dev/null 2>/dev/null; do
    kill -0 "$(cat "$state/node-$i.pid")" 2>/dev/null \
      || { tail -5 "$state/node-$i.log" >&2; die "node $i exited while starting again"; }
    [ $SECONDS -lt $deadline ] || die "node $i did not come back"
    sleep 1
  done
  echo "opensearch-local: node-$i back" >&2
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) cmd_stop ;;
  kill-node) shift; cmd_kill_node "$@" ;;
  restart-node) shift; cmd_restart_node "$@" ;;
  *) echo "usage: $0 start [NODES] | stop | kill-node N | restart-node N" >&2; exit 2 ;;
esac
