// SPDX-License-Identifier: Apache-2.0
// What each CIS GCP 2.5-2.12 log metric must count, as sample audit log entries: the entries a metric's
// filter has to match and entries of other kinds it must not, plus the filter a fix writes (the query
// the benchmark gives, which is syntax rather than prose). Filters are judged by what they match
// (logging-query), so `methodName:"compute.firewalls.insert"` and `methodName="v1.compute.firewalls.insert"`
// are equally good.

import type { LogEntry } from '../api';

export interface LabeledEntry {
  label: string;
  entry: LogEntry;
}

export interface GcpMonitoringSpec {
  /** The CIS GCP 5.0.0 recommendation. */
  cis: string;
  /** What the metric watches, for titles and messages: "project ownership changes". */
  what: string;
  mustMatch: LabeledEntry[];
  mustNotMatch: LabeledEntry[];
  /** The filter the fix writes. */
  filter: string;
  /** The metric name the fix gives (`cis-...`). */
  metric: string;
}

function audit(service: string, method: string, resourceType: string, extra: Record<string, LogEntry> = {}): LogEntry {
  return {
    logName: 'projects/acme/logs/cloudaudit.googleapis.com%2Factivity',
    resource: { type: resourceType, labels: { project_id: 'acme' } },
    protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', serviceName: service, methodName: method, authenticationInfo: { principalEmail: 'someone@example.com' }, ...extra },
  };
}

function bindingDelta(action: string, role: string, member: string): Record<string, LogEntry> {
  return { serviceData: { '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData', policyDelta: { bindingDeltas: [{ action, role, member }] } } };
}

const CRM = 'cloudresourcemanager.googleapis.com';

const firewallInsert: LabeledEntry = { label: 'a firewall rule created', entry: audit('compute.googleapis.com', 'v1.compute.firewalls.insert', 'gce_firewall_rule') };
const routeInsert: LabeledEntry = { label: 'a route created', entry: audit('compute.googleapis.com', 'v1.compute.routes.insert', 'gce_route') };
const networkInsert: LabeledEntry = { label: 'a VPC network created', entry: audit('compute.googleapis.com', 'v1.compute.networks.insert', 'gce_network') };
const viewerGrant: LabeledEntry = { label: 'a viewer role granted on the project', entry: audit(CRM, 'SetIamPolicy', 'project', bindingDelta('ADD', 'roles/viewer', 'user:a@example.com')) };
const instanceInsert: LabeledEntry = { label: 'a VM created', entry: audit('compute.googleapis.com', 'v1.compute.instances.insert', 'gce_instance') };

