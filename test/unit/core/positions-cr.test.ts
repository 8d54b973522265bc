// SPDX-License-Identifier: Apache-2.0
// Line breaks as LSP counts them: `\n`, `\r\n` and a lone `\r`. HashiCorp positions (for the oracle) keep
// counting `\n` only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/core/positions';
import { MemoryFs, TEST_TODAY } from '../../support/fixture-runner';
import { AnalysisService } from '../../../server/src/service/analysis';
import { ALL_RULES } from '../../../rules';

void describe('LineIndex and lone CR', () => {
  void it('counts \\n, \\r\\n and a lone \\r as one line break each', () => {
    const text = 'a\nb\r\nc\rd';
    const l = new LineIndex(text);
    assert.equal(l.lineCount, 4);
    assert.deepEqual(l.lspPosition(text.indexOf('d')), { line: 3, character: 0 });
    assert.equal(l.offsetAt({ line: 3, character: 0 }), text.indexOf('d'));
    assert.deepEqual(l.lspPosition(text.indexOf('c')), { line: 2, character: 0 });
    assert.equal(l.hclPosition(text.indexOf('d')).Line, 3);
  });

  void it('findings after a comment ending in a lone CR are on the right line', () => {
    const path = '/w/main.tf';
    // HashiCorp's parser reads the lone CR as part of the comment, which ends at the `\n`.
    const text = '# note\rmore\nresource "aws_s3_bucket" "b" {\n  bucket = "x"\n}\n';
    const fs = new MemoryFs();
    fs.files.set(path, text);
    const a = new AnalysisService({ fs, rules: ALL_RULES, today: TEST_TODAY }).analyzeFile(path);
    const f = a.findings.find((x) => x.resource === 'aws_s3_bucket.b');
    assert.ok(f);
    // LSP: line 0 "# note", line 1 "more", line 2 the resource.
    assert.equal(a.lines.lspPosition(a.resources.find((r) => r.address === 'aws_s3_bucket.b')!.ref.span.start).line, 2);
  });
});
