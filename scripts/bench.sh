#!/usr/bin/env bash
# `make bench`: the page-load benchmark of docs/performance.md on the release site.
#   1. bench/page-load.mjs: cold loads in headless Chromium on Lighthouse's mobile profile, the
#      CISO profile, the home page and the assessment page against a static floor page;
#   2. Lighthouse 12.2.3 (mobile; 13.x needs Node 22) on the same three pages.
# Lighthouse is installed on first use into bench/.lighthouse, not by setup.sh: only this
# command needs it. A benchmark asserts nothing; it prints figures for docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
port="${BENCH_PORT:-4190}"

scripts/build-site.sh dist
node bench/page-load.mjs dist

lighthouse="bench/.lighthouse/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ]; then
  npm install --no-save --no-audit --no-fund --prefix bench/.lighthouse lighthouse@12.2.3
fi
reports=$(mktemp -d)
node e2e/serve.mjs dist "$port" > /dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$reports"' EXIT
# It compresses the large files before it listens.
until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.5; done
for path in /occupation/chief-ict-security-officer / /assessment; do
  name=$(echo "$path" | tr -c 'a-z0-9\n' '_')
  CHROME_PATH=/usr/bin/chromium "$lighthouse" "http://127.0.0.1:$port$path" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output-path="$reports/$name.json" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu"
done
node bench/lighthouse-summary.mjs "$reports"/*.json
