#!/usr/bin/env bash
# Rebuilds the dataset from the raw sources and fails if it differs from public/data.
# The raw sources live outside the repository, in ../shared/data/raw; without them the check is
# skipped (exit 0). Honours CARGO_TARGET_DIR like any cargo build.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sources="$root/../shared/data/raw"

if [ ! -d "$sources" ]; then
    echo "check-dataset: $sources not found; skipping the rebuild check."
    exit 0
fi

cd "$root"
cargo build --quiet --release -p careerlens-databuild
bin="${CARGO_TARGET_DIR:-$root/target}/release/databuild"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! "$bin" build --sources "$sources" --out "$tmp/data" 2>"$tmp/report.txt"; then
    cat "$tmp/report.txt" >&2
    echo "check-dataset: FAILED: the dataset build from $sources failed." >&2
    exit 1
fi

if ! diff -r "$tmp/data" public/data >"$tmp/diff.txt"; then
    head -n 40 "$tmp/diff.txt" >&2
    echo "check-dataset: FAILED: public/data differs from a fresh build of $sources." >&2
    echo "check-dataset: rebuild it with: databuild build --sources ../shared/data/raw --out public/data" >&2
    exit 1
fi
echo "check-dataset: public/data is byte-identical to a fresh build of $sources."
