// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, setFix, Unknown } from '../../api';

/** 90 days in seconds: CIS's longest rotation period. */
const MAX_SECONDS = 90 * 24 * 3600;

/** `"7776000s"` → 7776000; null when the text is not a duration in seconds. */
function durationSeconds(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)s\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

export default defineCatalogRule({
  kind: 'gcp.kms.crypto-key',
  meta: {
    id: 'GCP-KMS-002',
    name: 'kms-key-rotation-90-days',
    title: 'Cloud KMS keys rotate at least every 90 days',
    severity: 'medium',
    description:
      'Every symmetric `google_kms_crypto_key` (`purpose` `ENCRYPT_DECRYPT`, the default) sets `rotation_period` to at most `"7776000s"` (90 days). Asymmetric and MAC keys cannot rotate automatically and are not judged.',
    rationale:
      'Rotation bounds how much data one key version protects and how long a leaked version stays useful. Cloud KMS keeps old versions for decryption, so rotating costs nothing to readers of existing data.',
    remediation:
      'Set `rotation_period = "7776000s"` (or shorter) on the key. The quick fix writes 90 days; it is safe, since data encrypted with earlier versions stays readable.',
    links: ['https://cloud.google.com/kms/docs/key-rotation', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/kms_crypto_key#rotation_period'],
    ...byConcept('encryption-at-rest-customer-key', { cis: { 'cis-gcp-5.0.0': ['1.11'] }, remark: 'Key rotation is part of managing a customer key.' }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_kms_crypto_key'] },
    fix: 'safe',
  },
  check(key, ctx) {
    const purpose = key.attrs.purpose;
    if (purpose.value instanceof Unknown) {
      ctx.cannotVerify(purpose, purpose.value, 'whether the key can rotate automatically (its purpose)');
      return;
    }
    if (purpose.value !== 'ENCRYPT_DECRYPT') return;
    const period = key.attrs.rotationPeriod;
    const fixes = setFix('rotate-90-days', 'Rotate every 90 days', 'safe', [period, lit(`${MAX_SECONDS}s`)]);
    if (period.value instanceof Unknown) {
      ctx.cannotVerify(period, period.value, 'the key rotation period');
      return;
    }
    if (!period.present || period.value === undefined || period.value === '') {
      ctx.report(period, 'The key has no `rotation_period`, so it is never rotated automatically.', { fixes });
      return;
    }
    const seconds = durationSeconds(period.value);
    if (seconds === null) {
      ctx.report(period, `\`rotation_period\` "${period.value}" is not a duration in seconds (like "7776000s").`, { fixes });
      return;
    }
    if (seconds > MAX_SECONDS) ctx.report(period, `The key rotates every ${Math.round((seconds / 86400) * 10) / 10} days, longer than 90.`, { fixes });
  },
});
