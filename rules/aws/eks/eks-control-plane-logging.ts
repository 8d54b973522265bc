// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, isObjectValue, list, lit, obj, setFix, Unknown } from '../../api';
import type { Value } from '../../api';

const REQUIRED = ['api', 'audit', 'authenticator'];

/** A log type of the list: a string (Terraform) or a `{Type: ...}` map (CloudFormation). */
function typeOf(v: Value): string | Unknown | null {
  if (v instanceof Unknown) return v;
  if (typeof v === 'string') return v;
  if (isObjectValue(v)) {
    const t = v['Type'];
    if (t instanceof Unknown) return t;
    return typeof t === 'string' ? t : null;
  }
  return null;
}

export default defineCatalogRule({
  kind: 'aws.eks.cluster',
  meta: {
    id: 'AWS-EKS-002',
    name: 'eks-control-plane-logging',
    title: 'EKS clusters log API, audit and authenticator events',
    severity: 'medium',
    description: 'EKS clusters send at least the `api`, `audit` and `authenticator` control plane logs to CloudWatch Logs. No control plane logs are sent by default.',
    rationale:
      'The audit log records who did what through the Kubernetes API, the authenticator log which IAM identity became which Kubernetes user. Together with the API server log they are the only record of control plane activity, and cannot be obtained after the fact.',
    remediation:
      'Terraform: set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (add `controllerManager` and `scheduler` if wanted). CloudFormation: set `Logging.ClusterLogging.EnabledTypes` to `- Type: api`, `- Type: audit`, `- Type: authenticator`. Enabling logs only adds CloudWatch cost, so the quick fix is safe.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html'],
    ...byConcept('audit-logging'),
    levels: {},
    resourceTypes: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
    aliases: { checkov: ['CKV_AWS_37'], trivy: ['AVD-AWS-0038'], tfsec: ['aws-eks-enable-control-plane-logging'] },
    fix: 'safe',
  },
  check(cluster, ctx) {
    const attr = cluster.attrs.logTypes;
    const raw = attr.raw;
    if (raw instanceof Unknown) {
      ctx.cannotVerify(attr, raw, 'which control plane logs are enabled');
      return;
    }
    const items = attr.present && Array.isArray(raw) ? raw : [];
    const have: string[] = [];
    for (const item of items) {
      const t = typeOf(item);
      if (t instanceof Unknown) {
        ctx.cannotVerify(attr, t, 'which control plane logs are enabled');
        return;
      }
      if (t !== null) have.push(t);
    }
    const missing = REQUIRED.filter((r) => !have.includes(r));
    if (missing.length === 0) return;
    const all = [...have, ...missing];
    const value = cluster.platform === 'terraform' ? list(...all.map((t) => lit(t))) : list(...all.map((t) => obj(['Type', lit(t)])));
    const fixes = setFix('enable-logs', `Enable ${missing.join(', ')} logs`, 'safe', [attr, value]);
    ctx.report(attr, attr.present ? `Control plane logging does not include ${missing.join(', ')}.` : 'No control plane logs are enabled for this cluster.', { fixes });
  },
});
