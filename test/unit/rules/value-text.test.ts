// SPDX-License-Identifier: Apache-2.0
// Rules print evaluated values in messages. HCL objects are built without a prototype, and `String()` of
// such an object throws: a damaged file (fuzz/robustness) once turned AZURE-STORAGE-012 into an internal
// error that way. valueText and show must take any value.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { show, valueText } from '../../../rules/lib/checks';

void describe('valueText / show', () => {
  void it('print any value without throwing', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { versions: ['SMB3.0'] });
    assert.throws(() => String(bare));
    assert.equal(valueText(bare), '{"versions":["SMB3.0"]}');
    assert.equal(show(bare), '{"versions":["SMB3.0"]}');
    assert.equal(valueText([bare, 1]), '[{"versions":["SMB3.0"]},1]');
    assert.equal(valueText('SMB3.1.1'), 'SMB3.1.1');
    assert.equal(show('SMB3.1.1'), '"SMB3.1.1"');
    assert.equal(valueText(null), 'null');
    assert.equal(valueText(3), '3');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    assert.equal(valueText(cyclic), 'a value');
  });
});
