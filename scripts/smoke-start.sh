#!/usr/bin/env bash
# Smoke test of `npm start` as a newcomer runs it: a fresh embedded database, the printed sign-in,
# a real sign-in through the web address, a restart on the same data, and a clean Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
chmod 755 "$data"
port=${SMOKE_PORT:-3917}
log="$data/start.log"
export REPLIES_DATA_DIR="$data" PORT="$port" EMBEDDED_PG_PORT=$((port + 1))
unset DATABASE_URL ADMIN_EMAIL ADMIN_PASSWORD

start() {
  node apps/api/dist/main.js "$@" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    grep -q "is running at" "$log" 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the portal exited"; exit 1; }
    sleep 1
  done
  cat "$log"; echo "the portal did not start within 180 s"; exit 1
}
stop() {
  kill -INT "$pid"
  wait "$pid" || { cat "$log"; echo "the portal did not stop cleanly"; exit 1; }
  grep -q "Stopped cleanly." "$log"
}

npm run build --silent > /dev/null
start
cat "$log"
password=$(sed -n 's/^Sign in as admin@replies.localhost with the password \(.*\)$/\1/p' "$log")
[ -n "$password" ] || { echo "no password printed"; exit 1; }
curl -sf "http://localhost:$port/api/health" | grep -q '"ok"'
curl -sf -L "http://localhost:$port/admin/users" | grep -q 'action="/login"'
curl -sf -H "Cookie: replies_session=any" "http://localhost:$port/admin/users" | grep -q '<div id="root">'
curl -sf -X POST "http://localhost:$port/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"admin@replies.localhost\",\"password\":\"$password\"}" | grep -q '"role":"ADMIN"'
stop

# Second start on the same data: nothing to migrate or load, no new password printed.
start
grep -q "Database schema is up to date." "$log"
grep -q "offices (as loaded before)." "$log"
! grep -q "with the password" "$log"
stop
rm -rf "$data"

# npm run demo (npm start -- --demo) on a fresh database: the demonstration, its printed accounts,
# the published report; a second run on the same data refuses in one sentence and exits.
data=$(mktemp -d)
chmod 755 "$data"
log="$data/start.log"
export REPLIES_DATA_DIR="$data"
start --demo
cat "$log"
editor=$(sed -n 's/^  editor  *\(demo-editor@[^ ]*\)  *\([^ ]*\)$/\2/p' "$log")
[ -n "$editor" ] || { echo "no demo editor password printed"; exit 1; }
curl -sf -X POST "http://localhost:$port/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"demo-editor@replies.localhost\",\"password\":\"$editor\"}" | grep -q '"role":"EDITOR"'
curl -sf "http://localhost:$port/reports?lang=zh" | grep -q 'href="/reports/A-65-99?lang=ar"'
stop
if node apps/api/dist/main.js --demo > "$log" 2>&1; then cat "$log"; echo "a second demo run did not refuse"; exit 1; fi
grep -q "^This database already holds 2 reporting cycles" "$log" || { cat "$log"; exit 1; }
rm -rf "$data"
echo "smoke test of npm start and npm run demo: passed"
