#!/usr/bin/env bash
# The demo SMTP server of `make run`: GreenMail (tools/mail-server, from Maven Central) on loopback, where the
# messages the backend sends can be read. It accepts mail for any address and keeps it in memory until it stops.
#   SMTP 127.0.0.1:$MAIL_SMTP_PORT (3025), IMAP :$MAIL_IMAP_PORT (3143), POP3 :$MAIL_POP3_PORT (3110), any login;
#   HTTP API http://127.0.0.1:$MAIL_API_PORT (8025): GET /api/user/<address>/messages/INBOX.
# A server already answering on the SMTP port as GreenMail (a previous `make run`) is reused; it is left running
# after `make run` stops, like the embedded database, so that its messages can still be read; `stop` ends it.
#
# Usage: scripts/mail.sh start | status | stop
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
TOOL_DIR="$REPO/tools/mail-server"
JAR="$TOOL_DIR/target/greenmail-standalone.jar"
WORK_DIR="$REPO/.data/mail"
LOG="$WORK_DIR/server.log"
PID_FILE="$WORK_DIR/greenmail.pid"

SMTP_PORT="${MAIL_SMTP_PORT:-3025}"
IMAP_PORT="${MAIL_IMAP_PORT:-3143}"
POP3_PORT="${MAIL_POP3_PORT:-3110}"
API_PORT="${MAIL_API_PORT:-8025}"

say() { printf 'mail.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# The first line 127.0.0.1:$1 sends, if anything answers there (bash /dev/tcp, no client needed).
# shellcheck disable=SC2016 # $1 is expanded by the inner bash, on purpose
greeting() {
  timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && head -n 1 <&3' _ "$1" 2>/dev/null | tr -d '\r' || true
}

port_open() {
  # shellcheck disable=SC2016
  timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

ours_running() {
  local pid
  [[ -f $PID_FILE ]] || return 1
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'greenmail-standalone.jar' && echo "$pid"
}

build_if_needed() {
  [[ -f $JAR && -z $(find "$TOOL_DIR/pom.xml" -newer "$JAR" -print -quit) ]] && return 0
  command -v mvn >/dev/null 2>&1 || die "Maven (mvn) is needed to fetch GreenMail into $TOOL_DIR"
  say "fetching GreenMail from Maven Central (about 10 MB, once)…"
  mvn -B -q -Dstyle.color=never -f "$TOOL_DIR/pom.xml" package >&2 || die "building $TOOL_DIR failed (see above)"
  touch "$JAR"
}

print_where() {
  say "demo mail: SMTP 127.0.0.1:$SMTP_PORT; read it with curl -s http://127.0.0.1:$API_PORT/api/user (who got mail),"
  say "  then curl -s http://127.0.0.1:$API_PORT/api/user/<address>/messages/INBOX, or IMAP 127.0.0.1:$IMAP_PORT / POP3 127.0.0.1:$POP3_PORT (any password)"
}

cmd_start() {
  local banner pid i
  banner=$(greeting "$SMTP_PORT")
  if [[ $banner == 220*GreenMail* ]]; then
    say "reusing the GreenMail already answering on 127.0.0.1:$SMTP_PORT"
    print_where
    return 0
  fi
  [[ -z $banner ]] && ! port_open "$SMTP_PORT" \
    || die "127.0.0.1:$SMTP_PORT is taken by another program (${banner:-no greeting}); set MAIL_SMTP_PORT to a free port"
  command -v java >/dev/null 2>&1 || die "Java 17+ is needed to run GreenMail"
  build_if_needed
  mkdir -p "$WORK_DIR"
  local detach=()
  if command -v setsid >/dev/null 2>&1; then detach=(setsid); fi
  # Loopback only; greenmail.auth.disabled: any login reads the mailbox of that address (a demo, not a mail service).
  "${detach[@]}" java -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.smtp.port="$SMTP_PORT" -Dgreenmail.imap.port="$IMAP_PORT" -Dgreenmail.pop3.port="$POP3_PORT" \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$API_PORT" \
    -jar "$JAR" </dev/null >"$LOG" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_FILE"
  for ((i = 0; i < 60; i++)); do
    if [[ $(greeting "$SMTP_PORT") == 220* ]]; then
      say "GreenMail started (pid $pid), log in .data/mail/server.log"
      print_where
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$LOG" >&2; die "GreenMail exited during startup"; }
    sleep 0.5
  done
  die "GreenMail did not answer on 127.0.0.1:$SMTP_PORT within 30 s; see $LOG"
}

cmd_status() {
  local pid
  if pid=$(ours_running); then echo "GreenMail running (pid $pid), SMTP 127.0.0.1:$SMTP_PORT, API http://127.0.0.1:$API_PORT"
  else echo "GreenMail not running"; fi
}

cmd_stop() {
  local pid
  if pid=$(ours_running); then
    kill -TERM "$pid"
    say "GreenMail stopped (pid $pid); its messages are gone"
  else
    say "no GreenMail of ours running; nothing to stop"
  fi
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) cmd_start ;;
  status) cmd_status ;;
  stop) cmd_stop ;;
  *) die "usage: scripts/mail.sh start | status | stop" ;;
esac
