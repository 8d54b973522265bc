// SPDX-License-Identifier: Apache-2.0
import { catalogOf, defineCatalogRule, lit, setFix, Unknown } from '../../api';
import type { CatalogResource } from '../../api';
import { ACCESS_KEY_KIND, bySource, userOf } from '../../lib/iam-users';

export default defineCatalogRule({
  kind: ACCESS_KEY_KIND,
  meta: {
    id: 'AWS-IAM-012',
    name: 'iam-one-active-access-key-per-user',
    title: 'No IAM user gets more than one active access key in the same code',
    severity: 'low',
    description:
      'Partial check: the active access keys (`aws_iam_access_key`, `AWS::IAM::AccessKey`, `status`/`Status` absent or `Active`) declared for one user are counted, instances of `count`/`for_each` included; every key after the first is flagged. Keys are matched through the user they name (the same declared user, the same literal name or the same input). Keys created in the console or by other code are invisible here, so a pass does not prove the user has one key.',
    rationale:
      'Two active keys are normal only for the minutes of a rotation. Left in place, the second key doubles what can leak, and nobody can say which one a script uses, so neither gets revoked. One active key per user keeps ownership and rotation clear.',
    remediation:
      'Keep one active key per user. During a rotation, create the new key, move its users over, then set the old key\'s `status` / `Status` to `Inactive` and delete it. The quick fix deactivates the extra key (unsafe: anything that still uses it stops working).',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console'],
    frameworks: {
      'cis-aws-5.0.0': ['1.12'],
      'cis-aws-3.0.0': ['1.13'],
      'cis-aws-1.4.0': ['1.13'],
      'soc2-2017': ['CC6.1', 'CC6.2'],
      'nist-800-53-r5': ['AC-2', 'IA-5'],
      'nist-csf-2.0': ['PR.AA-01'],
    },
    levels: { 'cis-aws-5.0.0': 1, 'cis-aws-3.0.0': 1, 'cis-aws-1.4.0': 1 },
    mappingNote: 'SOC 2, NIST and CSF ids chosen by control concept (credential management); the reference maps list none for this recommendation in v5.0.0.',
    resourceTypes: { terraform: ['aws_iam_access_key'], cloudformation: ['AWS::IAM::AccessKey'] },
    fix: 'unsafe',
  },
  check(key, ctx) {
    const status = key.attrs.status;
    if (status.value === 'Inactive') return;
    const user = userOf(ctx.model, key.platform, key.attrs.user.value);
    if (user === null || user instanceof Unknown) return;
    // The user's other keys that are (or may be) active, in source order.
    const active: CatalogResource[] = [];
    const maybe: CatalogResource[] = [];
    for (const k of catalogOf(ctx.model, ACCESS_KEY_KIND).filter((r) => r.platform === key.platform).sort(bySource)) {
      const s = k.attrs.status.value;
      if (s === 'Inactive' || (typeof s === 'string' && s !== 'Active')) continue;
      const who = userOf(ctx.model, k.platform, k.attrs.user.value);
      if (who === null || who instanceof Unknown || who.key !== user.key) continue;
      (s instanceof Unknown ? maybe : active).push(k);
    }
    if (status.value instanceof Unknown) {
      if (active.length > 0) ctx.cannotVerify(status, status.value, `whether this second access key of ${user.label} is active`);
      return;
    }
    const index = active.indexOf(key);
    if (index <= 0) return;
    // One block with `count`/`for_each` is several keys: a fix on the block would deactivate all of them.
    const instance = /\]$/.test(key.address);
    ctx.report(status, `${user.label} already has an active access key (${active[0]!.address}); this is active key ${index + 1} of ${active.length} for the same user.${instance ? ' The keys come from one block with count or for_each: reduce it to one instance.' : ''}`, {
      fixes: instance ? [] : setFix('deactivate-key', 'Deactivate this extra access key (anything using it stops working)', 'unsafe', [status, lit('Inactive')]),
    });
  },
});
