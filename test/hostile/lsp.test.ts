// SPDX-License-Identifier: Apache-2.0
// Hostile inputs over LSP, generated at test time: the server (with a 500 MB heap) publishes a clear
// diagnostic for each within the harness's timeout, answers code actions (fix-all included) on it, and
// still analyzes a known document exactly as before.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, fixture, scratchUri, shape } from '../lsp/harness';
import { pinned, pinnedStart, PROBLEMS_TF } from '../lsp/expected';

function aliasBomb(): string {
  const lines = ['AWSTemplateFormatVersion: "2010-09-09"', 'Resources:', '  Bucket:', '    Type: AWS::S3::Bucket', '    Metadata:', '      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`      l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

const metricFilter = (pattern: string): string =>
  `resource "aws_cloudtrail" "t" {\n  name = "t"\n  s3_bucket_name = "b"\n}\nresource "aws_cloudwatch_log_metric_filter" "f" {\n  name = "f"\n  log_group_name = "g"\n  pattern = ${JSON.stringify(pattern)}\n  metric_transformation {\n    name = "m"\n    namespace = "n"\n    value = "1"\n  }\n}\n`;

void describe('hostile inputs: LSP', () => {
  let s: LspSession;
  before(async () => {
    const start = pinnedStart();
    s = await LspSession.start({ ...start, execArgv: [...(start.execArgv ?? []), '--max-old-space-size=500'] });
  });
  after(() => s.shutdown());

  void it('a document over the size limit is one error, and is analyzed once iacCompliance.maxFileSize is raised', async () => {
    const uri = scratchUri('hostile-size', 'main.tf');
    const text = `${fixture('problems.tf')}\nlocals {\n  blob = "${'x'.repeat(6 * 1024 * 1024)}"\n}\n`;
    const d = await s.diagnosticsAt(uri, s.open(uri, text), { timeoutMs: 20000 });
    assert.equal(d.length, 1, JSON.stringify(d.map((x) => x.message)).slice(0, 500));
    assert.match(d[0]!.message, /over the 5\.0 MB limit \(setting iacCompliance\.maxFileSize/);
    s.changeConfiguration(pinned({ maxFileSize: 8 }));
    const raised = await s.waitForDiagnostics(uri, (x) => x.some((y) => String(y.code).startsWith('AWS-')), { timeoutMs: 20000 });
    assert.deepEqual(raised.map(shape), PROBLEMS_TF);
    s.changeConfiguration(pinned({}));
    await s.waitForDiagnostics(uri, (x) => x.length === 1 && /limit/.test(x[0]!.message), { timeoutMs: 20000 });
    s.close(uri);
  });

  const cases: [string, string, RegExp | null][] = [
    ['bomb/template.yaml', aliasBomb(), /alias/i],
    ['deep/list.tf', `locals {\n  x = ${'['.repeat(700)}1${']'.repeat(700)}\n}\n`, /nest/i],
    ['deep/t.json', `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'['.repeat(5000)}${']'.repeat(5000)}}}}`, /nest/i],
    ['deep/block.yaml', `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata:\n${Array.from({ length: 1500 }, (_, i) => `${' '.repeat(6 + i)}k${i}:`).join('\n')} x\n`, /nest/i],
    ['deep/objects.json', `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"B":{"Type":"AWS::S3::Bucket","Metadata":${'{"a":'.repeat(20000)}1${'}'.repeat(20000)}}}}`, /nest/i],
    ['bytes/nul.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B\u0000:\n    Type: AWS::S3::Bucket\n# \u0000\n', null],
    ['filter/regex.tf', metricFilter('{ $.eventName = %^(.|.|.)*Q$% }'), null],
    ['filter/glob.tf', metricFilter('{ $.eventName = "************Q" }'), null],
  ];
  for (const [name, text, expected] of cases) {
    void it(`${name}: analyzed in bounded time${expected ? ', with a clear diagnostic' : ''}`, async () => {
      const uri = scratchUri('hostile', name);
      const d = await s.diagnosticsAt(uri, s.open(uri, text));
      if (expected) assert.ok(d.some((x) => expected.test(x.message)), JSON.stringify(d.map((x) => x.message)).slice(0, 500));
      await s.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.iacCompliance']);
      s.close(uri);
      assert.equal(s.alive, true);
      const ok = scratchUri('hostile-health', `${name.replace(/[^a-z]/g, '-')}.tf`);
      const known = await s.diagnosticsAt(ok, s.open(ok, fixture('problems.tf')));
      assert.deepEqual(known.map(shape), PROBLEMS_TF);
      s.close(ok);
    });
  }
});
