#!/usr/bin/env bash
# Prints the size of the built app, the islands of a prerendered page and the embeddable card (raw,
# gzip -9, brotli -q 11) and fails if one exceeds its budget, so growth is a decision rather than
# an accident (see docs/performance.md).
set -euo pipefail
dist="${1:-dist}"
WASM_GZIP_BUDGET=880000
# The islands' wasm, all a prerendered profile, the home page or the methodology page loads of
# the program: issue 11's wasm budget.
ISLANDS_BROTLI_BUDGET=250000
# The card: its script, glue and wasm, brotli; and an outlook card's whole transfer, with the
# largest detail chunk it could fetch.
WIDGET_BROTLI_BUDGET=200000
OUTLOOK_CARD_BROTLI_BUDGET=250000

brotli_size() {
  node -e 'const z=require("zlib");const b=require("fs").readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"
}

printf '%-38s %10s %10s %10s\n' file raw gzip brotli
for file in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css; do
  [ -e "$file" ] || continue
  printf '%-38s %10d %10d %10d\n' "$(basename "$file")" "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)" "$(brotli_size "$file")"
done

wasm_gzip=$(gzip -9 -c "$dist"/*.wasm | wc -c)
echo "wasm: $wasm_gzip of $WASM_GZIP_BUDGET bytes gzip budget"

islands_wasm=("$dist"/islands/careerlens_islands-*_bg.wasm)
islands_brotli=$(brotli_size "${islands_wasm[0]}")
printf '%-38s %10d %10d %10d\n' "islands/$(basename "${islands_wasm[0]}")" "$(wc -c <"${islands_wasm[0]}")" "$(gzip -9 -c "${islands_wasm[0]}" | wc -c)" "$islands_brotli"
echo "islands: $islands_brotli of $ISLANDS_BROTLI_BUDGET bytes brotli budget"

widget_files=("$dist/widget.js" "$dist/widget/careerlens_card.js" "$dist/widget/careerlens_card_bg.wasm")
widget_brotli=0
for file in "${widget_files[@]}"; do
  size=$(brotli_size "$file")
  printf '%-38s %10d %10d %10d\n' "${file#"$dist"/}" "$(wc -c <"$file")" "$(gzip -9 -c "$file" | wc -c)" "$size"
  widget_brotli=$((widget_brotli + size))
done
largest_chunk=$(ls -S "$dist"/data/occupations/*.json | awk 'NR == 1')
chunk_brotli=$(brotli_size "$largest_chunk")
card_brotli=$((widget_brotli + chunk_brotli))
echo "card: widget $widget_brotli of $WIDGET_BROTLI_BUDGET bytes brotli budget; outlook card with the largest chunk ($(basename "$largest_chunk"), $chunk_brotli) $card_brotli of $OUTLOOK_CARD_BROTLI_BUDGET"
over=0
if [ "$wasm_gzip" -gt "$WASM_GZIP_BUDGET" ]; then
  echo "size-report: the wasm is $wasm_gzip bytes gzip, over its budget of $WASM_GZIP_BUDGET." >&2
  over=1
fi
if [ "$islands_brotli" -gt "$ISLANDS_BROTLI_BUDGET" ]; then
  echo "size-report: the islands' wasm is $islands_brotli bytes brotli, over its budget of $ISLANDS_BROTLI_BUDGET." >&2
  over=1
fi
if [ "$widget_brotli" -gt "$WIDGET_BROTLI_BUDGET" ] || [ "$card_brotli" -gt "$OUTLOOK_CARD_BROTLI_BUDGET" ]; then
  echo "size-report: the embeddable card is over its budget." >&2
  over=1
fi
exit "$over"
