#!/usr/bin/env bash
# CI stage: two instances sharing PostgreSQL send 500 chat messages exactly once, also when one of them is killed in
# the middle (docs/decisions/0017, docs/operations.md "Chat channels"). Uses the twin jar (PostgreSQL + demo sign-in,
# never production; builds it into target/twin unless SKIP_BUILD=1); creates a fresh database signpost_outbox; starts
# a webhook receiver (src/test/notifications/Receiver.java, the JDK alone) and two instances on 127.0.0.1 whose 25 SIG
# hooks (sig-01..sig-25, 10 messages a second each) all point at it; inserts 500 pending chat messages (20 per SIG)
# with psql; the receiver is down (503, Retry-After: 1) for FAIL_MS after the first request, so every message is first
# refused and retried with backoff; kills instance A with SIGKILL once about 150 have arrived; waits until every message is sent; then checks
#   - the receiver saw all 500 messages, each under its own Idempotency-Key;
#   - a message that arrived twice carried the same key both times (the receiver recognised it), and there were at
#     most as many such duplicates as instance A held claimed and unfinished when it died (at most its batch);
#   - every row is sent, once, in the database, and the outage was met (some requests were refused) and outlived.
# Run it as a command of its own from .ci/run, not with `source`, so that its trap stays its own: everything it
# started is stopped however it ends, and the logs are printed when it fails.
#
# Options (environment variables): CHAT_PORT_A=8293, CHAT_PORT_B=8294, CHAT_RECEIVER_PORT=8295, CHAT_DB=signpost_outbox,
# PGHOST=127.0.0.1, PGPORT=5432, PGUSER=postgres (trust auth), SKIP_BUILD=0 (1: reuse target/twin/quarkus-run.jar),
# READY_TIMEOUT_S=90, KILL_AFTER=150, SEND_TIMEOUT_S=180, FAIL_MS=4000.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT_A=${CHAT_PORT_A:-8293}
PORT_B=${CHAT_PORT_B:-8294}
RECEIVER_PORT=${CHAT_RECEIVER_PORT:-8295}
DB=${CHAT_DB:-signpost_outbox}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
SKIP_BUILD=${SKIP_BUILD:-0}
READY_TIMEOUT_S=${READY_TIMEOUT_S:-90}
KILL_AFTER=${KILL_AFTER:-150}
SEND_TIMEOUT_S=${SEND_TIMEOUT_S:-180}
FAIL_MS=${FAIL_MS:-4000}
MESSAGES=500
SIGS=25
BATCH=20
JAR=target/twin/quarkus-run.jar
# shellcheck source=../twin-jar.sh
source src/test/twin-jar.sh
RUN_DIR=target/notifications-run
RECEIVED=$RUN_DIR/received.tsv
PID_A=""
PID_B=""
PID_RECEIVER=""
OK=0

stop_all() {
  local pid i
  for pid in $PID_A $PID_B $PID_RECEIVER; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in $PID_A $PID_B $PID_RECEIVER; do
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if ((OK == 0)); then
    for name in a b receiver; do
      if [[ -f $RUN_DIR/$name.log ]]; then
        echo "----- $name: last 60 lines of $RUN_DIR/$name.log -----"
        tail -n 60 "$RUN_DIR/$name.log" || true
      fi
    done
  fi
}
trap stop_all EXIT
# A signal would otherwise end the shell without running the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

sql() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$DB" -v ON_ERROR_STOP=1 -qtA -c "$1"; }
# requests the receiver accepted (a refused one, during its outage, is not)
received() { [[ -f $RECEIVED ]] && awk -F'\t' '$5 != "refused"' "$RECEIVED" | wc -l || echo 0; }
fail() { echo "FAILED: $*" >&2; exit 1; }

echo "== Stage: two instances sharing PostgreSQL send $MESSAGES chat messages exactly once, one killed midway" \
  "(127.0.0.1:$PORT_A and :$PORT_B, receiver :$RECEIVER_PORT, database $DB)"
STARTED=$SECONDS
require_free_ports CHAT_PORT_A/CHAT_PORT_B/CHAT_RECEIVER_PORT "$PORT_A" "$PORT_B" "$RECEIVER_PORT"
ensure_postgres

twin_jar

fresh_database "$DB"
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR"

java src/test/notifications/Receiver.java "$RECEIVER_PORT" "$RECEIVED" "$FAIL_MS" >"$RUN_DIR/receiver.log" 2>&1 &
PID_RECEIVER=$!

