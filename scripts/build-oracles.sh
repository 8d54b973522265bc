#!/usr/bin/env bash
# Builds the HCL test oracles (test tooling only, never shipped) into OUTDIR:
#   OUTDIR/hcl-oracle        HashiCorp's hclsyntax as a one-file CLI (../shared/tools/hcl-oracle, via its build.sh)
#   OUTDIR/hcl-oracle-batch  the same parser over a stream of texts (scripts/oracle-batch/main.go)
# Usage: scripts/build-oracles.sh OUTDIR [hcl-oracle|hcl-oracle-batch ...]   (default: both)
# Offline: GO111MODULE=off against Debian's golang-github-hashicorp-hcl-v2-dev, installed with apt-get
# (as root) when missing, like the shared build.sh does.
set -euo pipefail
outdir=${1:?usage: build-oracles.sh OUTDIR [hcl-oracle|hcl-oracle-batch ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(hcl-oracle hcl-oracle-batch)
repo=$(cd "$(dirname "$0")/.." && pwd)
shared_build="$repo/../shared/tools/hcl-oracle/build.sh"
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)

ensure_packages() {
  local pkgs=()
  dpkg -s golang-github-hashicorp-hcl-v2-dev >/dev/null 2>&1 || pkgs+=(golang-github-hashicorp-hcl-v2-dev)
  command -v go >/dev/null 2>&1 || pkgs+=(golang-go)
  if [ ${#pkgs[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
  fi
}

build_batch() {
  ensure_packages
  local work
  work=$(mktemp -d)
  # shellcheck disable=SC2064 # expand now: $work is local
  trap "rm -rf '$work'" RETURN
  cp "$repo/scripts/oracle-batch/main.go" "$work/"
  (cd "$work" && GO111MODULE=off GOPATH=/usr/share/gocode GOCACHE="$work/.gocache" go build -o hcl-oracle-batch .)
  cp "$work/hcl-oracle-batch" "$outdir/hcl-oracle-batch.tmp"
  mv "$outdir/hcl-oracle-batch.tmp" "$outdir/hcl-oracle-batch" # atomic: a concurrent test never sees half a binary
  echo "built $outdir/hcl-oracle-batch"
}

for t in "${targets[@]}"; do
  case "$t" in
    hcl-oracle) bash "$shared_build" "$outdir/hcl-oracle" ;;
    hcl-oracle-batch) build_batch ;;
    *) echo "build-oracles.sh: unknown target $t" >&2; exit 2 ;;
  esac
done
