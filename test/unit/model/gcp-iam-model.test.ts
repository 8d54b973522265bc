// SPDX-License-Identifier: Apache-2.0
// The Google Cloud IAM model (model/gcp/iam.ts): every Terraform shape of a grant becomes bindings of
// (scope, role, members, condition); unknown roles and members stay as Unknowns with their reason.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import type { GcpIamBinding, GcpIamPolicy } from '../../../server/src/model/gcp/iam';

const iam = (text: string): GcpIamPolicy[] => buildTerraformModel([{ path: '/m/main.tf', file: parseHcl(text) }]).aws.gcpIamPolicies;

const members = (b: GcpIamBinding): string[] => b.members.map((m) => (m.value instanceof Unknown ? `?${m.value.describe()}` : m.value));
const role = (b: GcpIamBinding): string => (b.role.value instanceof Unknown ? `?${b.role.value.describe()}` : String(b.role.value));

void describe('GCP IAM model: member and binding resources', () => {
  void it('reads _member and _binding of every scope, with scope, role, members and fix locations', () => {
    const scopes: [string, string, string][] = [
      ['google_project_iam', 'project', 'project = "p1"'],
      ['google_organization_iam', 'organization', 'org_id = "123"'],
      ['google_folder_iam', 'folder', 'folder = "folders/9"'],
      ['google_storage_bucket_iam', 'bucket', 'bucket = "b1"'],
      ['google_bigquery_dataset_iam', 'dataset', 'dataset_id = "d1"'],
      ['google_kms_crypto_key_iam', 'kms-crypto-key', 'crypto_key_id = "k1"'],
      ['google_kms_key_ring_iam', 'kms-key-ring', 'key_ring_id = "r1"'],
      ['google_service_account_iam', 'service-account', 'service_account_id = "sa1"'],
    ];
    for (const [prefix, kind, scope] of scopes) {
      const policies = iam(`
resource "${prefix}_member" "m" {
  ${scope}
  role   = "roles/viewer"
  member = "user:a@example.com"
}
resource "${prefix}_binding" "b" {
  ${scope}
  role    = "roles/editor"
  members = ["user:b@example.com", "allUsers"]
  condition {
    title      = "until 2030"
    expression = "request.time < timestamp(\\"2030-01-01T00:00:00Z\\")"
  }
}
`);
      assert.equal(policies.length, 2, prefix);
      const [m, b] = policies as [GcpIamPolicy, GcpIamPolicy];
      assert.equal(m.scope.kind, kind);
      assert.equal(m.authority, 'member');
      assert.equal(b.authority, 'binding');
      assert.equal(typeof m.scope.id.value, 'string');
      assert.deepEqual(members(m.bindings[0]!), ['user:a@example.com']);
      assert.equal(m.bindings[0]!.single, true);
      assert.deepEqual(m.bindings[0]!.membersAttr?.location?.path, ['member']);
      assert.equal(role(b.bindings[0]!), 'roles/editor');
      assert.deepEqual(members(b.bindings[0]!), ['user:b@example.com', 'allUsers']);
      assert.deepEqual(b.bindings[0]!.membersAttr?.location?.path, ['members']);
      assert.equal(b.bindings[0]!.condition?.title.value, 'until 2030');
      assert.equal(m.bindings[0]!.condition, null);
    }
  });

  void it('links the scope to the resource of the module it references', () => {
    const [p] = iam(`
resource "google_storage_bucket" "logs" {
  name     = "logs"
  location = "EU"
}
resource "google_storage_bucket_iam_member" "m" {
  bucket = google_storage_bucket.logs.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
`);
    assert.equal(p!.scope.resource, 'google_storage_bucket.logs');
    assert.ok(p!.scope.id.value instanceof Unknown);
  });

  void it('an absent project is the provider project (absent attr, no value)', () => {
    const [p] = iam(`
resource "google_project_iam_member" "m" {
  role   = "roles/owner"
  member = "user:a@example.com"
}
`);
    assert.equal(p!.scope.id.present, false);
    assert.equal(p!.scope.id.value, undefined);
  });

  void it('members from variables, locals, for expressions and concat', () => {
    const [a, b, c, d, e] = iam(`
variable "known" {
  default = ["group:g@example.com", "allAuthenticatedUsers"]
}
variable "unset" {}
variable "users" {}
locals {
  l = ["domain:example.com"]
}
resource "google_project_iam_binding" "a" {
  role    = "roles/viewer"
  members = var.known
}
resource "google_project_iam_binding" "b" {
  role    = "roles/viewer"
  members = var.unset
}
resource "google_project_iam_binding" "c" {
  role    = "roles/viewer"
  members = [for u in var.users : "user:\${u}"]
}
resource "google_project_iam_binding" "d" {
  role    = "roles/viewer"
  members = concat(local.l, ["allUsers"])
}
resource "google_project_iam_binding" "e" {
  role    = "roles/viewer"
  members = ["user:x@example.com", var.unset]
}
`);
    assert.deepEqual(members(a!.bindings[0]!), ['group:g@example.com', 'allAuthenticatedUsers']);
    assert.deepEqual(members(b!.bindings[0]!), ['?depends on var.unset']);
    const cm = members(c!.bindings[0]!);
    assert.equal(cm.length, 1);
    assert.ok(cm[0]!.startsWith('?'), cm[0]);
    assert.deepEqual(members(d!.bindings[0]!), ['domain:example.com', 'allUsers']);
    assert.deepEqual(members(e!.bindings[0]!), ['user:x@example.com', '?depends on var.unset']);
  });

  void it('an unknown role is an Unknown with its reason; for_each instances are one policy each', () => {
    const policies = iam(`
variable "role" {}
resource "google_project_iam_member" "r" {
  role   = var.role
  member = "user:a@example.com"
}
resource "google_project_iam_member" "each" {
  for_each = toset(["roles/viewer", "roles/owner"])
  role     = each.value
  member   = "serviceAccount:sa@p.iam.gserviceaccount.com"
}
`);
    assert.equal(role(policies[0]!.bindings[0]!), '?depends on var.role');
    assert.deepEqual(
      policies.slice(1).map((p) => [p.address, role(p.bindings[0]!)]),
      [
        ['google_project_iam_member.each["roles/owner"]', 'roles/owner'],
        ['google_project_iam_member.each["roles/viewer"]', 'roles/viewer'],
      ],
    );
  });
});

