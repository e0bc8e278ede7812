#!/usr/bin/env bash
# Runs `nango test` on the scripts of NangoHQ/integration-templates that have recorded tests, at
# the last revision with nango.yaml files (13eb2c88f^), and reports what passes.
#
#   scripts/conformance.sh <integration-templates git dir> [<work dir>]
#   scripts/conformance.sh --zero-yaml <integration-templates git dir> [<work dir>] [<integration>…]
#
# `--zero-yaml` runs the corpus at HEAD instead (zero-yaml projects and their .test.json
# fixtures): it is scripts/conformance-zero.sh, which says more.
#
# Get the git dir with `git clone --bare https://github.com/NangoHQ/integration-templates`.
# Each integration becomes a nango-integrations folder under <work dir>/projects/<integration>:
# its nango.yaml at the root (`${PWD}` replaced by the integration's name), its folder beside it,
# zod@3 in node_modules, and NANGO_PROVIDERS_FILE pointing at @nangohq/providers@0.59.7's
# providers.yaml (the harness's source of pagination defaults). Nothing of the templates
# repository is copied into this one.
#
# The scripts tested are the ones with a generated test (tests/*.test.ts using
# NangoSyncMock/NangoActionMock), with that test's frozen clock when it sets one.
# Environment: NANGO_BIN (default target/release/nango, else target/debug/nango);
# MIGRATE=1 runs `nango migrate-to-zero-yaml` on each project first (with zod 4 installed, as
# the migrated package.json asks) and tests the zero-yaml result against the same recordings.
set -euo pipefail

if [ "${1:-}" = "--zero-yaml" ]; then
  shift
  exec "$(dirname "$0")/conformance-zero.sh" "$@"
fi

templates_git=${1:?usage: scripts/conformance.sh <integration-templates git dir> [<work dir>]}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "${2:-$here/target/conformance}" && cd "${2:-$here/target/conformance}" && pwd)
revision='13eb2c88f^'
nango=${NANGO_BIN:-}
if [ -z "$nango" ]; then
  if [ -x "$here/target/release/nango" ]; then nango=$here/target/release/nango; else nango=$here/target/debug/nango; fi
fi
[ -x "$nango" ] || { echo "error: no nango binary at $nango (cargo build --release -p nango-cli)" >&2; exit 1; }

# The frozen clocks of the three generated tests that call vi.setSystemTime.
declare -A clock=(
  [outlook/emails]=2025-06-10T01:00:00Z
  [outlook/events]=2025-05-27T15:49:10.826Z
  [zoom/recording-files]=2024-12-05T01:00:00Z
)

src=$work/src
rm -rf "$src" "$work/projects"
mkdir -p "$src" "$work/projects"
# One blob of the revision is missing from public mirrors; leave it out rather than fail.
git --git-dir="$templates_git" archive "$revision" integrations \
  ':(exclude)integrations/oracle-hcm/mocks/unified-employees/StandardEmployee/batchSave.json' \
  | tar -x -C "$src"

if [ ! -e "$work/npm/node_modules/zod/package.json" ] || [ ! -e "$work/npm/node_modules/@nangohq/providers/providers.yaml" ]; then
  npm install --prefix "$work/npm" --no-audit --no-fund --no-save --loglevel=error zod@3.24.2 @nangohq/providers@0.59.7 >&2
fi
export NANGO_PROVIDERS_FILE=$work/npm/node_modules/@nangohq/providers/providers.yaml
modules=$work/npm/node_modules
if [ "${MIGRATE:-}" = 1 ]; then
  if [ ! -e "$work/npm4/node_modules/zod/package.json" ]; then
    npm install --prefix "$work/npm4" --no-audit --no-fund --no-save --loglevel=error zod@4.3.6 >&2
  fi
  modules=$work/npm4/node_modules
fi

results=$work/results.txt
: > "$results"
for tests_dir in "$src"/integrations/*/tests; do
  integration_dir=$(dirname "$tests_dir")
  integration=$(basename "$integration_dir")
  # Aliases (symlinked nango.yaml) have no tests of their own.
  [ -L "$integration_dir/nango.yaml" ] && continue
  scripts=$(grep -l -E 'NangoSyncMock|NangoActionMock' "$tests_dir"/*.test.ts 2>/dev/null \
    | xargs -r grep -ohE "\.\./(syncs|actions)/[A-Za-z0-9_.-]+\.js" \
    | sed -E 's#\.\./(syncs|actions)/##; s#\.js$##' | sort -u || true)
  [ -n "$scripts" ] || continue
  project=$work/projects/$integration
  mkdir -p "$project"
  sed "s/\${PWD}/$integration/g" "$integration_dir/nango.yaml" > "$project/nango.yaml"
  cp -R "$integration_dir" "$project/$integration"
  rm -rf "$project/$integration/tests" "$project/$integration/nango.yaml"
  ln -s "$modules" "$project/node_modules"
  if [ "${MIGRATE:-}" = 1 ]; then
    mkdir -p "$work/logs/$integration"
    if ! (cd "$project" && "$nango" migrate-to-zero-yaml) > "$work/logs/$integration/migrate.txt" 2>&1; then
      for script in $scripts; do echo "fail $integration/$script" >> "$results"; echo "fail $integration/$script (migration)"; done
      continue
    fi
  fi
  for script in $scripts; do
    now=${clock[$integration/$script]:-}
    log=$work/logs/$integration/$script.txt
    mkdir -p "$(dirname "$log")"
    status=0
    (cd "$project" && "$nango" test "$script" --integration "$integration" ${now:+--now "$now"}) > "$log" 2>&1 || status=$?
    if [ "$status" = 0 ]; then verdict=pass; else verdict=fail; fi
    echo "$verdict $integration/$script" >> "$results"
    echo "$verdict $integration/$script"
  done
done

passed=$(grep -c '^pass ' "$results" || true)
total=$(wc -l < "$results")
echo
echo "$passed of $total scripts pass (logs of each run under $work/logs)"