export const GCP_MONITORING_SPECS: Readonly<Record<string, GcpMonitoringSpec>> = {
  '2.5': {
    cis: '2.5',
    what: 'project ownership changes',
    metric: 'cis-project-ownership-changes',
    filter:
      '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR (protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
    mustMatch: [
      { label: 'an owner added', entry: audit(CRM, 'SetIamPolicy', 'project', bindingDelta('ADD', 'roles/owner', 'user:new-owner@example.com')) },
      { label: 'an owner removed', entry: audit(CRM, 'SetIamPolicy', 'project', bindingDelta('REMOVE', 'roles/owner', 'user:old-owner@example.com')) },
      { label: 'an owner invited', entry: audit(CRM, 'SetIamPolicy', 'project', bindingDelta('ADD', 'roles/owner', 'projectOwnerInvitee:friend@gmail.com')) },
    ],
    mustNotMatch: [viewerGrant, firewallInsert],
  },
  '2.6': {
    cis: '2.6',
    what: 'audit configuration changes',
    metric: 'cis-audit-config-changes',
    filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
    mustMatch: [
      { label: 'data access logs turned off', entry: audit(CRM, 'SetIamPolicy', 'project', { serviceData: { policyDelta: { auditConfigDeltas: [{ action: 'REMOVE', service: 'allServices', logType: 'DATA_READ' }] } } }) },
      { label: 'an audit log exemption added', entry: audit(CRM, 'SetIamPolicy', 'project', { serviceData: { policyDelta: { auditConfigDeltas: [{ action: 'ADD', service: 'storage.googleapis.com', logType: 'DATA_WRITE', exemptedMember: 'user:a@example.com' }] } } }) },
    ],
    mustNotMatch: [viewerGrant, firewallInsert],
  },
  '2.7': {
    cis: '2.7',
    what: 'custom role changes',
    metric: 'cis-custom-role-changes',
    filter: 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")',
    mustMatch: ['CreateRole', 'DeleteRole', 'UpdateRole'].map((m) => ({ label: `a custom role ${m.slice(0, -4).toLowerCase()}d`, entry: audit('iam.googleapis.com', `google.iam.admin.v1.${m}`, 'iam_role') })),
    mustNotMatch: [{ label: 'a service account created', entry: audit('iam.googleapis.com', 'google.iam.admin.v1.CreateServiceAccount', 'service_account') }, firewallInsert],
  },
  '2.8': {
    cis: '2.8',
    what: 'VPC firewall rule changes',
    metric: 'cis-firewall-rule-changes',
    filter: 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
    mustMatch: ['insert', 'patch', 'delete'].map((m) => ({ label: `a firewall rule ${m === 'insert' ? 'created' : m === 'patch' ? 'changed' : 'deleted'}`, entry: audit('compute.googleapis.com', `v1.compute.firewalls.${m}`, 'gce_firewall_rule') })),
    mustNotMatch: [routeInsert, networkInsert, instanceInsert],
  },
  '2.9': {
    cis: '2.9',
    what: 'VPC route changes',
    metric: 'cis-route-changes',
    filter: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
    mustMatch: ['insert', 'delete'].map((m) => ({ label: `a route ${m === 'insert' ? 'created' : 'deleted'}`, entry: audit('compute.googleapis.com', `v1.compute.routes.${m}`, 'gce_route') })),
    mustNotMatch: [firewallInsert, networkInsert, instanceInsert],
  },
  '2.10': {
    cis: '2.10',
    what: 'VPC network changes',
    metric: 'cis-network-changes',
    filter:
      'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
    mustMatch: ['insert', 'patch', 'delete', 'removePeering', 'addPeering'].map((m) => ({ label: `networks.${m}`, entry: audit('compute.googleapis.com', `v1.compute.networks.${m}`, 'gce_network') })),
    mustNotMatch: [firewallInsert, routeInsert, { label: 'a subnetwork created', entry: audit('compute.googleapis.com', 'v1.compute.subnetworks.insert', 'gce_subnetwork') }],
  },
  '2.11': {
    cis: '2.11',
    what: 'Cloud Storage IAM permission changes',
    metric: 'cis-bucket-iam-changes',
    filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
    mustMatch: [{ label: 'a bucket IAM policy changed', entry: audit('storage.googleapis.com', 'storage.setIamPermissions', 'gcs_bucket', bindingDelta('ADD', 'roles/storage.objectViewer', 'allUsers')) }],
    mustNotMatch: [{ label: 'a bucket created', entry: audit('storage.googleapis.com', 'storage.buckets.create', 'gcs_bucket') }, viewerGrant, firewallInsert],
  },
  '2.12': {
    cis: '2.12',
    what: 'Cloud SQL instance configuration changes',
    metric: 'cis-sql-instance-changes',
    filter: 'protoPayload.methodName="cloudsql.instances.update"',
    mustMatch: [{ label: 'a Cloud SQL instance updated', entry: audit('cloudsql.googleapis.com', 'cloudsql.instances.update', 'cloudsql_database') }],
    mustNotMatch: [{ label: 'a Cloud SQL instance read', entry: audit('cloudsql.googleapis.com', 'cloudsql.instances.get', 'cloudsql_database') }, firewallInsert],
  },
};
