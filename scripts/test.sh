#!/usr/bin/env bash
# Runs every CareerLens check, in order, stopping at the first failure. This is what CI runs.
# It installs what it needs first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
started=$SECONDS
# Every test runner's output is also kept here, for the closing count.
test_log=$(mktemp)
trap 'rm -f "$test_log"' EXIT

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "setup"
scripts/setup.sh

step "format"
cargo fmt --all --check

step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
# The prerenderer: the app's components built with Leptos's ssr feature, natively.
cargo clippy -p careerlens --no-default-features --features ssr --lib --bin prerender --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy -p careerlens --all-targets --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p careerlens --no-default-features --features hydrate --lib --bin careerlens --bin careerlens_islands --target wasm32-unknown-unknown --locked -- -D warnings
# The engine's criterion benches and property tests are native-only.
cargo clippy -p careerlens-engine --lib --tests --target wasm32-unknown-unknown --locked -- -D warnings

step "native tests"
cargo test --workspace --locked 2>&1 | tee -a "$test_log"

step "wasm tests in headless Chromium"
cargo test -p careerlens --target wasm32-unknown-unknown --test '*' --locked 2>&1 | tee -a "$test_log"

if [ -x scripts/check-dataset.sh ]; then
  step "dataset is reproducible from the raw sources"
  scripts/check-dataset.sh
fi

step "release build of the site"
# The end-to-end tests also check the assessment against `databuild items` and `databuild fit`.
cargo build --release -p careerlens-databuild --locked
scripts/build-site.sh dist

step "two site builds from the same sources are byte-identical"
again=$(mktemp -d)
scripts/build-site.sh "$again/dist" > /dev/null
diff -r -q dist "$again/dist"
rm -rf "$again"

step "end-to-end tests (Playwright, axe-core) against the release build"
npx playwright test 2>&1 | tee -a "$test_log"

step "size report"
scripts/size-report.sh dist

printf '\nAll checks passed in %dm%02ds.\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60))
# Any failure stopped the script above, so every counted test passed.
rust_tests=$(grep -oE 'test result: ok\. [0-9]+ passed' "$test_log" | awk '{sum += $4} END {print sum + 0}')
e2e_tests=$(grep -oE '^ *[0-9]+ passed \(' "$test_log" | awk '{sum += $1} END {print sum + 0}')
printf 'tests: %d passed, 0 failed\n' $((rust_tests + e2e_tests))
