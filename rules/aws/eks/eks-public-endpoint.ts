// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, lit, Unknown } from '../../api';
import { multiFix, opsFor } from '../../lib/catalog-fix';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export default defineCatalogRule({
  kind: 'aws.eks.cluster',
  meta: {
    id: 'AWS-EKS-001',
    name: 'eks-public-endpoint',
    title: 'EKS cluster API endpoints are not open to the whole internet',
    severity: 'high',
    description:
      'An EKS cluster either has no public API endpoint, or restricts it to listed CIDR ranges. A public endpoint without `public_access_cidrs` / `PublicAccessCidrs`, or with 0.0.0.0/0, fails; public access is on by default.',
    rationale:
      'The Kubernetes API server is the control point of every workload in the cluster. Reachable from anywhere, it is exposed to credential stuffing, token theft replay and any future API server vulnerability; limiting it to a private endpoint or known networks removes most of that attack surface.',
    remediation:
      'Terraform: in `vpc_config`, set `endpoint_private_access = true` and `endpoint_public_access = false`, or keep public access with `public_access_cidrs` listing your networks. CloudFormation: the same under `ResourcesVpcConfig` (`EndpointPrivateAccess`, `EndpointPublicAccess`, `PublicAccessCidrs`). The quick fix makes the endpoint private, which cuts off clients outside the VPC, so it is unsafe.',
    links: ['https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html'],
    ...byConcept('control-plane-exposure'),
    levels: {},
    resourceTypes: { terraform: ['aws_eks_cluster'], cloudformation: ['AWS::EKS::Cluster'] },
    aliases: { checkov: ['CKV_AWS_38'], trivy: ['AVD-AWS-0041'], tfsec: ['aws-eks-no-public-cluster-access-to-cidr'] },
    fix: 'unsafe',
  },
  check(cluster, ctx) {
    const pub = cluster.attrs.endpointPublicAccess;
    if (pub.value instanceof Unknown) {
      ctx.cannotVerify(pub, pub.value, 'whether the API endpoint is public');
      return;
    }
    if (pub.value === false) return;
    const cidrs = cluster.attrs.publicAccessCidrs;
    const fixes = multiFix('make-private', 'Make the API endpoint private', 'unsafe', [opsFor(cluster, 'endpointPrivateAccess', lit(true)), opsFor(cluster, 'endpointPublicAccess', lit(false))]);
    if (!cidrs.present) {
      ctx.report(pub, pub.present ? 'The cluster API endpoint is public and open to 0.0.0.0/0 (no public access CIDRs are set).' : 'The cluster API endpoint is public (the default) and open to 0.0.0.0/0.', { fixes });
      return;
    }
    const raw = cidrs.raw;
    if (raw instanceof Unknown) {
      ctx.cannotVerify(cidrs, raw, 'which networks can reach the API endpoint');
      return;
    }
    const list = Array.isArray(raw) ? raw : [raw];
    const unknown = list.find((c): c is Unknown => c instanceof Unknown);
    if (list.some((c) => typeof c === 'string' && OPEN.has(c.trim()))) {
      ctx.report(cidrs, 'The cluster API endpoint is public and open to the whole internet.', { fixes });
      return;
    }
    if (unknown) ctx.cannotVerify(cidrs, unknown, 'which networks can reach the API endpoint');
  },
});