void describe('GCP IAM model: whole policies', () => {
  void it('reads binding and audit_config blocks of data "google_iam_policy"', () => {
    const [p] = iam(`
data "google_iam_policy" "admin" {
  binding {
    role    = "roles/owner"
    members = ["user:a@example.com"]
  }
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"]
    condition {
      title      = "t"
      expression = "true"
    }
  }
  audit_config {
    service = "allServices"
    audit_log_configs {
      log_type         = "DATA_READ"
      exempted_members = ["user:x@example.com"]
    }
  }
}
resource "google_project_iam_policy" "p" {
  project     = "p1"
  policy_data = data.google_iam_policy.admin.policy_data
}
`);
    assert.equal(p!.authority, 'policy');
    assert.equal(p!.policyData, 'data.google_iam_policy.admin');
    assert.deepEqual(p!.bindings.map(role), ['roles/owner', 'roles/storage.objectViewer']);
    assert.deepEqual(members(p!.bindings[1]!), ['allUsers']);
    assert.equal(p!.bindings[1]!.condition?.expression.value, 'true');
    // Fixes write into the data source's binding block.
    const loc = p!.bindings[1]!.membersAttr?.location;
    assert.ok(loc && loc.target.platform === 'terraform' && loc.target.kind === 'block' && loc.target.block.blockType === 'binding');
    assert.equal(p!.auditConfigs[0]!.service.value, 'allServices');
    assert.equal(p!.auditConfigs[0]!.logConfigs[0]!.logType.value, 'DATA_READ');
    assert.deepEqual(p!.auditConfigs[0]!.logConfigs[0]!.exemptedMembers.map((m) => m.value), ['user:x@example.com']);
  });

  void it('a dynamic binding block over an unknown collection is a maybe-binding with unknown members', () => {
    const [p] = iam(`
variable "bindings" {}
data "google_iam_policy" "d" {
  dynamic "binding" {
    for_each = var.bindings
    content {
      role    = "roles/viewer"
      members = binding.value
    }
  }
}
resource "google_storage_bucket_iam_policy" "p" {
  bucket      = "b"
  policy_data = data.google_iam_policy.d.policy_data
}
`);
    const b = p!.bindings[0]!;
    assert.ok(b.maybe instanceof Unknown);
    assert.equal(role(b), 'roles/viewer');
    assert.equal(b.role.location, null);
    assert.equal(b.members.length, 1);
    assert.ok(b.members[0]!.value instanceof Unknown);
  });

  void it('a dynamic binding block over a known collection is expanded', () => {
    const [p] = iam(`
data "google_iam_policy" "d" {
  dynamic "binding" {
    for_each = { "roles/viewer" = ["allUsers"], "roles/owner" = ["user:o@example.com"] }
    content {
      role    = binding.key
      members = binding.value
    }
  }
}
resource "google_kms_crypto_key_iam_policy" "p" {
  crypto_key_id = "k"
  policy_data   = data.google_iam_policy.d.policy_data
}
`);
    assert.deepEqual(p!.bindings.map((b) => [role(b), members(b).join(',')]), [
      ['roles/owner', 'user:o@example.com'],
      ['roles/viewer', 'allUsers'],
    ]);
  });

  void it('reads JSON policy_data; an unknown policy_data makes the policy unknown', () => {
    const [j, u] = iam(`
variable "policy" {}
resource "google_project_iam_policy" "j" {
  project = "p"
  policy_data = jsonencode({
    bindings = [{ role = "roles/editor", members = ["serviceAccount:s@p.iam.gserviceaccount.com"] }]
  })
}
resource "google_project_iam_policy" "u" {
  project     = "p"
  policy_data = var.policy
}
`);
    assert.deepEqual(j!.bindings.map(role), ['roles/editor']);
    assert.deepEqual(members(j!.bindings[0]!), ['serviceAccount:s@p.iam.gserviceaccount.com']);
    assert.equal(j!.bindings[0]!.membersAttr, null);
    assert.ok(u!.unknown instanceof Unknown);
    assert.equal(u!.unknown.describe(), 'depends on var.policy');
  });
});

