#!/usr/bin/env bash
# Installs every tool CareerLens needs to build and test, skipping what is already present.
# Idempotent: on a warm machine it only checks versions and returns in seconds.
# Only package registries are used (crates.io, npm, Debian); nothing downloads a binary directly.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION_REQ='~0.21'
# Must equal the `wasm-bindgen` version pinned with `=` in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  # trunk 0.22 needs a newer rustc than the machines have; --locked keeps its dependencies as released.
  say "installing trunk $TRUNK_VERSION_REQ (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION_REQ" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  # Without --locked: one locked dependency of the CLI is missing from the registry mirror.
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/@playwright/test ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm dev dependencies (binaryen, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "toolchain ready: $(trunk --version), $(wasm-bindgen --version), $(node_modules/.bin/wasm-opt --version | head -1), $(chromium --version 2>/dev/null)"