HOOKS=()
for ((s = 1; s <= SIGS; s++)); do
  sig=$(printf 'sig-%02d' "$s")
  HOOKS+=("-Dsignpost.notifications.chat.hooks.\"$sig\".url=http://127.0.0.1:$RECEIVER_PORT/hooks/$sig"
    "-Dsignpost.notifications.chat.hooks.\"$sig\".per-second=10")
done
SECRET="chat-$(date +%s)-$RANDOM$RANDOM"
start_instance() {
  local name=$1 port=$2
  java -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 \
    -Dquarkus.profile=twin \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" -Dquarkus.datasource.username="$PGUSER" \
    -Dsignpost.security.local-sign-in.session-secret="$SECRET" \
    -Dsignpost.data-dir="./$RUN_DIR/data-$name" \
    -Dsignpost.notifications.instance="chat-$name" \
    -Dsignpost.notifications.dispatch-every=1s -Dsignpost.notifications.batch=$BATCH \
    -Dsignpost.notifications.claim-for=20s \
    -Dsignpost.notifications.first-retry=1s -Dsignpost.notifications.longest-retry=4s \
    -Dsignpost.notifications.chat.mode=send \
    "${HOOKS[@]}" \
    -jar "$JAR" >"$RUN_DIR/$name.log" 2>&1 &
}
start_instance a "$PORT_A"
PID_A=$!
start_instance b "$PORT_B"
PID_B=$!

for port in "$PORT_A" "$PORT_B"; do
  ready=0
  for ((i = 0; i < READY_TIMEOUT_S * 2; i++)); do
    if curl -sf -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready"; then ready=1; break; fi
    for pid in $PID_A $PID_B; do kill -0 "$pid" 2>/dev/null || fail "an instance exited during start-up"; done
    sleep 0.5
  done
  ((ready)) || fail "127.0.0.1:$port not ready within $READY_TIMEOUT_S s"
  echo "127.0.0.1:$port is ready"
done
for name in a b; do
  grep -q "Chat messages go to $SIGS SIG webhook(s)" "$RUN_DIR/$name.log" || fail "instance $name did not configure $SIGS webhooks"
done
kill -0 "$PID_RECEIVER" 2>/dev/null || fail "the receiver did not start"
for ((i = 0; i < 60; i++)); do
  (exec 3<>"/dev/tcp/127.0.0.1/$RECEIVER_PORT") 2>/dev/null && break
  sleep 0.5
done

# Round-robin over the SIGs (message n goes to SIG n mod 25), so each claimed batch spans many webhooks and both
# instances meet at the same webhooks' turns.
sql "insert into notification_outbox (kind, channel, recipient, title, body, link, idempotency_key, status, attempts,
       next_attempt_at, created_at)
     select 'ci-chat', 'chat', s.sig, 'CI message msg-' || lpad(n::text, 4, '0'), 'Message ' || n || ' of $MESSAGES for ' || s.sig,
            '/actions/' || n, 'ci-chat:' || n || ':' || s.sig || ':chat', 'pending', 0, now(), now()
     from generate_series(1, $MESSAGES) as n,
          lateral (select 'sig-' || lpad(((n - 1) % $SIGS + 1)::text, 2, '0') as sig) as s"
INSERTED=$SECONDS
echo "Inserted $MESSAGES pending chat messages for $SIGS SIGs"

CLAIMED_A=0
CLAIMED_B=0
for ((i = 0; i < 240; i++)); do
  ((CLAIMED_A > 0)) || CLAIMED_A=$(sql "select count(*) from notification_outbox where claimed_by = 'chat-a'")
  ((CLAIMED_B > 0)) || CLAIMED_B=$(sql "select count(*) from notification_outbox where claimed_by = 'chat-b'")
  (($(received) >= KILL_AFTER)) && break
  sleep 0.25
done
(($(received) >= KILL_AFTER)) || fail "only $(received) messages arrived within 60 s"
kill -KILL "$PID_A"
wait "$PID_A" 2>/dev/null || true
PID_A=""
AT_KILL=$(received)
IN_FLIGHT=$(sql "select count(*) from notification_outbox where claimed_by = 'chat-a' and status in ('pending', 'failed')")
echo "Killed instance A (SIGKILL) after $AT_KILL messages had arrived; it held $IN_FLIGHT claimed and unfinished"
((CLAIMED_A > 0 && CLAIMED_B > 0)) || fail "both instances should have claimed messages (seen: A $CLAIMED_A, B $CLAIMED_B)"

