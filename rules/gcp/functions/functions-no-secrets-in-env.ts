// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, isObjectValue, Unknown } from '../../api';
import type { Attr, Value } from '../../api';
import { findSecrets } from '../../lib/secret-values';

/** Variable names that usually hold a secret. */
const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|private_?key|credential|auth_?key|access_?key|client_?secret|conn(ection)?_?str(ing)?)/i;

export default defineCatalogRule({
  kind: 'gcp.functions.function',
  meta: {
    id: 'GCP-FUNCTIONS-001',
    name: 'functions-no-secrets-in-env',
    title: 'Cloud Functions take secrets from Secret Manager, not environment variables',
    severity: 'high',
    description:
      'No environment variable of a Cloud Function (`environment_variables` and `build_environment_variables` of `google_cloudfunctions_function`; `service_config`/`build_config` `environment_variables` of `google_cloudfunctions2_function`) holds a literal that looks like a secret: a value of a known credential shape, or a non-empty value under a name such as `*_PASSWORD`, `*_TOKEN`, `API_KEY`, `*_SECRET`. Values that are references or unknown are not judged (they are not written in the code); use `secret_environment_variables` for secrets. CIS GCP 1.18 is a manual recommendation: this is its static part.',
    rationale:
      'Environment variables are shown in the console and API to everyone who can view the function, copied into every revision, and kept in Terraform code and state. Secret Manager keeps the value out of all of those and records who reads it.',
    remediation:
      'Store the value in Secret Manager and reference it with `secret_environment_variables { key = "DB_PASSWORD" secret = google_secret_manager_secret.db.secret_id version = "latest" }` (1st gen) or `service_config { secret_environment_variables { ... } }` (2nd gen), then rotate the exposed secret. No quick fix: the secret has to be moved by hand.',
    links: ['https://cloud.google.com/functions/docs/configuring/secrets', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/cloudfunctions2_function#secret_environment_variables'],
    ...byConcept('secrets-in-code', { cis: { 'cis-gcp-5.0.0': ['1.18'] } }),
    levels: { 'cis-gcp-5.0.0': 1 },
    resourceTypes: { terraform: ['google_cloudfunctions_function', 'google_cloudfunctions2_function'] },
    fix: 'none',
  },
  check(fn, ctx) {
    const { environment, buildEnvironment, serviceEnvironment, buildConfigEnvironment } = fn.attrs;
    for (const attr of [environment, buildEnvironment, serviceEnvironment, buildConfigEnvironment] as Attr<Value>[]) {
      const v = attr.value;
      if (!attr.present || v instanceof Unknown || !isObjectValue(v)) continue;
      for (const [name, value] of Object.entries(v)) {
        if (typeof value !== 'string' || value === '') continue;
        const shaped = findSecrets(value, '', name);
        if (shaped.length > 0) {
          ctx.report(attr, `Environment variable \`${name}\` holds ${shaped[0]!.kind} (${shaped[0]!.masked}) in plain text.`, { secret: true });
        } else if (SECRET_NAME.test(name)) {
          ctx.report(attr, `Environment variable \`${name}\` looks like a secret and is written as a literal (${value.length} characters): anyone who can view the function sees it.`, { secret: true });
        }
      }
    }
  },
});
