# The two commands of the README. Each runs scripts/setup.sh first, so a fresh machine needs nothing else.
.PHONY: serve test

# Build the app and serve it at http://127.0.0.1:8080
serve:
	scripts/setup.sh
	PATH="$(CURDIR)/node_modules/.bin:$$PATH" trunk serve --release

# Run every check CI runs: format, clippy, native and browser tests, release build, end-to-end tests.
test:
	scripts/test.sh
