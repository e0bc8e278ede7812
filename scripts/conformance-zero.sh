#!/usr/bin/env bash
# Runs `nango test` on NangoHQ/integration-templates at HEAD (the zero-yaml corpus of the 0.71
# line: `createSync`/`createAction` scripts with zod 4 models and `<integration>/tests/*.test.json`
# fixtures) and reports what passes, with a reason class for each failure.
#
#   scripts/conformance-zero.sh <integration-templates git dir> [<work dir>] [<integration>…]
#
# Get the git dir with `git clone --bare https://github.com/NangoHQ/integration-templates`.
# Each integration becomes a zero-yaml project under <work dir>/projects/<integration>: its folder,
# an index.ts with its lines of the corpus' index.ts, zod@4.3.6 in node_modules, and
# NANGO_PROVIDERS_FILE pointing at @nangohq/providers@0.71.10's providers.yaml (the harness's
# source of pagination defaults). Files whose blobs a mirror lacks are left out. Nothing of the
# templates repository is copied into this one.
#
# A test is given what its vitest file gives the real harness: about 150 of those files replace
# `getConnection`'s answer with an object literal (written into the project's copy of the
# .test.json as `nango.getConnection`), and about 35 freeze the clock (`vi.setSystemTime`,
# `vi.useFakeTimers({ now })`, `vi.spyOn(Date, 'now')`; those scripts run again alone with
# `nango test --now`). Both are read by evaluating the literal with node.
# Environment: NANGO_BIN (default target/release/nango, else target/debug/nango); HARNESS=1
# also runs the real harness on the same tests (vitest 2 with `nango/test` of nango@0.71.10 and
# zod 4.3.6, from npm, on the corpus' own `tests/*.test.ts`) and prints, for each of our
# failures, whether the real harness fails it too (a corpus defect) or passes it (our bug), and
# both runs' wall times.
set -euo pipefail

