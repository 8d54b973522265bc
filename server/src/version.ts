// SPDX-License-Identifier: Apache-2.0
// The product version, injected by esbuild from package.json (`dev` when running unbundled, in tests).

declare const IAC_COMPLIANCE_VERSION: string | undefined;

export const VERSION: string = typeof IAC_COMPLIANCE_VERSION === 'string' ? IAC_COMPLIANCE_VERSION : 'dev';
export const TOOL_NAME = 'iac-compliance';
