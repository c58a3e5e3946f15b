#!/usr/bin/env bash
# Builds the site CareerLens serves into DIST (default dist/), the one build that `make serve`,
# `make test` and the end-to-end tests use, so what is tested is what is served:
#   1. `trunk build --release`: the app, the embeddable card, the dataset, and, by trunk's
#      post-build hooks, the pages' CSP hashes and the iframe embed's page per occupation;
#   2. `databuild site`: sitemap.xml, robots.txt and an oEmbed file per occupation;
#   3. `prerender`: the home, browse, assessment and methodology pages and every profile as
#      complete HTML, rendered by the app's own components, with trunk's page kept as app.html
#      for every other address.
# CAREERLENS_ORIGIN is the address the site is served from, for the sitemap and the oEmbed files
# (default http://127.0.0.1:8080, where `make serve` serves it); set it when building for a host.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist="${1:-dist}"
origin="${CAREERLENS_ORIGIN:-http://127.0.0.1:8080}"

trunk build --release --dist "$dist"
cargo build --release --quiet -p careerlens-databuild --locked
"${CARGO_TARGET_DIR:-target}/release/databuild" site --data "$dist/data" --out "$dist" --origin "$origin"
cargo build --profile prerender --quiet --no-default-features --features ssr --bin prerender --locked
"${CARGO_TARGET_DIR:-target}/prerender/prerender" --dist "$dist" --origin "$origin"