DEADLINE=$((SECONDS + SEND_TIMEOUT_S))
while :; do
  UNSENT=$(sql "select count(*) from notification_outbox where kind = 'ci-chat' and status <> 'sent'")
  ((UNSENT == 0)) && break
  DEAD=$(sql "select count(*) from notification_outbox where kind = 'ci-chat' and status = 'dead'")
  ((DEAD == 0)) || fail "$DEAD messages are dead: the retries gave up during the receiver's outage"
  ((SECONDS < DEADLINE)) || fail "$UNSENT messages still unsent $SEND_TIMEOUT_S s after the kill"
  kill -0 "$PID_B" 2>/dev/null || fail "instance B exited"
  sleep 1
done
ALL_SENT=$((SECONDS - INSERTED))

ROWS=$(sql "select count(*) from notification_outbox where kind = 'ci-chat'")
SENT=$(sql "select count(*) from notification_outbox where kind = 'ci-chat' and status = 'sent' and sent_at is not null")
KEYS=$(sql "select count(distinct idempotency_key) from notification_outbox where kind = 'ci-chat'")
REQUESTS=$(received)
ACCEPTED=$RUN_DIR/accepted.tsv
awk -F'\t' '$5 != "refused"' "$RECEIVED" >"$ACCEPTED"
DISTINCT_KEYS=$(cut -f3 "$ACCEPTED" | sort -u | wc -l)
DISTINCT_MESSAGES=$(cut -f4 "$ACCEPTED" | sort -u | wc -l)
PAIRS=$(cut -f3,4 "$ACCEPTED" | sort -u | wc -l)
DUPLICATES=$(awk -F'\t' '$5 == "dup"' "$RECEIVED" | wc -l)
REFUSED=$(awk -F'\t' '$5 == "refused"' "$RECEIVED" | wc -l)
EXPECTED_KEYS=$(sql "select idempotency_key || E'\t' || substring(title from 'msg-[0-9]{4}') from notification_outbox
                     where kind = 'ci-chat' order by 1" | sort)
SEEN_KEYS=$(cut -f3,4 "$ACCEPTED" | sort -u)
MIN_GAP=$(sort -t$'\t' -k2,2 -k1,1n "$RECEIVED" | awk -F'\t' '$2 == p { g = $1 - t; if (min == "" || g < min) min = g } { p = $2; t = $1 } END { print min }')

echo "Rows: $ROWS, sent: $SENT, distinct keys in the database: $KEYS"
echo "Receiver: $REQUESTS requests, $DISTINCT_MESSAGES distinct messages, $DISTINCT_KEYS distinct Idempotency-Keys"
echo "Duplicate deliveries: $DUPLICATES (bound: the $IN_FLIGHT messages instance A held unfinished when killed; batch $BATCH)"
echo "Refused during the receiver's ${FAIL_MS} ms outage: $REFUSED requests (each retried later)"
echo "All $MESSAGES sent $ALL_SENT s after they were inserted; shortest gap between two posts to one webhook: ${MIN_GAP} ms"

((FAIL_MS == 0 || REFUSED > 0)) || fail "the receiver refused nothing during its outage: the stage did not prove retries"
((ROWS == MESSAGES)) || fail "$ROWS rows, expected $MESSAGES"
((SENT == MESSAGES)) || fail "$SENT rows sent, expected $MESSAGES"
((KEYS == MESSAGES)) || fail "$KEYS distinct keys in the database, expected $MESSAGES"
((DISTINCT_KEYS == MESSAGES)) || fail "the receiver saw $DISTINCT_KEYS distinct keys, expected $MESSAGES"
((DISTINCT_MESSAGES == MESSAGES)) || fail "the receiver saw $DISTINCT_MESSAGES distinct messages, expected $MESSAGES"
((PAIRS == MESSAGES)) || fail "a message arrived under two keys ($PAIRS message/key pairs): a retry the receiver could not recognise"
[[ $SEEN_KEYS == "$EXPECTED_KEYS" ]] || fail "the keys received are not the rows' idempotency keys"
((REQUESTS == MESSAGES + DUPLICATES)) || fail "$REQUESTS requests for $MESSAGES messages and $DUPLICATES duplicates"
((DUPLICATES <= IN_FLIGHT)) || fail "$DUPLICATES duplicates, more than the $IN_FLIGHT messages instance A held"
((IN_FLIGHT <= BATCH)) || fail "instance A held $IN_FLIGHT messages, more than its batch of $BATCH"
OK=1
echo "== Chat messages sent exactly once per row; $DUPLICATES duplicate deliveries, each recognisable by its key;" \
  "stage took $((SECONDS - STARTED)) s"
