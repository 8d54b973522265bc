#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml) run through the pre-commit tool itself, on a temporary git
# repository: `repo: local` with the hook's own definition (entry, language, files, require_serial) and
# this repository's npm package (npm pack) as its only dependency, installed offline. Checks that a commit
# staging a file of a module with a violation is refused (the finding is in another file of that module),
# that files not staged are not scanned, that a staged CloudFormation template is judged, and that a clean
# commit passes. Usage: scripts/ci/pre-commit-check.sh [PRE_COMMIT_COMMAND] (default: pre-commit).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
pre_commit="${1:-pre-commit}"
work="$(mktemp -d)"
[ -n "${KEEP_WORK:-}" ] && echo "work folder: $work" || trap 'rm -rf "$work"' EXIT
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false npm_config_prefer_offline=true
export PRE_COMMIT_HOME="$work/pre-commit-home" NO_COLOR=1

[ -f "$repo/dist/cli.js" ] || (cd "$repo" && npm run build >/dev/null)
tgz="$(cd "$repo" && npm pack --ignore-scripts --silent --pack-destination "$work")"
tgz="$work/$tgz"

git init -q "$work/project"
cd "$work/project"
git config user.email ci@example.invalid
git config user.name ci
git config commit.gpgsign false

# The hook as .pre-commit-hooks.yaml defines it, as a local hook with the packed CLI as its dependency.
node -e '
  const { parse, stringify } = require(process.argv[1] + "/node_modules/yaml");
  const fs = require("fs");
  const hooks = parse(fs.readFileSync(process.argv[1] + "/.pre-commit-hooks.yaml", "utf8"));
  const hook = hooks.find((h) => h.id === "iac-compliance");
  delete hook.minimum_pre_commit_version;
  const config = { repos: [{ repo: "local", hooks: [{ ...hook, language_version: "system", additional_dependencies: [process.argv[2]], args: ["--fail-on", "high"] }] }] };
  fs.writeFileSync(".pre-commit-config.yaml", stringify(config));
' "$repo" "$tgz"

mkdir -p infra other
cat > infra/main.tf <<'TF'
resource "aws_cloudtrail" "main" {
  name                  = "main"
  s3_bucket_name        = "logs"
  is_multi_region_trail = false
}
TF
printf 'variable "region" {\n  default = "eu-west-1"\n}\n' > infra/variables.tf
printf 'resource "aws_security_group" "bad" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n' > other/bad.tf
printf '# notes\n' > README.md
git add .pre-commit-config.yaml README.md
git commit -q -m "initial" --no-verify
git add infra/main.tf other/bad.tf
git commit -q -m "infra" --no-verify
"$pre_commit" install >/dev/null

fail() { echo "pre-commit check FAILED: $*" >&2; exit 1; }

# 1. Staging only variables.tf: its module's main.tf has a high finding, so the commit is refused.
printf 'variable "region" {\n  default = "eu-west-2"\n}\n' > infra/variables.tf
git add infra/variables.tf
if git commit -q -m "change region" > "$work/out1.txt" 2>&1; then cat "$work/out1.txt"; fail "a commit touching a module with a high finding passed"; fi
grep -q 'infra/main.tf:4:3: high AWS-CLOUDTRAIL-001' "$work/out1.txt" || { cat "$work/out1.txt"; fail "the finding in infra/main.tf is not reported"; }
if grep -q 'other/bad.tf' "$work/out1.txt"; then cat "$work/out1.txt"; fail "a file that is not staged (other/bad.tf) was scanned"; fi

# 2. A staged CloudFormation template with a high finding is refused too, named.
git reset -q
printf 'Resources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n' > web.yaml
git add web.yaml
if git commit -q -m "template" > "$work/out2.txt" 2>&1; then cat "$work/out2.txt"; fail "a template with a high finding passed"; fi
grep -q '^web.yaml:' "$work/out2.txt" || { cat "$work/out2.txt"; fail "the template's finding is not reported"; }
git reset -q && rm web.yaml

# 3. Fixing the module makes the commit pass; a staged file the hook does not match (README) is not scanned.
sed -i 's/is_multi_region_trail = false/is_multi_region_trail = true/' infra/main.tf
printf '# notes, again\n' > README.md
git add infra/main.tf infra/variables.tf README.md
git commit -q -m "fixed" > "$work/out3.txt" 2>&1 || { cat "$work/out3.txt"; fail "a commit without high findings was refused"; }
grep -q 'iac-compliance.*Passed' "$work/out3.txt" || { cat "$work/out3.txt"; fail "the hook did not run on the fixed commit"; }

echo "pre-commit check passed ($("$pre_commit" --version))"
