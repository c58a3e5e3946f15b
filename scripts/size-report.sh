#!/usr/bin/env bash
# Prints the size of the built app (raw, gzip -9, brotli -q 11) and fails if the wasm exceeds its
# gzip budget, so growth is a decision rather than an accident (see docs/performance.md).
set -euo pipefail
dist="${1:-dist}"
WASM_GZIP_BUDGET=520000

brotli_size() {
  node -e 'const z=require("zlib");const b=require("fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"
}

printf '%-38s %10s %10s %10s\n' file raw gzip brotli
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$file" ] || continue
  printf '%-38s %10d %10d %10d\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)" "$(brotli_size "$file")"
done

wasm_gzip=$(gzip -9 -c "$dist"/*.wasm | wc -c)
if [ "$wasm_gzip" -gt "$WASM_GZIP_BUDGET" ]; then
  echo "size-report: the wasm is $wasm_gzip bytes gzip, over its budget of $WASM_GZIP_BUDGET." >&2
  exit 1
fi
echo "wasm: $wasm_gzip of $WASM_GZIP_BUDGET bytes gzip budget"
