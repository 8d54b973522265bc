// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, placeholder } from '../../api';

export default defineCatalogRule({
  kind: 'gcp.apikeys.key',
  meta: {
    id: 'GCP-APIKEYS-002',
    name: 'apikeys-restrict-apis',
    title: 'API keys are restricted to the APIs they are for',
    severity: 'medium',
    description:
      'Every `google_apikeys_key` lists at least one `restrictions { api_targets { service = ... } }`, so the key can call only those APIs.',
    rationale:
      'A key without API restrictions can call every API enabled in the project. Limiting it to the one or two services the application uses keeps a leaked map or translation key from reaching anything else.',
    remediation:
      'Add `restrictions { api_targets { service = "maps-backend.googleapis.com" } }` (one block per API the key needs). The quick fix adds one target with a variable for the service name (unsafe: other APIs stop accepting the key).',
    links: ['https://cloud.google.com/docs/authentication/api-keys#adding-api-restrictions', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/apikeys_key#api_targets'],
    ...byConcept('least-privilege', { cis: { 'cis-gcp-5.0.0': ['1.15'] } }),
    levels: { 'cis-gcp-5.0.0': 2 },
    resourceTypes: { terraform: ['google_apikeys_key'] },
    fix: 'unsafe',
  },
  check(key, ctx) {
    const targets = key.lists.apiTargets;
    if (targets.items.length > 0) return;
    if (targets.unknown) {
      ctx.cannotVerify(key, targets.unknown, 'which APIs the key may call');
      return;
    }
    const t = key.target;
    const name = key.address.replace(/\[.*\]$/, '').split('.').pop()!;
    const fixes =
      t.platform === 'terraform' && t.kind === 'block'
        ? [{ id: 'restrict-apis', title: 'Restrict the key to one API', safety: 'unsafe' as const, ops: [{ op: 'set' as const, location: { target: t, path: ['restrictions', 'api_targets', 'service'] }, value: placeholder(key, `${name}_api_service`, 'The API this key calls, e.g. maps-backend.googleapis.com') }] }]
        : [];
    ctx.report(key, 'The API key has no `api_targets`: it can call every API enabled in the project.', { fixes });
  },
});
