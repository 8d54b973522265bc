// SPDX-License-Identifier: Apache-2.0
// rules/lib/gcp-iam.ts: members known only by their shape are judged when the shape decides, and grants
// are joined by scope and member even when both are written as the same unknown expression.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { buildTerraformModel } from '../../../server/src/model/adapters/terraform';
import { Unknown } from '../../../server/src/core/value';
import { decideByShape, decideRoleByShape, isAdminRole, scopeKey } from '../../../rules/lib/gcp-iam';

const isSa = (m: string): boolean => m.startsWith('serviceAccount:');
const isPublic = (m: string): boolean => m === 'allUsers' || m === 'allAuthenticatedUsers';
const u = (text: string | undefined): Unknown => new Unknown('reference', { start: 0, end: 0 }, 'x', { kind: 'variable', name: 'x' }, text);

void describe('GCP IAM rule library', () => {
  void it('decides a templated member when every value of its unknown part gives the same answer', () => {
    assert.equal(decideByShape(u('serviceAccount:${google_service_account.a.email}'), isSa), true);
    assert.equal(decideByShape(u('group:${var.team}@example.com'), isPublic), false);
    assert.ok(decideByShape(u('${var.kind}:${var.who}'), isSa) instanceof Unknown);
    assert.ok(decideByShape(u(undefined), isSa) instanceof Unknown);
    const attr = new Unknown('reference', { start: 0, end: 0 }, 'google_service_account.a.member', { kind: 'resource', address: 'google_service_account.a', attribute: 'member' });
    assert.equal(decideByShape(attr, isSa), true);
  });

  void it('decides a custom role by shape: never a predefined role, maybe an admin one', () => {
    const isSaUser = (r: string): boolean => r === 'roles/iam.serviceAccountUser';
    assert.equal(decideRoleByShape(u('projects/${var.p}/roles/${google_project_iam_custom_role.r.role_id}'), isSaUser), false);
    assert.equal(decideRoleByShape(u('organizations/${var.o}/roles/reader'), isAdminRole), false);
    assert.ok(decideRoleByShape(u('projects/${var.p}/roles/${var.id}'), isAdminRole) instanceof Unknown);
    // A role that may be predefined stays unknown for an equality check.
    assert.ok(decideRoleByShape(u('roles/${var.r}'), isSaUser) instanceof Unknown);
  });

  void it('grants on the same unknown scope share a key; different resources do not', () => {
    const [a, b, c] = buildTerraformModel([
      {
        path: '/m/main.tf',
        file: parseHcl(`
module "project" {
  source = "./p"
}
resource "google_project_iam_member" "a" {
  project = module.project.project_id
  role    = "roles/viewer"
  member  = "user:a@example.com"
}
resource "google_project_iam_member" "b" {
  project = module.project.project_id
  role    = "roles/editor"
  member  = "user:a@example.com"
}
resource "google_project_iam_member" "c" {
  project = "other"
  role    = "roles/editor"
  member  = "user:a@example.com"
}
`),
      },
    ]).aws.gcpIamPolicies;
    assert.equal(scopeKey(a!), scopeKey(b!));
    assert.notEqual(scopeKey(a!), scopeKey(c!));
  });
});
