# The two commands of the README. Each runs scripts/setup.sh first, so a fresh machine needs nothing else.
.PHONY: serve test bench

# Build the site and serve it at http://127.0.0.1:8080 as a static host would: the SPA
# fallback, compression and the hosting headers (e2e/serve.mjs).
serve:
	scripts/setup.sh
	scripts/build-site.sh dist
	node e2e/serve.mjs dist 8080

# Run every check CI runs: format, clippy, native and browser tests, release build, end-to-end tests.
test:
	scripts/test.sh

# Measure cold page loads on Lighthouse's mobile profile, and Lighthouse itself (docs/performance.md).
bench:
	scripts/setup.sh
	scripts/bench.sh
