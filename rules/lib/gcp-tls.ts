// SPDX-License-Identifier: Apache-2.0
// Google Cloud load balancer SSL policies (CIS GCP 3.11): what a policy allows.

/** Cipher suites without forward secrecy or with 3DES, which a CUSTOM policy must not enable. */
export const WEAK_FEATURES = new Set(['TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_RSA_WITH_AES_256_CBC_SHA', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA']);

export const STRONG_MIN_TLS = new Set(['TLS_1_2', 'TLS_1_3']);
