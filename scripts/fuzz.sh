#!/usr/bin/env bash
# Runs the parsers' fuzz targets (fuzz/, cargo-fuzz and libFuzzer) and reports, per target, the
# executions, the time and the crashes found. Any crash, hang (-timeout) or allocation over
# -rss_limit_mb fails the script; libFuzzer leaves the input in fuzz/artifacts/<target>/.
#
#   scripts/fuzz.sh                      # 1,000,000 executions of every target
#   FUZZ_SECONDS=20 scripts/fuzz.sh      # each target for 20 seconds (what .ci/run does)
#   scripts/fuzz.sh nango_yaml mocks     # some targets only
#
# cargo-fuzz is installed from crates.io when missing. It runs on the stable toolchain with
# RUSTC_BOOTSTRAP=1. Targets are built without a sanitizer (-s none): the code fuzzed forbids
# `unsafe`, so AddressSanitizer would only slow every execution down.
set -euo pipefail
cd "$(dirname "$0")/.."
export RUSTC_BOOTSTRAP=1

all_targets=(nango_yaml zero_yaml bundler mocks records_cursor provider_template api_bodies)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --quiet
fi

# Seed corpora: the project's own files of each kind (fuzz/seeds/ adds the kinds it has none of).
corpus="target/fuzz-corpus"
seed() {
  local target=$1
  shift
  mkdir -p "$corpus/$target"
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "$corpus/$target/seed-$(printf '%s' "$file" | cksum | cut -d' ' -f1)"
  done
  if [ -d "fuzz/seeds/$target" ]; then cp fuzz/seeds/"$target"/* "$corpus/$target/"; fi
}
mapfile -t yaml < <(git ls-files '*nango.yaml')
mapfile -t ts < <(git ls-files '*.ts' | grep -v '\.d\.ts$')
mapfile -t json < <(git ls-files 'crates/*.json' | head -50)
seed nango_yaml "${yaml[@]}"
seed zero_yaml "${ts[@]}"
seed bundler "${ts[@]}"
seed mocks "${json[@]}"
seed records_cursor
seed provider_template
seed api_bodies
# One template of the provider catalog per seed.
grep '\${' crates/providers/providers.yaml | sed -E "s/^[^:]*:[[:space:]]*//; s/^[\"']//; s/[\"']$//" \
  | sort -u | head -200 | while IFS= read -r line; do
    printf '%s\n{"connectionConfig":{"subdomain":"acme"},"credentials":{"apiKey":"k"}}' "$line" \
      > "$corpus/provider_template/catalog-$(printf '%s' "$line" | cksum | cut -d' ' -f1)"
  done

cargo fuzz build -O -s none
runs="${FUZZ_RUNS:-1000000}"
limit=(-runs="$runs")
[ -n "${FUZZ_SECONDS:-}" ] && limit=(-max_total_time="$FUZZ_SECONDS")

summary=()
failed=0
for target in "${targets[@]}"; do
  log="target/fuzz-$target.log"
  mkdir -p "fuzz/artifacts/$target"
  start=$(date +%s)
  if cargo fuzz run -O -s none "$target" "$corpus/$target" -- "${limit[@]}" -timeout=20 \
    -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1 >"$log" 2>&1; then
    result="ok"
  else
    result="FAILED (see $log and fuzz/artifacts/$target/)"
    failed=1
  fi
  done_line=$(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1 || true)
  executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1 || true)
  summary+=("$(printf '%-18s %10s executions in %4ss  %s' "$target" "${executions:-?}" "$(($(date +%s) - start))" "${result}${done_line:+ }")")
done
printf '%s\n' "${summary[@]}"
exit $failed
