// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { show } from '../../lib/checks';

const ENCRYPTED = new Set(['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED']);

export default defineCatalogRule({
  kind: 'gcp.sql.instance',
  meta: gcpMeta({
    id: 'GCP-SQL-018',
    name: 'sql-require-tls',
    cis: ['6.4'],
    level: 1,
    concept: 'encryption-in-transit',
    title: 'Cloud SQL instances accept only encrypted connections',
    severity: 'high',
    description:
      '`google_sql_database_instance` resources set `settings.ip_configuration.ssl_mode` to `ENCRYPTED_ONLY` or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED`. Without it Cloud SQL uses `ALLOW_UNENCRYPTED_AND_ENCRYPTED`. Modules written for google provider 4.x/5.x may still use `require_ssl = true` (removed in 6.0), which is read as `TRUSTED_CLIENT_CERTIFICATE_REQUIRED` when `ssl_mode` is not written.',
    rationale:
      'A database that accepts plain connections lets credentials and query results cross the network readable by anyone on the path, including inside a VPC after one host is compromised; requiring TLS closes that, whatever the client asks for.',
    remediation:
      'Set `ssl_mode = "ENCRYPTED_ONLY"` in `ip_configuration` (or `TRUSTED_CLIENT_CERTIFICATE_REQUIRED` to also require client certificates). The quick fix writes `ENCRYPTED_ONLY`; it is unsafe because clients that connect without TLS stop working (the Cloud SQL Auth Proxy and connectors use TLS already).',
    links: ['https://cloud.google.com/sql/docs/mysql/configure-ssl-instance', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#ssl_mode'],
    terraform: ['google_sql_database_instance'],
    fix: 'unsafe',
  }),
  check(sql, ctx) {
    const mode = sql.attrs.sslMode;
    if (mode.value instanceof Unknown) {
      ctx.cannotVerify(mode, mode.value, 'which connections the instance accepts (ssl_mode)');
      return;
    }
    if (typeof mode.value === 'string' && ENCRYPTED.has(mode.value)) return;
    if (!mode.present) {
      const legacy = sql.attrs.requireSsl;
      if (legacy.value instanceof Unknown) {
        ctx.cannotVerify(legacy, legacy.value, 'whether the instance requires TLS (require_ssl)');
        return;
      }
      if (legacy.value === true) return;
    }
    const legacy = sql.attrs.requireSsl;
    const message = mode.present
      ? `The instance's \`ssl_mode\` is ${show(mode.value)}, so it accepts unencrypted connections.`
      : legacy.present
        ? 'The instance sets `require_ssl = false` and no `ssl_mode`, so it accepts unencrypted connections.'
        : 'The instance sets no `ssl_mode`, so it accepts unencrypted connections.';
    ctx.report(mode.present || !legacy.present ? mode : legacy, message, { fixes: setFix('encrypted-only', 'Accept encrypted connections only', 'unsafe', [mode, lit('ENCRYPTED_ONLY')]) });
  },
});
