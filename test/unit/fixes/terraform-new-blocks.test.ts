// SPDX-License-Identifier: Apache-2.0
// terraformEdits: a path step `type#key` adds a new block of a repeated type beside the existing ones (a
// Cloud SQL `database_flags` entry) instead of editing the first block of that type.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../../server/src/parsers/hcl/parser';
import { terraformEdits } from '../../../server/src/fixes/terraform-edits';
import { applyEdits } from '../../../server/src/fixes/text-edit';
import { lit } from '../../../server/src/model/edit-target';
import type { FixOp } from '../../../server/src/engine/rule-api';

const TEXT = `resource "google_sql_database_instance" "db" {
  name = "db"

  settings {
    tier = "db-f1-micro"

    database_flags {
      name  = "log_connections"
      value = "on"
    }
  }
}
`;

function run(steps: [string, string][][]): string {
  const file = parseHcl(TEXT);
  const block = file.body.blocks[0]!;
  const ops: FixOp[] = steps.flatMap((pairs) => pairs.map(([path, value]): FixOp => ({ op: 'set', location: { target: { platform: 'terraform', kind: 'block', file: '/m/main.tf', block }, path: path.split('.') }, value: lit(value) })));
  return applyEdits(TEXT, terraformEdits('/m/main.tf', file, ops));
}

void describe('terraform edits: new blocks of a repeated type', () => {
  void it('adds a block beside the existing one, and the written type has no #key', () => {
    const out = run([[['settings.database_flags#log_disconnections.name', 'log_disconnections'], ['settings.database_flags#log_disconnections.value', 'on']]]);
    assert.equal(
      out,
      TEXT.replace(
        '      value = "on"\n    }\n',
        '      value = "on"\n    }\n\n    database_flags {\n      name  = "log_disconnections"\n      value = "on"\n    }\n',
      ),
    );
    assert.deepEqual(parseHcl(out).diagnostics, []);
  });

  void it('two keys give two blocks; a step without # still edits the existing block', () => {
    const out = run([
      [['settings.database_flags#a.name', 'a'], ['settings.database_flags#a.value', '1']],
      [['settings.database_flags#b.name', 'b'], ['settings.database_flags#b.value', '2']],
      [['settings.database_flags.value', 'off']],
    ]);
    assert.equal((out.match(/database_flags \{/g) ?? []).length, 3);
    assert.match(out, /name {2}= "log_connections"\n {6}value = "off"/);
    assert.doesNotMatch(out, /#/);
  });
});
