// SPDX-License-Identifier: Apache-2.0
// The product version, injected by esbuild from package.json (`dev` when running unbundled, in tests).

declare const IAC_COMPLIANCE_VERSION: string | undefined;

export const VERSION: string = typeof IAC_COMPLIANCE_VERSION === 'string' ? IAC_COMPLIANCE_VERSION : 'dev';
export const TOOL_NAME = 'iac-compliance';

declare const IAC_COMPLIANCE_BUILD: string | undefined;

/**
 * The build's id (esbuild.mjs; `dev` unbundled or in a watch build): what the scan cache is keyed on, so a
 * new build never reads results an older one cached (service/scan-cache.ts).
 */
export const BUILD_ID: string = typeof IAC_COMPLIANCE_BUILD === 'string' ? IAC_COMPLIANCE_BUILD : 'dev';