templates_git=${1:?usage: scripts/conformance-zero.sh <integration-templates git dir> [<work dir>] [<integration>…]}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${2:-$here/target/conformance-zero}" && cd "${2:-$here/target/conformance-zero}" && pwd)
shift $(( $# >= 2 ? 2 : 1 ))
only=("$@")
nango=${NANGO_BIN:-}
if [ -z "$nango" ]; then
  if [ -x "$here/target/release/nango" ]; then nango=$here/target/release/nango; else nango=$here/target/debug/nango; fi
fi
[ -x "$nango" ] || { echo "error: no nango binary at $nango (cargo build --release -p nango-cli)" >&2; exit 1; }

src=$work/src
rm -rf "$src" "$work/projects" "$work/logs"
mkdir -p "$src" "$work/projects" "$work/logs"
# Every file of integrations/ at HEAD, one `git cat-file --batch` for all of them; a blob the
# mirror lacks is skipped (and counted).
python3 - "$templates_git" "$src" <<'PY'
import os, subprocess, sys
git, out = sys.argv[1], sys.argv[2]
tree = subprocess.run(["git", f"--git-dir={git}", "ls-tree", "-r", "-z", "HEAD", "integrations"],
                      check=True, capture_output=True).stdout.split(b"\0")
entries = []
for line in filter(None, tree):
    meta, path = line.split(b"\t", 1)
    mode, kind, sha = meta.split(b" ")
    entries.append((mode, kind, sha.decode(), path.decode()))
batch = subprocess.Popen(["git", f"--git-dir={git}", "cat-file", "--batch"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
missing = 0
for mode, kind, sha, path in entries:
    if kind != b"blob":
        continue
    batch.stdin.write(sha.encode() + b"\n"); batch.stdin.flush()
    header = batch.stdout.readline().split()
    if len(header) < 3 or header[1] == b"missing":
        missing += 1
        continue
    data = batch.stdout.read(int(header[2])); batch.stdout.read(1)
    target = os.path.join(out, path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    if mode == b"120000":
        os.symlink(data.decode(), target)
    else:
        with open(target, "wb") as f:
            f.write(data)
print(f"{missing} blobs missing from the mirror", file=sys.stderr)
PY

if [ ! -e "$work/npm/node_modules/zod/package.json" ] || [ ! -e "$work/npm/node_modules/@nangohq/providers/providers.yaml" ]; then
  npm install --prefix "$work/npm" --no-audit --no-fund --no-save --loglevel=error zod@4.3.6 @nangohq/providers@0.71.10 >&2
fi
export NANGO_PROVIDERS_FILE=$work/npm/node_modules/@nangohq/providers/providers.yaml

# Each integration as a project of its own.
integrations=()
for integration_dir in "$src"/integrations/*/; do
  integration_dir=${integration_dir%/}
  integration=$(basename "$integration_dir")
  [ -L "$integration_dir" ] && continue
  [ -d "$integration_dir/tests" ] || continue
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $integration " ]]; then continue; fi
  project=$work/projects/$integration
  mkdir -p "$project"
  cp -R "$integration_dir" "$project/$integration"
  grep -E "^import '\./$integration/" "$src/integrations/index.ts" > "$project/index.ts" || true
  [ -s "$project/index.ts" ] || continue
  printf '{ "devDependencies": { "nango": "0.71.10", "zod": "4.3.6" } }\n' > "$project/package.json"
  ln -s "$work/npm/node_modules" "$project/node_modules"
  integrations+=("$integration")
done

# What the vitest files set up: connection overrides and frozen clocks, evaluated with node.
clocks=$work/clocks.txt
python3 - "$src/integrations" "$work/projects" "$clocks" <<'PY'
import json, os, re, subprocess, sys
integrations, projects, clocks_out = sys.argv[1], sys.argv[2], sys.argv[3]

def balanced(text, start):
    """The text of the bracketed expression starting at text[start] ('{' or '(')."""
    pairs = {'{': '}', '(': ')', '[': ']'}
    stack, i, quote = [], start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == '\\':
                i += 1
            elif c == quote:
                quote = None
        elif c in '\'"`':
            quote = c
        elif c in pairs:
            stack.append(pairs[c])
        elif stack and c == stack[-1]:
            stack.pop()
            if not stack:
                return text[start:i + 1]
        i += 1
    return None

tasks = []
for integration in sorted(os.listdir(integrations)):
    tests = os.path.join(integrations, integration, 'tests')
    if os.path.islink(os.path.join(integrations, integration)) or not os.path.isdir(tests):
        continue
    for name in sorted(os.listdir(tests)):
        if not name.endswith('.test.ts'):
            continue
        text = open(os.path.join(tests, name), encoding='utf-8', errors='replace').read()
        m = re.search(r"from '\.\./(?:syncs|actions)/([^']+)\.js'", text)
        if not m:
            continue
        script = m.group(1)
        consts = ';'.join(re.findall(r"^\s*const\s+[A-Z_][A-Z0-9_]*\s*=\s*[^;\n]+;", text, re.M))
        # `getConnection = vi.fn().mockResolvedValue({…})`, `vi.spyOn(nangoMock, 'getConnection')
        # .mockResolvedValue({…})`, `getConnection = vi.fn(async () => ({…}))`,
        # `getConnection.mockImplementation(async () => ({…}))`, `vi.fn(async () => { return {…} })`.
        c = re.search(r"getConnection[^;{]{0,80}?(?:mock(?:Resolved|Return)Value\(|=>\s*\(|=>\s*\{\s*return\s)\s*(?=\{)", text)
        if c:
            literal = balanced(text, c.end())
            if literal:
                tasks.append({'kind': 'connection', 'integration': integration, 'script': script, 'code': literal, 'consts': consts})
        # The clock: `vi.setSystemTime(x)`, `vi.useFakeTimers({ now: x })`,
        # `vi.spyOn(Date, 'now').mockReturnValue(x)`.
        clock = None
        t = re.search(r"setSystemTime\(", text)
        if t:
            arg = balanced(text, t.end() - 1)
            clock = arg and arg[1:-1]
        t = None if clock else re.search(r"useFakeTimers\(\s*(?=\{)", text)
        if t:
            options = balanced(text, t.end())
            clock = options and f"({options}).now"
        t = None if clock else re.search(r"spyOn\(\s*Date\s*,\s*'now'\s*\)\s*\.mockReturnValue\(", text)
        if t:
            arg = balanced(text, t.end() - 1)
            clock = arg and arg[1:-1]
        if clock:
            tasks.append({'kind': 'clock', 'integration': integration, 'script': script, 'code': clock, 'consts': consts})
node = r"""
const tasks = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = tasks.map((t) => {
  try {
    const value = new Function(t.consts + ';return (' + t.code + ');')();
    if (t.kind === 'clock') return new Date(value).toISOString();
    return JSON.parse(JSON.stringify(value));
  } catch (e) { return null; }
});
process.stdout.write(JSON.stringify(out));
"""
values = json.loads(subprocess.run(['node', '-e', node], input=json.dumps(tasks), capture_output=True, text=True, check=True).stdout)
clocks, overridden = [], 0
for task, value in zip(tasks, values):
    if value is None:
        continue
    if task['kind'] == 'clock':
        clocks.append(f"{task['integration']} {task['script']} {value}")
        continue
    fixture = os.path.join(projects, task['integration'], task['integration'], 'tests', task['script'] + '.test.json')
    if not os.path.exists(fixture):
        continue
    data = json.load(open(fixture))
    data.setdefault('nango', {})['getConnection'] = value
    json.dump(data, open(fixture, 'w'), indent=2)
    overridden += 1
open(clocks_out, 'w').write(''.join(line + '\n' for line in clocks))
print(f"from the vitest files: {overridden} connection overrides, {len(clocks)} frozen clocks", file=sys.stderr)
PY

# One line per test of a `nango test` log: its verdict and, for a failure, the class of its
# first message line.
verdicts() {
  awk -v integration="$1" '
    function classify(text) {
      if (text ~ /no recorded response/) return "recording";
      if (text ~ /is not available in the nango-rs runtime/) return "runtime-module";
      if (text ~ /not a function|is not defined|cannot read property/) return "sdk";
      if (text ~ /does not compile|definitions are invalid/) return "compile";
      return "other";
    }
    /^✓ / { print "pass " $2; next }
    /^✗ / { pending = $2; if ($0 ~ /does not compile/) { print "fail " pending " compile"; pending = "" }; next }
    pending != "" && NF > 0 {
      if ($0 ~ /nango\.(batchSave|batchDelete)|^ *output|differ|expected/) print "fail " pending " difference";
      else print "fail " pending " " classify($0);
      pending = ""
    }
    /scripts. definitions are invalid/ { print "fail " integration "/* compile" }
  ' "$2"
}

results=$work/results.txt
: > "$results"
ours_started=$(date +%s)
for integration in "${integrations[@]}"; do
  project=$work/projects/$integration
  log=$work/logs/$integration.txt
  (cd "$project" && "$nango" test --integration "$integration") > "$log" 2>&1 || true
  verdicts "$integration" "$log" > "$work/verdicts.txt"
  # The scripts whose vitest file freezes the clock, again alone at that time.
  while read -r clocked script now; do
    [ "$clocked" = "$integration" ] || continue
    clock_log=$work/logs/$integration.$script.clock.txt
    (cd "$project" && "$nango" test "$script" --integration "$integration" --now "$now") > "$clock_log" 2>&1 || true
    grep -v -E "^(pass|fail) $integration/$script( |\$)" "$work/verdicts.txt" > "$work/verdicts.tmp" || true
    verdicts "$integration" "$clock_log" >> "$work/verdicts.tmp"
    mv "$work/verdicts.tmp" "$work/verdicts.txt"
  done < "$clocks"
  cat "$work/verdicts.txt" >> "$results"
done

ours_seconds=$(( $(date +%s) - ours_started ))

# The corpus is the scripts with a .test.json; those with only a legacy mocks/ folder are run
# too but reported apart.
all_results=$work/results-all.txt
mv "$results" "$all_results"
: > "$results"
: > "$work/results-legacy.txt"
while read -r verdict name rest; do
  integration=${name%%/*}; script=${name#*/}
  if [ -e "$src/integrations/$integration/tests/$script.test.json" ]; then
    echo "$verdict $name${rest:+ $rest}" >> "$results"
  else
    echo "$verdict $name${rest:+ $rest}" >> "$work/results-legacy.txt"
  fi
done < "$all_results"

passed=$(grep -c '^pass ' "$results" || true)
total=$(grep -c -E '^(pass|fail) ' "$results" || true)
echo
echo "zero-yaml corpus (integration-templates HEAD): $passed passed of $total (nango test: ${ours_seconds}s)"
echo "  (scripts with only legacy mocks/, not counted: $(grep -c '^pass ' "$work/results-legacy.txt" || true) passed of $(wc -l < "$work/results-legacy.txt"))"
# (No failure at all is no reason to exit non-zero.)
{ grep '^fail ' "$results" || true; } | awk '{print $3}' | sort | uniq -c | sort -rn | sed 's/^/  failed: /'

[ "${HARNESS:-}" = 1 ] || exit 0

# The real harness, on the same integrations: the corpus' vitest tests, each of which replays a
# script's .test.json with NangoSyncMock / NangoActionMock.
harness=$work/harness
if [ ! -e "$harness/node_modules/vitest/package.json" ] || [ ! -e "$harness/node_modules/nango/package.json" ]; then
  npm install --prefix "$harness" --no-audit --no-fund --loglevel=error \
    vitest@2 nango@0.71.10 zod@4.3.6 soap@1.1.2 unzipper parse-link-header@2 lodash-es >&2
fi
ln -sfn "$harness/node_modules" "$src/node_modules"
cat > "$src/integrations/vitest.harness-setup.ts" <<'TS'
import { NangoActionMock, NangoSyncMock } from 'nango/test';
(globalThis as any).vitest = { NangoActionMock, NangoSyncMock };
TS
cat > "$src/vitest.config.mjs" <<'JS'
import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['integrations/*/tests/*.test.ts'], setupFiles: 'integrations/vitest.harness-setup.ts', testTimeout: 30000 } });
JS
files=()
for integration_dir in "$src"/integrations/*/; do
  integration=$(basename "$integration_dir")
  [ -L "${integration_dir%/}" ] && continue
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $integration " ]]; then continue; fi
  for f in "$integration_dir"tests/*.test.ts; do [ -e "$f" ] && files+=("integrations/$integration/tests/$(basename "$f")"); done
done
harness_started=$(date +%s)
(cd "$src" && "$harness/node_modules/.bin/vitest" --run --reporter=json --outputFile="$work/harness.json" "${files[@]}") > "$work/logs/harness.txt" 2>&1 || true
harness_seconds=$(( $(date +%s) - harness_started ))
# One line per script the harness ran: its verdict and `integration/script` (the script the test
# file imports).
python3 - "$work/harness.json" "$src" "$work/harness-results.txt" <<'PY'
import json, os, re, sys
report, src, out = sys.argv[1], sys.argv[2], sys.argv[3]
with open(report) as f:
    data = json.load(f)
lines = []
for result in data.get("testResults", []):
    path = result["name"]
    integration = os.path.relpath(path, src).split(os.sep)[1]
    with open(path) as f:
        m = re.search(r"from '\.\./(?:syncs|actions)/([^']+)\.js'", f.read())
    if not m:
        continue
    ok = result.get("status") == "passed" and all(a.get("status") == "passed" for a in result.get("assertionResults", []))
    lines.append(f"{'pass' if ok else 'fail'} {integration}/{m.group(1)}")
with open(out, "w") as f:
    f.write("\n".join(sorted(lines)) + "\n")
PY
h_passed=$(grep -c '^pass ' "$work/harness-results.txt" || true)
h_total=$(grep -c -E '^(pass|fail) ' "$work/harness-results.txt" || true)
echo
echo "the real harness (vitest + nango/test 0.71.10): $h_passed passed of $h_total (${harness_seconds}s; nango test took ${ours_seconds}s)"
# Our failures, each with the harness' verdict on the same script.
awk 'NR == FNR { verdict[$2] = $1; next }
     $1 == "fail" { v = ($2 in verdict) ? (verdict[$2] == "fail" ? "corpus-defect" : "ours") : "no-harness-test";
                    print v " " $2 " " $3 }' "$work/harness-results.txt" "$results" | sort > "$work/failures-vs-harness.txt"
awk '{print $1}' "$work/failures-vs-harness.txt" | sort | uniq -c | sed 's/^/  our failures: /'
# And the other way round: what the harness passes that we fail is listed above as `ours`;
# what we pass and the harness fails is counted here.
awk 'NR == FNR { ours[$2] = $1; next } $1 == "fail" && ours[$2] == "pass"' "$results" "$work/harness-results.txt" | wc -l | sed 's/^/  harness failures we pass: /'
