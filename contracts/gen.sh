#!/usr/bin/env bash
# gen.sh [ROOT] compiles the contracts and generates their Go bindings under ROOT (default: the repository), at
# the same relative paths as the committed files, so `make check` can generate into a scratch directory and diff.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
root=${1:-$repo}

node "$here/compile.js" "$root/contracts/out" >/dev/null
mkdir -p "$root/internal/chain" "$root/internal/gasreport"
cd "$repo"
go tool abigen --v2 --abi "$root/contracts/out/Pedigree.abi" --bin "$root/contracts/out/Pedigree.bin" \
	--pkg chain --type Pedigree --out "$root/internal/chain/pedigree_abigen.go"
go tool abigen --v2 --abi "$root/contracts/out/ReferenceBatch.abi" --bin "$root/contracts/out/ReferenceBatch.bin" \
	--pkg gasreport --type ReferenceBatch --out "$root/internal/gasreport/reference_abigen.go"
