// SPDX-License-Identifier: Apache-2.0
// Output formats escape what they embed from the workspace (issue 13): Markdown cells are inert, JUnit
// text is well-formed XML whatever characters a name holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cell } from '../../server/src/report/markdown';
import { esc } from '../../server/src/report/junit';
import { withContentSecurityPolicy } from '../../server/src/report/html';

void describe('report escaping', () => {
  void it('Markdown: HTML and Markdown punctuation are inert, line breaks cannot end a row', () => {
    const out = cell('<img src=x onerror=alert(1)> | [link](http://x) *b* `c`\r\nnext\rrow');
    assert.ok(!/[<>\r\n]/.test(out), out);
    assert.ok(!/(?<!\\)[|*`[\]]/.test(out), out);
    assert.match(out, /&lt;img/);
  });

  void it('JUnit: control characters and lone surrogates never reach the XML', () => {
    const out = esc('a\u0000b\u001bc\ud800d\ufffe & <x>\t\n😀');
    assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/.test(out), JSON.stringify(out));
    assert.ok(out.includes('😀') && out.includes('&amp;') && out.includes('&lt;x&gt;') && out.includes('\t\n'));
    assert.equal(out.split('\uFFFD').length - 1, 4);
  });

  void it('the webview HTML carries a Content-Security-Policy with no scripts', () => {
    const out = withContentSecurityPolicy('<html><head><title>$` $& $1</title></head><body></body></html>');
    assert.match(out, /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'/);
    assert.ok(out.includes('<title>$` $& $1</title>'));
  });
});
