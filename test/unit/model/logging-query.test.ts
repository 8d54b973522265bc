// SPDX-License-Identifier: Apache-2.0
// The Cloud Logging query language subset (model/logging-query): parsing, precedence (OR binds tighter
// than AND), operators, value groups, global terms, and what is refused (functions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesLogEntry, parseLoggingQuery } from '../../../server/src/model/logging-query';
import type { LogEntry } from '../../../server/src/model/logging-query';

function matches(q: string, e: LogEntry): boolean {
  const p = parseLoggingQuery(q);
  assert.ok(p.ok, `parse ${q}: ${p.ok ? '' : p.error}`);
  return matchesLogEntry(p.ast, e);
}

const fw: LogEntry = { resource: { type: 'gce_firewall_rule' }, protoPayload: { methodName: 'v1.compute.firewalls.insert', serviceName: 'compute.googleapis.com' }, severity: 'NOTICE' };
const owner: LogEntry = { protoPayload: { serviceName: 'cloudresourcemanager.googleapis.com', serviceData: { policyDelta: { bindingDeltas: [{ action: 'REMOVE', role: 'roles/viewer' }, { action: 'ADD', role: 'roles/owner' }] } } } };

void describe('logging query language', () => {
  void it('compares with =, !=, : and :*, ignoring case', () => {
    assert.equal(matches('resource.type="gce_firewall_rule"', fw), true);
    assert.equal(matches('resource.type = "GCE_FIREWALL_RULE"', fw), true);
    assert.equal(matches('resource.type!="gce_firewall_rule"', fw), false);
    assert.equal(matches('protoPayload.methodName:"compute.firewalls.insert"', fw), true);
    assert.equal(matches('protoPayload.methodName="compute.firewalls.insert"', fw), false);
    assert.equal(matches('protoPayload.methodName:*', fw), true);
    assert.equal(matches('protoPayload.request:*', fw), false);
  });

  void it('OR binds tighter than AND; juxtaposition is AND; NOT and - negate', () => {
    // a AND b OR c = a AND (b OR c): false AND ... is false even though c is true.
    assert.equal(matches('resource.type="gce_route" AND severity="ERROR" OR severity="NOTICE"', fw), false);
    assert.equal(matches('resource.type="gce_firewall_rule" severity="NOTICE"', fw), true);
    assert.equal(matches('NOT resource.type="gce_route"', fw), true);
    assert.equal(matches('-resource.type="gce_firewall_rule"', fw), false);
  });

  void it('reads into lists: any element matches', () => {
    assert.equal(matches('protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"', owner), true);
    assert.equal(matches('protoPayload.serviceData.policyDelta.bindingDeltas.action="DELETE"', owner), false);
  });

  void it('value groups, global terms, regular expressions, comments', () => {
    assert.equal(matches('resource.type=("gce_route" OR "gce_firewall_rule")', fw), true);
    assert.equal(matches('resource.type=("gce_route" AND "gce_firewall_rule")', fw), false);
    assert.equal(matches('firewalls', fw), true);
    assert.equal(matches('"projectOwnerInvitee"', fw), false);
    assert.equal(matches('protoPayload.methodName=~"^v1\\\\.compute\\\\.firewalls\\\\.(insert|patch)$"', fw), true);
    assert.equal(matches('-- only firewalls\nresource.type="gce_firewall_rule"', fw), true);
  });

  void it('an empty filter matches everything; functions and broken syntax do not parse', () => {
    const empty = parseLoggingQuery('  -- nothing\n');
    assert.ok(empty.ok && empty.ast === null);
    assert.equal(matchesLogEntry(null, fw), true);
    const fn = parseLoggingQuery('log_id("cloudaudit.googleapis.com/activity")');
    assert.ok(!fn.ok && fn.unsupported);
    assert.equal(parseLoggingQuery('resource.type="x" AND (').ok, false);
    assert.equal(parseLoggingQuery('resource.type="unterminated').ok, false);
  });

  void it('hostile queries (generated here) are refused, not a crash: deep nesting, NOT chains, over-long text', () => {
    const deep = '('.repeat(5000) + 'a' + ')'.repeat(5000);
    const r1 = parseLoggingQuery(deep);
    assert.ok(!r1.ok && r1.unsupported);
    const nots = parseLoggingQuery('NOT '.repeat(5000) + 'a');
    assert.ok(!nots.ok && nots.unsupported);
    const long = parseLoggingQuery('a '.repeat(20000));
    assert.ok(!long.ok && long.unsupported);
    const many = parseLoggingQuery(Array.from({ length: 1000 }, (_, i) => `x${i}="v"`).join(' OR '));
    assert.ok(many.ok);
  });
});
