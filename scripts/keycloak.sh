#!/usr/bin/env bash
# A local Keycloak with the perfmon realm (keycloak/perfmon-realm.json), for trying and testing the OpenID Connect
# mode on a machine without Docker. Everything comes from Maven Central: the distribution is
# org.keycloak:keycloak-quarkus-dist:<version>:zip, fetched with Maven and unpacked in tools/keycloak/ (ignored by
# git), where Keycloak also keeps its H2 dev-file database. It listens on 127.0.0.1 only, in development mode (plain
# HTTP): never a production identity provider.
#
# The realm in Keycloak is always the file's: when keycloak/perfmon-realm.json changed since the last import, the
# database is wiped and the realm imported afresh (Keycloak itself skips a realm that already exists).
# Keycloak 26 needs Java 21+: JAVA_HOME if it is one, else the newest in /usr/lib/jvm, else Debian's
# openjdk-21-jre-headless when apt offers it.
#
# Usage: scripts/keycloak.sh start | run | stop | status
#   start   in the background, waiting until the realm answers (does nothing when it already does)
#   run     in the foreground (for Playwright's webServer, which stops it at the end)
# Environment: KEYCLOAK_VERSION (26.5.6), KEYCLOAK_PORT (8180), KEYCLOAK_ADMIN_USER / KEYCLOAK_ADMIN_PASSWORD (the
# master realm's administrator, created with the database; default admin / admin-solo-sviluppo),
# KEYCLOAK_START_TIMEOUT (300 s).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
VERSION="${KEYCLOAK_VERSION:-26.5.6}"
PORT="${KEYCLOAK_PORT:-8180}"
ADMIN_USER="${KEYCLOAK_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin-solo-sviluppo}"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"
CACHE="$REPO/tools/keycloak"
KC_HOME="$CACHE/keycloak-$VERSION"
REALM_FILE="$REPO/keycloak/perfmon-realm.json"
REALM=perfmon
PID_FILE="$CACHE/keycloak-$VERSION.pid"
LOG="$CACHE/keycloak-$VERSION.log"
READY_URL="http://127.0.0.1:$PORT/realms/$REALM/.well-known/openid-configuration"

say() { printf 'keycloak.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

realm_answers() {
  command -v curl >/dev/null 2>&1 || die "curl is needed (apt-get install -y curl)"
  curl -sf -o /dev/null --max-time 3 "$READY_URL"
}

# Prints the pid of the Keycloak this script started in the background, if it still runs.
running_pid() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$KC_HOME" || return 1
  echo "$pid"
}

# Serialises start and stop between concurrent calls (two terminals, or make targets run side by side).
take_lock() {
  mkdir -p "$CACHE"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$CACHE/lock"
    flock -w 900 9 || die "could not lock $CACHE/lock within 900 s"
  fi
}

java_major() { # java executable
  "$1" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p'
}

# Sets JAVA_HOME to a Java 21 or newer.
find_java() {
  local candidate major best="" best_major=0
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if ((${major:-0} >= 21)); then return 0; fi
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x $candidate ]] || continue
    major=$(java_major "$candidate")
    if ((${major:-0} > best_major)); then best_major=$major best=$candidate; fi
  done
  if ((best_major < 21)) && command -v apt-get >/dev/null 2>&1; then
    if [[ -n $(apt-cache policy openjdk-21-jre-headless 2>/dev/null | sed -n 's/^ *Candidate: //p' | grep -v '(none)') ]]; then
      say "no Java 21+ found; installing Debian's openjdk-21-jre-headless"
      apt-get install -y -q openjdk-21-jre-headless >&2 || die "installing openjdk-21-jre-headless failed"
      best=$(ls /usr/lib/jvm/java-21-openjdk-*/bin/java 2>/dev/null | head -n 1)
      best_major=21
    fi
  fi
  ((best_major >= 21)) || die "Keycloak $VERSION needs Java 21 or newer, and none was found (JAVA_HOME, /usr/lib/jvm/*) nor offered by apt (openjdk-21-jre-headless; run 'apt-get update' first if it should be). Install one, e.g. a Temurin 21 or 25, and set JAVA_HOME."
  JAVA_HOME=$(dirname "$(dirname "$best")")
  export JAVA_HOME
}

