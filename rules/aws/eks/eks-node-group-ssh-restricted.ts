// SPDX-License-Identifier: Apache-2.0
import { byConcept, defineCatalogRule, list, placeholder, setFix, Unknown } from '../../api';
import { isResourceAttribute } from '../../lib/checks';

export default defineCatalogRule({
  kind: 'aws.eks.node-group',
  meta: {
    id: 'AWS-EKS-004',
    name: 'eks-node-group-ssh-restricted',
    title: 'EKS node groups with SSH access restrict it to security groups',
    severity: 'high',
    description:
      'A managed node group that enables SSH (`remote_access.ec2_ssh_key` / `RemoteAccess.Ec2SshKey`) also lists source security groups. Without them, EKS opens port 22 on the nodes to 0.0.0.0/0.',
    rationale:
      'Worker nodes run every pod of the cluster and hold their credentials. SSH reachable from the whole internet invites brute force and exploits against the node itself, bypassing Kubernetes access control entirely.',
    remediation:
      'Terraform: set `source_security_group_ids` in the node group\'s `remote_access` block (or remove `remote_access` and use SSM Session Manager). CloudFormation: set `RemoteAccess.SourceSecurityGroups`. Changing remote access replaces the node group, and the group to allow is yours to choose, so the quick fix (a variable/parameter) is unsafe.',
    links: ['https://docs.aws.amazon.com/eks/latest/APIReference/API_RemoteAccessConfig.html'],
    ...byConcept('control-plane-exposure'),
    levels: {},
    resourceTypes: { terraform: ['aws_eks_node_group'], cloudformation: ['AWS::EKS::Nodegroup'] },
    aliases: { checkov: ['CKV_AWS_100'] },
    fix: 'unsafe',
  },
  check(group, ctx) {
    const key = group.attrs.sshKey;
    if (!key.present) return;
    const sgs = group.attrs.sourceSecurityGroups;
    if (sgs.present) {
      const raw = sgs.raw;
      if (Array.isArray(raw) && raw.length === 0) {
        // An empty list is the same as none.
      } else return;
    }
    const fixes = setFix('restrict-ssh', 'Allow SSH only from a security group (adds a variable)', 'unsafe', [
      sgs,
      list(placeholder(group, 'node_ssh_source_security_group_id', 'Security group allowed to reach the nodes over SSH')),
    ]);
    if (key.value instanceof Unknown && !isResourceAttribute(key.value)) {
      // A variable may be null, in which case SSH is off.
      ctx.cannotVerify(key, key.value, 'whether SSH to the nodes is enabled');
      return;
    }
    ctx.report(sgs.present ? sgs : key, 'SSH to the nodes is open to 0.0.0.0/0: remote access has a key but no source security groups.', { fixes });
  },
});
