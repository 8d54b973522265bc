#!/usr/bin/env bash
# The scan step of the GitHub Action (action.yml): the findings in the job log (text, grouped by file,
# coloured), the Markdown summary appended to $GITHUB_STEP_SUMMARY, and SARIF for code scanning, all from
# one scan (`--also sarif=FILE`). The exit code is passed on as the step output `exit-code` for the gate
# step, so the SARIF upload runs first.
# Inputs come as environment variables (never expanded into the script: no injection from a path).
set -uo pipefail
cli="${GITHUB_ACTION_PATH:?}/dist/cli.js"
out="${GITHUB_OUTPUT:?}"

set -f # paths are words, not globs
read -r -a paths <<< "${INPUT_PATHS:-.}"
set +f
[ "${#paths[@]}" -gt 0 ] || paths=(.)

args=(--fail-on "${INPUT_FAIL_ON:-high}")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")
[ -n "${INPUT_FRAMEWORKS:-}" ] && args+=(--framework "$INPUT_FRAMEWORKS")
[ -n "${INPUT_PLAN:-}" ] && args+=(--plan "$INPUT_PLAN")
summary=()
if [ "${INPUT_SUMMARY:-true}" = true ] && [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then summary=(--summary-md "$GITHUB_STEP_SUMMARY"); fi

# The cache (action.yml restores and saves $RUNNER_TEMP/iac-compliance-cache): one folder per set of paths and
# plan, so two uses of the action in a job keep apart; after the scans, what they did not use is deleted
# (a hit marks its entry), so the saved cache does not grow with every run.
cache_dir=""
if [ "${INPUT_CACHE:-false}" = true ] && [ -z "${INPUT_PLAN:-}" ]; then
  cache_dir="${RUNNER_TEMP:-/tmp}/iac-compliance-cache/$(printf '%s\n' "${INPUT_PATHS:-.}" | sha256sum | cut -c1-16)"
  mkdir -p "$cache_dir"
  marker="$(mktemp "${RUNNER_TEMP:-/tmp}/iac-compliance-scan-start.XXXXXX")"
  args+=(--cache "$cache_dir")
fi

also=()
sarif=""
if [ "${INPUT_UPLOAD_SARIF:-true}" = true ]; then
  sarif="${RUNNER_TEMP:-/tmp}/iac-compliance.sarif"
  rm -f "$sarif"
  also=(--also "sarif=$sarif")
fi

# GitHub's log renders colours but is not a terminal; NO_COLOR (if the workflow sets it) still wins.
FORCE_COLOR="${FORCE_COLOR:-1}" node "$cli" scan "${paths[@]}" "${args[@]}" "${summary[@]}" "${also[@]}"
code=$?
echo "exit-code=$code" >> "$out"

# A scan that could not run (exit 2 or 3) has no SARIF to upload.
if [ -n "$sarif" ] && [ "$code" -le 1 ] && [ -f "$sarif" ]; then echo "sarif-file=$sarif" >> "$out"; fi
if [ -n "$cache_dir" ]; then
  find "$cache_dir" -type f -name '*.bin' ! -newer "$marker" -delete
  rm -f "$marker"
fi
exit 0
