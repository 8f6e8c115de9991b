#!/usr/bin/env bash
# Runs cargo-mutants on the model solutions: does every test suite notice
# when its solution is changed? The stubs do not compile, so the exercise
# package itself cannot be mutated; this script builds a scratch workspace
# with one package per solution (the shared harness beside them, where the
# solutions' `#[path = "../../support/harness.rs"]` finds it) and mutates
# the solutions only, never the harness.
#
# Usage: ./mutants.sh [SCRATCH_DIR]   (default: a new temporary folder)
# Needs cargo-mutants (`cargo install --locked cargo-mutants`). Exit status:
# cargo-mutants's own (0 when every viable mutant is caught).
set -euo pipefail
cd "$(dirname "$0")"

scratch=${1:-$(mktemp -d)}
mkdir -p "$scratch"
rm -rf "${scratch:?}/support"
cp -r support "$scratch/support"
members=()
for solution in solutions/*/*.rs; do
    name=$(basename "$solution" .rs)
    mkdir -p "$scratch/$name/src"
    cp "$solution" "$scratch/$name/src/main.rs"
    cat >"$scratch/$name/Cargo.toml" <<EOF
[package]
name = "${name//_/-}"
version = "0.1.0"
edition = "2024"
publish = false

[lints.rust]
unsafe_code = "deny"
EOF
    members+=("\"$name\"")
done
{
    echo "[workspace]"
    echo 'resolver = "3"'
    echo "members = [$(IFS=,; echo "${members[*]}")]"
} >"$scratch/Cargo.toml"

cd "$scratch"
echo "scratch workspace: $scratch"
exec cargo mutants --exclude 'support/*' -j 2
