// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule, lit, setFix, Unknown } from '../../api';
import { gcpMeta } from '../../lib/gcp';
import { show } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'gcp.appengine.version',
  meta: gcpMeta({
    id: 'GCP-APPENGINE-001',
    name: 'appengine-https-only',
    cis: ['4.10'],
    level: 2,
    concept: 'encryption-in-transit',
    title: 'App Engine versions redirect every request to HTTPS',
    severity: 'medium',
    description:
      'Every `handlers` block of `google_app_engine_standard_app_version` and `google_app_engine_flexible_app_version` sets `security_level = "SECURE_ALWAYS"`. Other values (`SECURE_OPTIONAL`, `SECURE_NEVER`, `SECURE_DEFAULT`) or no value serve plain HTTP. A version with no `handlers` at all takes its URL handling from the deployed app, which code does not show, and is reported with no fix. The names are the same in the google and google-beta providers.',
    rationale:
      'An app that answers over plain HTTP sends cookies, tokens and form data readable and changeable by anyone on the path. With `SECURE_ALWAYS` App Engine redirects HTTP requests to HTTPS before the app sees them.',
    remediation:
      'Set `security_level = "SECURE_ALWAYS"` in each handler (and add a catch-all handler with it when the version defines none). The quick fix writes it on existing handlers; it is unsafe because clients that cannot follow a redirect to HTTPS stop working.',
    links: ['https://cloud.google.com/appengine/docs/standard/reference/app-yaml#handlers_element', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/app_engine_standard_app_version#security_level'],
    terraform: ['google_app_engine_standard_app_version', 'google_app_engine_flexible_app_version'],
    fix: 'unsafe',
  }),
  check(version, ctx) {
    const handlers = version.lists.handlers;
    if (handlers.unknown) {
      ctx.cannotVerify(version, handlers.unknown, 'whether every handler requires HTTPS');
      return;
    }
    if (handlers.items.length === 0) {
      ctx.report(version, 'The version declares no `handlers`, so nothing in the code makes it redirect HTTP requests to HTTPS.', {});
      return;
    }
    for (const h of handlers.items) {
      const level = h.attrs.securityLevel;
      if (level.value instanceof Unknown) {
        ctx.cannotVerify(level, level.value, 'whether the handler requires HTTPS');
        continue;
      }
      if (level.value === 'SECURE_ALWAYS') continue;
      const url = typeof h.attrs.urlRegex.value === 'string' ? ` for ${show(h.attrs.urlRegex.value)}` : '';
      const message = level.present ? `The handler${url} has \`security_level\` ${show(level.value)}, so it serves plain HTTP.` : `The handler${url} sets no \`security_level\`, so it serves plain HTTP.`;
      ctx.report(level, message, { fixes: setFix('https', 'Redirect to HTTPS', 'unsafe', [level, lit('SECURE_ALWAYS')]) });
    }
  },
});
