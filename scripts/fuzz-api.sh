#!/usr/bin/env bash
# Fuzzes the HTTP API against its own OpenAPI document with schemathesis (from PyPI, in a venv
# under target/): a `nango quickstart` server (an integration, a connection, a deployed sync
# with records) plus a deployed action, then `schemathesis run --checks all` with a fixed seed
# and bounded examples; then the dashboard's own views again, logged in with the session cookie
# and its CSRF token (no secret key), so that their answers are checked too. Exits non-zero on
# any failure.
#
#   scripts/fuzz-api.sh [max-examples]     (default 25; CI runs the default)
#
# One worker: with two threads, hypothesis (6.170) parses lambda sources with `ast` concurrently,
# and CPython 3.11.7 (the machines' Python) keeps one global AST recursion counter, so the race
# fails a run at random with "AST constructor recursion depth mismatch" (CPython gh-106905, fixed
# in later releases). CI failed that way once.
#
# The exceptions, each because the document cannot say it, are in scripts/schemathesis.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-25}"
venv="$PWD/target/schemathesis-venv"
if [ ! -x "$venv/bin/schemathesis" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "schemathesis==4.32.5"
fi
cargo build --quiet -p nango-cli
nango="$PWD/target/debug/nango"

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$nango" quickstart --dir "$work/qs" --port "$port" >"$work/quickstart.out" 2>"$work/quickstart.err" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do
  grep -q "keeps running" "$work/quickstart.err" && break
  kill -0 $server 2>/dev/null || { cat "$work/quickstart.err" >&2; exit 1; }
  sleep 0.5
done
grep -q "keeps running" "$work/quickstart.err" || { echo "the quickstart server did not start" >&2; cat "$work/quickstart.err" >&2; exit 1; }
key=$(grep -o "Bearer [0-9a-f-]*" "$work/quickstart.err" | head -1 | cut -d' ' -f2)
base="http://127.0.0.1:$port"
NANGO_FUZZ_MOCK_URL=$(grep -o "mock GitHub API on http://[0-9.:]*" "$work/quickstart.err" | head -1 | sed 's/.* on //')
export NANGO_FUZZ_MOCK_URL

# An action beside the quickstart's sync, so that action routes have something to run.
python3 - "$base" "$key" <<'PY'
import json, sys, urllib.request
base, key = sys.argv[1], sys.argv[2]
js = '"use strict";\nmodule.exports.default = async function runAction(nango, input) { return { echoed: input === undefined ? null : input }; };\n'
body = {
    "flowConfigs": [{
        "type": "action", "syncName": "echo", "providerConfigKey": "demo-github-integration",
        "endpoints": [{"method": "POST", "path": "/echo"}], "models": [], "fileBody": {"js": js},
    }],
    "deployMode": "single", "reconcile": False,
}
request = urllib.request.Request(base + "/sync/deploy", data=json.dumps(body).encode(), method="POST",
    headers={"Authorization": "Bearer " + key, "Content-Type": "application/json"})
print("deployed:", urllib.request.urlopen(request).read().decode())
PY

"$venv/bin/schemathesis" --config-file scripts/schemathesis.toml run "$base/openapi.json" \
  --checks all -H "Authorization: Bearer $key" --seed "${NANGO_FUZZ_SEED:-1}" --max-examples "$examples" \
  --workers 1 --no-color --request-timeout 30

# The dashboard's views, as its pages call them: the session cookie and CSRF token of the
# quickstart's dashboard account (from its login file), no secret key. Run last: a key rotation
# fuzzed here must not cut the first pass off. Valid requests only: the first pass already sent
# these routes everything invalid, the missing cookie included (a header given here cannot be
# left out by the fuzzer, so its "no cookie" cases would be false alarms).
session=$(python3 - "$base" "$work/qs/dashboard-login.txt" <<'PY'
import json, sys, urllib.parse, urllib.request
base, login = sys.argv[1], sys.argv[2]
fields = dict(line.split(": ", 1) for line in open(login).read().splitlines() if ": " in line)
class Stay(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
opener = urllib.request.build_opener(Stay)
form = urllib.parse.urlencode({"username": fields["username"], "password": fields["password"]}).encode()
try:
    opener.open(urllib.request.Request(base + "/dashboard/login", data=form, method="POST"))
    sys.exit("the dashboard login did not redirect")
except urllib.error.HTTPError as answer:
    cookie = answer.headers["Set-Cookie"].split(";")[0]
me = json.loads(urllib.request.urlopen(urllib.request.Request(base + "/dashboard/api/me", headers={"Cookie": cookie})).read())
print(cookie + "\t" + me["csrf_token"])
PY
)
cookie=$(printf '%s' "$session" | cut -f1)
csrf=$(printf '%s' "$session" | cut -f2)
"$venv/bin/schemathesis" --config-file scripts/schemathesis.toml run "$base/openapi.json" \
  --checks all -H "Cookie: $cookie" -H "X-CSRF-Token: $csrf" --include-path-regex '^/dashboard/api/' \
  --mode positive --phases examples,coverage,fuzzing \
  --seed "${NANGO_FUZZ_SEED:-1}" --max-examples "$examples" --workers 1 --no-color --request-timeout 30
