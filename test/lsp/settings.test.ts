// SPDX-License-Identifier: Apache-2.0
// `iacCompliance.*` settings, both ways a client delivers them: pulled with workspace/configuration
// after didChangeConfiguration (VS Code), or pushed in didChangeConfiguration's params / at initialize
// (clients without the configuration capability).

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../../server/src/protocol';
import { LspSession, fixture, scratchUri, shape } from './harness';
import { OTHER_RULES, PROBLEMS_TF, pinned, pinnedStart } from './expected';
import type { DiagnosticShape } from './harness';

// LSP severities: 1 is critical/high, 2 medium, 3 low and the "cannot verify" notes.

function same(expected: DiagnosticShape[]): (d: Diagnostic[]) => boolean {
  return (d) => JSON.stringify(d.map(shape)) === JSON.stringify(expected);
}

for (const configuration of [true, false]) {
  void describe(`settings, ${configuration ? 'pulled with workspace/configuration' : 'pushed in didChangeConfiguration'}`, () => {
    let s: LspSession;
    const uri = scratchUri(`settings-${configuration ? 'pull' : 'push'}`, 'main.tf');
    before(async () => {
      s = await LspSession.start(pinnedStart({ configuration }));
      assert.deepEqual(await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf'))).then((d) => d.map(shape)), PROBLEMS_TF);
    });
    after(() => s.shutdown());

    async function settle(settings: Record<string, unknown>, expected: DiagnosticShape[]): Promise<void> {
      const asked = s.configurationRequests.length;
      // Rules newer than the fixtures stay excluded (see expected.ts).
      s.changeConfiguration(pinned(settings));
      await s.waitForDiagnostics(uri, same(expected));
      if (configuration) {
        assert.ok(s.configurationRequests.length > asked, 'the server pulled the settings');
        assert.deepEqual(s.configurationRequests.at(-1), { items: [{ section: 'iacCompliance' }] });
      } else {
        assert.equal(s.configurationRequests.length, 0, 'a client without the capability is never asked');
      }
    }

    void it('severityThreshold: medium hides the notes, high hides medium findings too, critical leaves one', async () => {
      await settle({ severityThreshold: 'medium' }, PROBLEMS_TF.filter((d) => (d.severity ?? 3) < 3));
      await settle({ severityThreshold: 'high' }, PROBLEMS_TF.filter((d) => d.severity === 1));
      await settle({ severityThreshold: 'critical' }, PROBLEMS_TF.filter((d) => d.code === 'AWS-IAM-001'));
      await settle({}, PROBLEMS_TF);
    });

    void it('excludedRules hides exactly those rules', async () => {
      await settle({ excludedRules: ['AWS-S3-001'] }, PROBLEMS_TF.filter((d) => d.code !== 'AWS-S3-001'));
      await settle({ excludedRules: ['AWS-S3-001', 'AWS-IAM-001', 'NOT-A-RULE'] }, PROBLEMS_TF.filter((d) => d.code !== 'AWS-S3-001' && d.code !== 'AWS-IAM-001'));
      await settle({ excludedRules: ['AWS-S3-001'], severityThreshold: 'high' }, PROBLEMS_TF.filter((d) => ['AWS-EC2-001', 'AWS-RDS-002', 'AWS-IAM-001'].includes(d.code)));
      await settle({}, PROBLEMS_TF);
    });

    void it('enable: false clears everything (syntax errors too); true brings it back', async () => {
      await settle({ enable: false }, []);
      // Edits while disabled publish nothing either.
      const v = s.replaceText(uri, 'acme-logs', 'acme-logs-2');
      assert.deepEqual(await s.diagnosticsAt(uri, v), []);
      const broken = s.replaceText(uri, '"acme-logs-2"', '');
      assert.deepEqual(await s.diagnosticsAt(uri, broken), []);
      await s.diagnosticsAt(uri, s.replace(uri, fixture('problems.tf')));
      await settle({ enable: true }, PROBLEMS_TF);
    });

    void it('malformed values fall back to the defaults', async () => {
      await settle({ severityThreshold: 'high' }, PROBLEMS_TF.filter((d) => d.severity === 1));
      await settle({ enable: 'no', severityThreshold: 'urgent' }, PROBLEMS_TF);
      await settle({ excludedRules: [42, null, 'AWS-S3-001'] }, PROBLEMS_TF.filter((d) => d.code !== 'AWS-S3-001'));
      // Not a list: no rule excluded (so the rules newer than the fixtures show up too).
      s.changeConfiguration({ excludedRules: 'AWS-S3-001', cannotVerifySeverity: 'information' });
      await s.waitForDiagnostics(uri, (d) => JSON.stringify(d.filter((x) => !OTHER_RULES.includes(String(x.code))).map(shape)) === JSON.stringify(PROBLEMS_TF));
      await settle({}, PROBLEMS_TF);
    });

    void it(
      'hover does not describe a finding the settings hide',
      async () => {
        try {
          await settle({ excludedRules: ['AWS-RDS-002'] }, PROBLEMS_TF.filter((d) => d.code !== 'AWS-RDS-002'));
          assert.equal(await s.hover(uri, { line: 25, character: 10 }), null, 'excluded rule');
          await settle({ enable: false }, []);
          assert.equal(await s.hover(uri, { line: 25, character: 10 }), null, 'disabled');
        } finally {
          await settle({}, PROBLEMS_TF);
        }
      },
    );

    void it(
      'source.fixAll does not fix findings the settings hide, nor anything when disabled',
      async () => {
        const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        try {
          // The safe fixes are for AWS-S3-002 and AWS-KMS-001, both medium.
          await settle({ severityThreshold: 'high' }, PROBLEMS_TF.filter((d) => d.severity === 1));
          assert.deepEqual(await s.codeActions(uri, whole, [], [FIX_ALL_KIND]), [], 'below the threshold');
          await settle({ excludedRules: ['AWS-S3-002', 'AWS-KMS-001'] }, PROBLEMS_TF.filter((d) => d.code !== 'AWS-S3-002' && d.code !== 'AWS-KMS-001'));
          assert.deepEqual(await s.codeActions(uri, whole, [], [FIX_ALL_KIND]), [], 'excluded');
          await settle({ enable: false }, []);
          assert.deepEqual(await s.codeActions(uri, whole, [], [FIX_ALL_KIND]), [], 'disabled');
        } finally {
          await settle({}, PROBLEMS_TF);
        }
      },
    );
  });
}

void describe('settings at start', () => {
  void it('pulled right after initialized: the first diagnostics already follow them', async () => {
    const s = await LspSession.start(pinnedStart({ configuration: true }, { excludedRules: ['AWS-S3-001'] }));
    try {
      const uri = scratchUri('settings-start-pull', 'main.tf');
      assert.deepEqual((await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')))).map(shape), PROBLEMS_TF.filter((d) => d.code !== 'AWS-S3-001'));
    } finally {
      await s.shutdown();
    }
  });

  void it('initializationOptions.settings for clients without workspace/configuration', async () => {
    const s = await LspSession.start(pinnedStart({ configuration: false }, { severityThreshold: 'critical' }));
    try {
      const uri = scratchUri('settings-start-push', 'main.tf');
      assert.deepEqual((await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')))).map(shape), PROBLEMS_TF.filter((d) => d.code === 'AWS-IAM-001'));
    } finally {
      await s.shutdown();
    }
  });

  void it('a client that cannot answer workspace/configuration keeps the defaults', async () => {
    const s = await LspSession.start(pinnedStart({ configuration: true }));
    try {
      // The server asks again on didChangeConfiguration; an error reply must not lose the diagnostics.
      s.connection.onRequest('workspace/configuration', () => {
        throw new Error('not now');
      });
      const uri = scratchUri('settings-start-error', 'main.tf');
      assert.deepEqual((await s.diagnosticsAt(uri, s.open(uri, fixture('problems.tf')))).map(shape), PROBLEMS_TF);
      s.changeConfiguration({ enable: false });
      await s.waitForDiagnostics(uri, same(PROBLEMS_TF));
      assert.equal(s.alive, true);
    } finally {
      await s.shutdown();
    }
  });
});
