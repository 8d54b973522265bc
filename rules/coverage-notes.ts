// SPDX-License-Identifier: Apache-2.0
// Why a CIS AWS v5.0.0 recommendation marked checkable (yes/partly) in the reference data has no rule:
// a static check of infrastructure code cannot decide it. docs/coverage.md is generated from this and
// the rules' mappings; a recommendation with neither a rule nor a note shows as "not covered yet".

export const CIS_AWS_5_NOT_STATIC: Record<string, string> = {};
