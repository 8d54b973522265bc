// SPDX-License-Identifier: Apache-2.0
// The publish path reuses the diagnostics of the previous publish whose findings the analysis reused and
// nothing changed (server/src/lsp/diagnostic-memo.ts). Two servers get the same edits, one with the reuse
// off (IAC_PUBLISH_CACHE=off: every diagnostic built afresh): every notification must be the same. The edits cover typing within a line, lines added and removed above the findings, findings that
// appear and vanish, a block that stops parsing (calm keeps its resource's findings, stale), a
// suppression and a malformed one, and a settings change that alters the severity of "cannot verify".

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { LspSession, positionAt, scratchUri } from './harness';
import { generateTerraform } from '../../scripts/bench';

/** Far above any test's duration: no pause re-publishes in the middle (both servers stay in step). */
const NO_PAUSE = 600_000;

const CFN = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Encrypt:
    Type: String
Resources:
  Volume:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: eu-west-1a
      Size: 10
      Encrypted: !Ref Encrypt
  DataBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: false
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: false
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

/** An edit: replace the `nth` occurrence of `find` (after `after`, when given) by `by`. */
interface Step {
  find: string;
  by: string;
  after?: string;
  /** Insert before `find` instead of replacing it. */
  insert?: boolean;
}

function typed(find: string, chars: string, after?: string): Step[] {
  // Character by character, each after what the previous ones typed.
  return [...chars].map((_, i) => ({ find: find + chars.slice(0, i), by: find + chars.slice(0, i + 1), after }));
}

const TF_STEPS: Step[] = [
  ...typed('Name = "logs-6', 'abc'),
  // A line added at the top: every range moves down, no offset-free content changes.
  { find: 'resource', by: '\n', insert: true },
  ...typed('Name = "logs-12', 'zz'),
  // A finding that appears, then vanishes again.
  { find: 'http_tokens = "required"', by: 'http_tokens = "optional"' },
  { find: 'http_tokens = "optional"', by: 'http_tokens = "required"' },
  // A block that stops parsing while it is typed (calm keeps its findings, stale), then parses again.
  { find: '  tags = merge(local.common_tags, {', by: '  acl = "', after: 'resource "aws_s3_bucket" "b6"', insert: true },
  ...typed('acl = "', 'pub', 'resource "aws_s3_bucket" "b6"'),
  { find: 'acl = "pub', by: 'acl = "public-read"\n', after: 'resource "aws_s3_bucket" "b6"' },
  // A suppression, then a malformed one, then the line removed.
  { find: 'resource "aws_s3_bucket" "b0"', by: '# iac-compliance:ignore AWS-S3-001 The test says so\n', insert: true },
  { find: 'resource "aws_s3_bucket" "b12"', by: '# iac-compliance:ignore\n', insert: true },
  { find: '# iac-compliance:ignore\n', by: '' },
  // The blank line at the top removed: every range moves up.
  { find: '\n', by: '' },
];

const CFN_STEPS: Step[] = [
  ...typed('BucketName: data', 'xy'),
  { find: 'EnableKeyRotation: false', by: 'EnableKeyRotation: true' },
  { find: 'BlockPublicPolicy: false', by: 'BlockPublicPolicy: true' },
  // A nested key started: the bucket does not parse for a few keystrokes.
  { find: '      BucketName', by: '      Ver\n', insert: true },
  ...typed('      Ver', 'sioning', 'DataBucket'),
  { find: '      Versioning\n', by: '' },
  { find: 'EnableKeyRotation: true', by: 'EnableKeyRotation: false' },
];

async function applyBoth(sessions: LspSession[], uri: string, step: Step): Promise<PublishDiagnosticsParams[]> {
  const text = sessions[0]!.text(uri);
  const from = step.after === undefined ? 0 : text.indexOf(step.after);
  const at = text.indexOf(step.find, Math.max(0, from));
  assert.ok(from >= 0 && at >= 0, `${JSON.stringify(step.find)} in the text`);
  const end = step.insert ? at : at + step.find.length;
  const change = { range: { start: positionAt(text, at), end: positionAt(text, end) }, text: step.by };
  return Promise.all(
    sessions.map(async (s) => {
      const mark = s.mark();
      const version = s.change(uri, [change]);
      return (await s.waitForPublish(uri, (p) => p.version === version, { since: mark, timeoutMs: 20000 })).params;
    }),
  );
}

function isStale(d: Diagnostic): boolean {
  return (d.data as { stale?: boolean } | undefined)?.stale === true;
}

void describe('publish reuse (diagnostic memo)', () => {
  let cached: LspSession;
  let fresh: LspSession;
  const settings = { typingDelay: NO_PAUSE };
  before(async () => {
    const init = { initializationOptions: { settings: { iacCompliance: settings } } };
    [cached, fresh] = await Promise.all([LspSession.start(init), LspSession.start({ ...init, env: { IAC_PUBLISH_CACHE: 'off' } })]);
  });
  after(async () => {
    await Promise.all([cached.shutdown(), fresh.shutdown()]);
  });

  for (const [name, text, steps] of [
    ['main.tf', generateTerraform(160), TF_STEPS],
    ['stack.yaml', CFN, CFN_STEPS],
  ] as const) {
    void it(`${name}: every publish equals the one built afresh`, async () => {
      const uri = scratchUri('publish-cache', name);
      const sessions = [cached, fresh];
      const opened = await Promise.all(
        sessions.map(async (s) => {
          const mark = s.mark();
          const version = s.open(uri, text);
          return (await s.waitForPublish(uri, (p) => p.version === version, { since: mark, timeoutMs: 30000 })).params;
        }),
      );
      assert.deepEqual(opened[0], opened[1], 'on open');
      const counts = new Set<number>([opened[0]!.diagnostics.length]);
      let stale = 0;
      let suppressionProblems = 0;
      for (const [i, step] of steps.entries()) {
        const [a, b] = await applyBoth(sessions, uri, step);
        assert.deepEqual(a, b, `step ${i}: ${JSON.stringify(step)}`);
        counts.add(a!.diagnostics.length);
        if (a!.diagnostics.some(isStale)) stale++;
        if (a!.diagnostics.some((d) => d.code === 'suppression')) suppressionProblems++;
      }
      // What the steps are there for did happen (else the comparison would prove little).
      assert.ok(counts.size >= 3, `findings appeared and vanished: counts ${[...counts].join(', ')}`);
      assert.ok(stale > 0, 'some publish kept stale findings');
      if (name === 'main.tf') assert.ok(suppressionProblems > 0, 'a malformed suppression was reported');
      // A settings change re-publishes everything: severities of "cannot verify" follow it.
      const again = await Promise.all(
        sessions.map(async (s) => {
          const mark = s.mark();
          s.changeConfiguration({ ...settings, cannotVerifySeverity: 'warning' });
          return (await s.waitForPublish(uri, () => true, { since: mark, timeoutMs: 20000 })).params;
        }),
      );
      assert.deepEqual(again[0], again[1], 'after a settings change');
      const unverifiable = again[0]!.diagnostics.filter((d) => (d.data as { kind?: string } | undefined)?.kind === 'unverifiable');
      if (name === 'stack.yaml') assert.ok(unverifiable.length > 0 && unverifiable.every((d) => d.severity === 2), `"cannot verify" raised to warnings: ${JSON.stringify(unverifiable)}`);
      for (const s of sessions) {
        s.changeConfiguration(settings);
        s.close(uri);
      }
    });
  }
});
