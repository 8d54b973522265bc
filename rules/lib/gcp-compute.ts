// SPDX-License-Identifier: Apache-2.0
// Compute Engine service accounts (CIS GCP 4.1, 4.2): which account a VM runs as. A `service_account`
// block without `email` takes the project's default compute account; so does an email of the form
// `<project-number>-compute@developer.gserviceaccount.com` or one read from the
// `google_compute_default_service_account` data source. No block at all: the VM has no service account.

import { Unknown } from '../api';
import type { Attr } from '../api';

const DEFAULT_EMAIL = /^\d+-compute@developer\.gserviceaccount\.com$/i;

/** Yes, no, or unknown: whether the account is the default compute service account. */
export function isDefaultAccount(email: Attr<unknown>): boolean | Unknown {
  if (!email.present) return true;
  const v = email.value;
  if (v instanceof Unknown) {
    if (v.ref.kind === 'data' && v.ref.address.includes('google_compute_default_service_account')) return true;
    // The email of a service account this configuration creates is a dedicated account.
    if (v.ref.kind === 'resource' && v.ref.address.startsWith('google_service_account.')) return false;
    return v;
  }
  return typeof v === 'string' && (DEFAULT_EMAIL.test(v.trim()) || v.trim().toLowerCase() === 'default');
}

/** The scope that gives a VM's account every Cloud API (only its IAM roles limit it then). */
export function isFullAccessScope(scope: string): boolean {
  const s = scope.trim().toLowerCase();
  return s === 'cloud-platform' || s === 'https://www.googleapis.com/auth/cloud-platform';
}

/** Compute Engine's own default scopes, which the quick fix of 4.2 writes in place of `cloud-platform`. */
export const DEFAULT_SCOPES = [
  'https://www.googleapis.com/auth/devstorage.read_only',
  'https://www.googleapis.com/auth/logging.write',
  'https://www.googleapis.com/auth/monitoring.write',
  'https://www.googleapis.com/auth/service.management.readonly',
  'https://www.googleapis.com/auth/servicecontrol',
  'https://www.googleapis.com/auth/trace.append',
];
