// SPDX-License-Identifier: Apache-2.0
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAnyAddress, writtenAs } from '../../../rules/lib/cidr';

void describe('isAnyAddress', () => {
  void it('reads the prefix length, not the address', () => {
    for (const c of ['0.0.0.0/0', '1.2.3.4/0', ' 10.0.0.0/0 ', '0.0.0.0/00']) assert.ok(isAnyAddress(c, 'ipv4'), c);
    for (const c of ['::/0', '0:0:0:0:0:0:0:0/0', '::0/0', '2001:db8::/0']) assert.ok(isAnyAddress(c, 'ipv6'), c);
  });
  void it('does not take narrower blocks, other families or garbage for the internet', () => {
    for (const c of ['0.0.0.0/32', '0.0.0.0/8', '10.0.0.0/8', '0.0.0.0', '256.0.0.0/0', 'x/0', '::/0', '0.0.0.0/0/0', '0.0.0.0/-0']) assert.ok(!isAnyAddress(c, 'ipv4'), c);
    for (const c of ['::/128', '::/1', '0.0.0.0/0', 'a:::b::/0', 'zz::/0']) assert.ok(!isAnyAddress(c, 'ipv6'), c);
  });
  void it('names a non-canonical spelling in messages only', () => {
    assert.equal(writtenAs('0.0.0.0/0', 'ipv4'), '');
    assert.equal(writtenAs('1.2.3.4/0', 'ipv4'), ' (written "1.2.3.4/0")');
  });
});
