#!/usr/bin/env bash
# Prints the size of the built wasm (raw, gzip -9, brotli -q 11) and of the other shipped assets.
set -euo pipefail
dist="${1:-dist}"
brotli_size() { node -e 'const z=require("zlib");const b=require("fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"; }
printf '%-34s %10s %10s %10s\n' file raw gzip brotli
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$file" ] || continue
  printf '%-34s %10d %10d %10d\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)" "$(brotli_size "$file")"
done