# Fetches and unpacks the distribution once per version.
install_keycloak() {
  local zip="$CACHE/keycloak-quarkus-dist-$VERSION.zip"
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  mkdir -p "$CACHE"
  if [[ ! -f $zip ]]; then
    command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch Keycloak from Maven Central"
    say "fetching org.keycloak:keycloak-quarkus-dist:$VERSION:zip from Maven Central (about 160 MB, once)…"
    mvn -B -ntp -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
      -DoutputDirectory="$CACHE" >&2 || die "Maven could not fetch keycloak-quarkus-dist $VERSION"
  fi
  say "unpacking Keycloak $VERSION into tools/keycloak/…"
  rm -rf "$KC_HOME.partial" && mkdir -p "$KC_HOME.partial"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$KC_HOME.partial"
  else
    (cd "$KC_HOME.partial" && "$JAVA_HOME/bin/jar" xf "$zip")
  fi
  mv "$KC_HOME.partial/keycloak-$VERSION" "$KC_HOME"
  rm -rf "$KC_HOME.partial"
  chmod +x "$KC_HOME"/bin/*.sh
  rm -f "$zip"
}

# The realm file goes to data/import; a different file than the one imported last time means a fresh database.
prepare_realm() {
  local sum
  [[ -f $REALM_FILE ]] || die "no realm file at $REALM_FILE"
  sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [[ -d $KC_HOME/data/h2 && $(cat "$KC_HOME/data/import.sha256" 2>/dev/null) != "$sum" ]]; then
    say "keycloak/perfmon-realm.json changed since it was imported: starting from an empty database"
    rm -rf "$KC_HOME/data/h2"
  fi
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/$REALM-realm.json"
  echo "$sum" >"$KC_HOME/data/import.sha256"
}

prepare() {
  if realm_answers; then
    die "something already answers on port $PORT with the $REALM realm; 'scripts/keycloak.sh status' tells whether it is ours"
  fi
  find_java
  install_keycloak
  prepare_realm
}

# The command line of Keycloak; the bootstrap administrator is created only with a new database.
keycloak_command() {
  KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  export KC_BOOTSTRAP_ADMIN_USERNAME KC_BOOTSTRAP_ADMIN_PASSWORD
  # On Java 24+ the worker threads of Keycloak 26.x die after each task ("to use the thread-local-reset capability
  # on Java 24 or later, use this JVM option") unless java.lang is open to them.
  if (($(java_major "$JAVA_HOME/bin/java") >= 24)); then
    export JAVA_OPTS_APPEND="${JAVA_OPTS_APPEND:-} --add-opens=java.base/java.lang=ALL-UNNAMED"
  fi
  # A fixed hostname: tokens name the issuer as browsers see it, whatever address the backend uses.
  KC_CMD=("$KC_HOME/bin/kc.sh" start-dev --import-realm --db=dev-file --http-host=127.0.0.1
    --http-port="$PORT" --hostname="http://localhost:$PORT")
}

cmd_start() {
  local pid started
  take_lock
  if pid=$(running_pid) && realm_answers; then
    say "already running (pid $pid) on http://localhost:$PORT/realms/$REALM"
    return 0
  fi
  if [[ -n ${pid:-} ]]; then
    say "Keycloak (pid $pid) is still starting"
  else
    prepare
    keycloak_command
    [[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
    started=$SECONDS
    say "starting Keycloak $VERSION with Java $(java_major "$JAVA_HOME/bin/java") on http://localhost:$PORT (log: tools/keycloak/keycloak-$VERSION.log)…"
    local detach=()
    if command -v setsid >/dev/null 2>&1; then detach=(setsid); fi
    # 9>&-: Keycloak does not hold the lock.
    "${detach[@]}" "${KC_CMD[@]}" </dev/null >"$LOG" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi
  started=${started:-$SECONDS}
  until realm_answers; do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "error: Keycloak exited during start-up; last lines of $LOG:"
      tail -n 30 "$LOG" >&2 || true
      exit 1
    fi
    if ((SECONDS - started >= START_TIMEOUT)); then
      say "error: Keycloak did not answer within $START_TIMEOUT s (KEYCLOAK_START_TIMEOUT); stopping it"
      cmd_stop
      exit 1
    fi
    sleep 1
  done
  say "ready after $((SECONDS - started)) s: http://localhost:$PORT/realms/$REALM (pid $pid)"
}

cmd_run() {
  prepare
  keycloak_command
  say "running Keycloak $VERSION with Java $(java_major "$JAVA_HOME/bin/java") on http://localhost:$PORT in the foreground"
  exec "${KC_CMD[@]}"
}

cmd_stop() {
  local pid i
  take_lock
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    say "no Keycloak started by this script is running"
    return 0
  fi
  # kc.sh forwards TERM to its Java process and waits for it.
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 600; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "Keycloak (pid $pid) did not stop within 60 s; killing it"
    local child
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill -KILL "$child" 2>/dev/null || true; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  say "stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if realm_answers; then echo "running (pid $pid): http://localhost:$PORT/realms/$REALM"; else echo "starting (pid $pid)"; fi
  elif realm_answers; then
    echo "not started by this script, but the $REALM realm answers on port $PORT"
  else
    echo "not running"
    return 3
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  run) cmd_run ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) die "usage: scripts/keycloak.sh start | run | stop | status" ;;
esac