void describe('GCP IAM model: audit configs and BigQuery access', () => {
  void it('reads google_*_iam_audit_config as audit statements', () => {
    const [p] = iam(`
resource "google_project_iam_audit_config" "a" {
  project = "p"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["user:e@example.com"]
  }
}
`);
    assert.equal(p!.authority, 'audit');
    assert.equal(p!.bindings.length, 0);
    const a = p!.auditConfigs[0]!;
    assert.equal(a.service.value, 'allServices');
    assert.deepEqual(a.logConfigs.map((l) => l.logType.value), ['ADMIN_READ', 'DATA_READ']);
    assert.deepEqual(a.logConfigs[1]!.exemptedMembers.map((m) => m.value), ['user:e@example.com']);
    assert.deepEqual(a.logConfigs[1]!.exemptedAttr.location?.path, ['exempted_members']);
  });

  void it('reads dataset access blocks and google_bigquery_dataset_access as IAM members', () => {
    const policies = iam(`
variable "who" {}
resource "google_bigquery_dataset" "d" {
  dataset_id = "d"
  access {
    role          = "OWNER"
    user_by_email = "o@example.com"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers"
  }
  access {
    role       = "READER"
    iam_member = "allUsers"
  }
  access {
    view {
      project_id = "p"
      dataset_id = "v"
      table_id   = "t"
    }
  }
  dynamic "access" {
    for_each = var.who
    content {
      role           = "READER"
      group_by_email = access.value
    }
  }
}
resource "google_bigquery_dataset" "plain" {
  dataset_id = "plain"
}
resource "google_bigquery_dataset_access" "a" {
  dataset_id = google_bigquery_dataset.d.dataset_id
  role       = "roles/bigquery.dataViewer"
  domain     = "example.com"
}
`);
    assert.equal(policies.length, 2);
    const [d, a] = policies as [GcpIamPolicy, GcpIamPolicy];
    assert.equal(d.authority, 'access');
    assert.equal(d.scope.resource, 'google_bigquery_dataset.d');
    assert.deepEqual(d.bindings.slice(0, 3).map((b) => [role(b), members(b)[0]]), [
      ['OWNER', 'user:o@example.com'],
      ['READER', 'allAuthenticatedUsers'],
      ['READER', 'allUsers'],
    ]);
    assert.deepEqual(d.bindings[1]!.membersAttr?.location?.path, ['special_group']);
    const dyn = d.bindings[3]!;
    assert.ok(dyn.maybe instanceof Unknown);
    assert.ok(dyn.members[0]!.value instanceof Unknown);
    assert.equal(a.scope.resource, 'google_bigquery_dataset.d');
    assert.deepEqual(members(a.bindings[0]!), ['domain:example.com']);
  });
});
