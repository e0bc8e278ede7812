#!/usr/bin/env bash
# Rebuilds crates/runtime/vendor/zod.js: zod (MIT, https://github.com/colinhacks/zod) as one
# CommonJS module, bundled by our own `nango compile` from the npm package, for the runtime's
# `require("zod")`. Bundles made by Nango's own CLI (0.71 line) keep zod external and expect the
# runner to provide it; ours bundle it, so only those need this.
#
#   scripts/vendor-zod.sh [zod version, default 4.3.6]
set -euo pipefail
version=${1:-4.3.6}
here=$(cd "$(dirname "$0")/.." && pwd)
nango=${NANGO_BIN:-$here/target/debug/nango}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm install --prefix "$work" --no-audit --no-fund --no-save --loglevel=error "zod@$version" >&2
mkdir -p "$work/lib/actions"
printf 'integrations:\n  lib:\n    actions:\n      zod:\n        description: zod\n        output: boolean\n' > "$work/nango.yaml"
printf "export * from 'zod';\nexport default async function runAction() { return true; }\n" > "$work/lib/actions/zod.ts"
(cd "$work" && "$nango" compile --no-typecheck >&2)
{
  printf '// zod %s (MIT License, Copyright (c) 2025 Colin McDonnell), bundled by scripts/vendor-zod.sh.\n' "$version"
  grep -v '^//# sourceMappingURL=' "$work/dist/zod-lib.js"
} > "$here/crates/runtime/vendor/zod.js"
cp "$work/node_modules/zod/LICENSE" "$here/crates/runtime/vendor/zod.LICENSE"
echo "crates/runtime/vendor/zod.js: $(wc -c < "$here/crates/runtime/vendor/zod.js") bytes (zod $version)" >&2
