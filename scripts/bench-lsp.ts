// SPDX-License-Identifier: Apache-2.0
// Language server latency: spawns the BUILT server (dist/server.js --stdio), opens a generated realistic
// 2,000-line Terraform file and a 2,000-line CloudFormation YAML template, makes 200 edits to each (typing
// a character into a string, toggling a value that changes the findings), and after each waits for the
// publishDiagnostics of that version. The time measured is from writing the didChange to reading the
// publishDiagnostics, over stdio pipes (most editors) and over Node's IPC channel (how the VS Code
// extension starts the server), each in a server of its own: server-side analysis plus the JSON-RPC and
// transport cost on both ends, including serializing and parsing the published diagnostics.
//
//   npm run bench:lsp [-- --edits N] [--warmup N] [--profile]   (= node --expose-gc out/scripts/bench-lsp.js ...)
//
// --profile runs the server with --cpu-prof and prints where its time went (self and inclusive, by
// function and by source file). So that names survive even when dist/ holds a minified production build,
// the profiled server is an unminified bundle of the same sources built into a temp folder.
// --server <path> benchmarks another server bundle; --only terraform|cloudformation runs one file type;
// --transport stdio|ipc one transport (both by default: stdio, then Node IPC as VS Code starts the server). The server's own CPU time per edit (from /proc, on
// Linux) is printed too: unlike the round trip it does not grow when other processes load the machine.
// IAC_BENCH_SERVER_FLAGS="--flag ..." passes Node flags to the server (GC experiments).
// Measures and compares with the budget; exits non-zero only when the server fails, never for being over
// budget.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateTerraform } from './bench';
import { buildSync } from 'esbuild';
import { LspSession, ROOT, SERVER_JS, positionAt, scratchUri } from '../test/lsp/harness';

const clientGc = (globalThis as { gc?: () => void }).gc;

/** p95 budgets from the design: what an edit may cost before the Problems panel feels late. */
const BUDGET_MS: Record<string, number> = { terraform: 10, cloudformation: 40 };
/** Issue 16's targets for the same p95 (docs/performance.md). */
const TARGET_MS: Record<string, number> = { terraform: 5, cloudformation: 10 };

// --- generated CloudFormation -----------------------------------------------------------------------

/** Realistic CloudFormation YAML: a rotation of the resource kinds the rules know, numbered to stay unique. */
export function generateCloudFormation(lines: number): string {
  const shapes: ((i: number) => string)[] = [
    (i) => `  LogsBucket${i}:
    Type: AWS::S3::Bucket
    DeletionPolicy: Retain
    Properties:
      BucketName: !Sub "\${AppName}-logs-${i}-\${AWS::AccountId}"
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: ${i % 3 === 0 ? 'false' : 'true'}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: !Ref Key${i + 4}
      Tags:
        - Key: Name
          Value: logs-${i}
        - Key: Environment
          Value: !Ref Environment
  LogsBucketPolicy${i}:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref LogsBucket${i}
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Sid: DenyInsecureTransport
            Effect: Deny
            Principal: "*"
            Action: "s3:*"
            Resource:
              - !GetAtt LogsBucket${i}.Arn
              - !Sub "\${LogsBucket${i}.Arn}/*"
            Condition:
              Bool:
                aws:SecureTransport: "false"
`,
    (i) => `  WebSg${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web tier ${i}
      VpcId: !Ref Vpc${i + 5}
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: tcp
          FromPort: ${i % 2 === 0 ? 22 : 8080}
          ToPort: ${i % 2 === 0 ? 22 : 8080}
          CidrIp: ${i % 4 === 0 ? '0.0.0.0/0' : '10.0.0.0/8'}
      SecurityGroupEgress:
        - IpProtocol: "-1"
          CidrIp: 0.0.0.0/0
`,
    (i) => `  Db${i}:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      EngineVersion: "15.4"
      DBInstanceClass: db.t3.medium
      AllocatedStorage: "50"
      MasterUsername: !Ref DbUser
      MasterUserPassword: !Sub "{{resolve:secretsmanager:\${DbSecret}:SecretString:password}}"
      StorageEncrypted: ${i % 2 === 0 ? 'true' : 'false'}
      PubliclyAccessible: false
      DBSubnetGroupName: !Ref DbSubnets
      VPCSecurityGroups:
        - !GetAtt WebSg${i + 2}.GroupId
`,
    (i) => `  AppRole${i}:
    Type: AWS::IAM::Role
    Properties:
      RoleName: !Sub "\${AppName}-app-${i}"
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read-logs-${i}
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action:
                  - s3:GetObject
                  - s3:ListBucket
                Resource:
                  - !GetAtt LogsBucket${i + 3}.Arn
                  - !Sub "\${LogsBucket${i + 3}.Arn}/*"
              - Effect: Allow
                Action: ${i % 5 === 0 ? '"*"' : 'kms:Decrypt'}
                Resource: "*"
`,
    (i) => `  Trail${i}:
    Type: AWS::CloudTrail::Trail
    Properties:
      TrailName: trail-${i}
      IsLogging: true
      S3BucketName: !Ref LogsBucket${i + 4}
      IsMultiRegionTrail: ${i % 3 === 0 ? '!If [IsProd, true, false]' : 'true'}
      EnableLogFileValidation: true
      IncludeGlobalServiceEvents: true
      KMSKeyId: !GetAtt Key${i + 1}.Arn
`,
    (i) => `  Key${i}:
    Type: AWS::KMS::Key
    Properties:
      Description: data key ${i}
      EnableKeyRotation: ${i % 2 === 0 ? 'true' : 'false'}
      KeyPolicy:
        Version: "2012-10-17"
        Statement:
          - Sid: Root
            Effect: Allow
            Principal:
              AWS: !Sub "arn:aws:iam::\${AWS::AccountId}:root"
            Action: "kms:*"
            Resource: "*"
  Vpc${i}:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.${i % 250}.0.0/16
      EnableDnsHostnames: true
  Volume${i}:
    Type: AWS::EC2::Volume
    Properties:
      AvailabilityZone: !Select [0, !GetAZs ""]
      Size: 100
      Encrypted: ${i % 3 === 0 ? 'false' : 'true'}
`,
  ];
  let out = `AWSTemplateFormatVersion: "2010-09-09"
Description: Generated benchmark stack
Parameters:
  AppName:
    Type: String
    Default: acme
  Environment:
    Type: String
    AllowedValues: [dev, prod]
  DbUser:
    Type: String
  DbSecret:
    Type: String
  DbSubnets:
    Type: String
Conditions:
  IsProd: !Equals [!Ref Environment, prod]
Resources:
`;
  let count = out.split('\n').length - 1;
  let i = 0;
  while (count < lines) {
    const chunk = shapes[i % shapes.length]!(i);
    out += chunk;
    count += chunk.split('\n').length - 1;
    i++;
  }
  return out;
}

// --- edits --------------------------------------------------------------------------------------------

interface Edit {
  what: 'type' | 'toggle';
  offset: number;
  length: number;
  text: string;
}

/**
 * The n-th edit of a session: even ones type a character into a string (the name of the k-th bucket or
 * description), odd ones flip a value that changes the findings. Offsets are computed on the current text.
 */
function nextEdit(kind: 'terraform' | 'cloudformation', text: string, n: number): Edit {
  const typeAnchor = kind === 'terraform' ? /Name = "logs-\d+/g : /GroupDescription: web tier \d+/g;
  const toggles: [RegExp, string, string][] =
    kind === 'terraform'
      ? [[/http_tokens = "(required|optional)"/g, 'required', 'optional']]
      : [
          [/EnableKeyRotation: (true|false)/g, 'true', 'false'],
          [/StorageEncrypted: (true|false)/g, 'true', 'false'],
        ];
  const pick = <T>(all: T[]): T => all[(n * 7919) % all.length]!;
  if (n % 2 === 0) {
    const m = pick([...text.matchAll(typeAnchor)]);
    return { what: 'type', offset: m.index! + m[0].length, length: 0, text: String.fromCharCode(97 + (n % 26)) };
  }
  const [re, a, b] = toggles[(n >> 1) % toggles.length]!;
  const m = pick([...text.matchAll(re)]);
  const value = m[1]!;
  return { what: 'toggle', offset: m.index! + m[0].lastIndexOf(value), length: value.length, text: value === a ? b : a };
}

// --- measurement --------------------------------------------------------------------------------------

/** CPU time (user + system) the process has used, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  const stat = pid !== undefined && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : null;
  if (!stat) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the line, in clock ticks (100 per second on Linux).
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

interface Run {
  kind: 'terraform' | 'cloudformation';
  transport: 'stdio' | 'ipc';
  /** Mean server CPU per measured edit (ms), when /proc is there. */
  cpuPerEdit: number | null;
  lines: number;
  kib: number;
  openMs: number;
  samples: number[];
  /** The warm-up edits' latencies (not in `samples`): the first keystrokes after opening, while V8 compiles. */
  warmupSamples: number[];
  diagnostics: number[];
  payloadKiB: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(s: LspSession, kind: Run['kind'], name: string, text: string, edits: number, warmup: number): Promise<Run> {
  const transport = s.options.transport ?? 'stdio';
  const uri = scratchUri('bench', name);
  const t0 = performance.now();
  const openVersion = s.open(uri, text);
  const opened = await s.waitForPublish(uri, (p) => p.version === openVersion, { timeoutMs: 60000, since: 0 });
  const openMs = opened.at - t0;
  const samples: number[] = [];
  const warmupSamples: number[] = [];
  const diagnostics: number[] = [];
  let payload = 0;
  let cpuStart: number | null = null;
  for (let n = 0; n < warmup + edits; n++) {
    if (n === warmup) cpuStart = cpuMs(s.child.pid);
    const current = s.text(uri);
    const e = nextEdit(kind, current, n);
    const range = { start: positionAt(current, e.offset), end: positionAt(current, e.offset + e.length) };
    // The measuring client's own garbage (the previous publish's 100 KiB of parsed JSON) is collected
    // before the clock starts, so its collector does not pause inside the next measurement; the server is
    // idle at this point. (Needs --expose-gc, which `npm run bench:lsp` passes.)
    clientGc?.();
    const mark = s.mark();
    const sent = performance.now();
    const version = s.change(uri, [{ range, text: e.text }]);
    const p = await s.waitForPublish(uri, (x) => x.version === version, { timeoutMs: 30000, since: mark });
    if (n < warmup) {
      warmupSamples.push(p.at - sent);
      continue;
    }
    samples.push(p.at - sent);
    diagnostics.push(p.params.diagnostics.length);
    // UTF-8 bytes of the notification's params (messages hold a few non-ASCII characters such as `·`).
    payload += Buffer.byteLength(JSON.stringify(p.params));
    // Keep the client's heap flat over hundreds of edits: forget what was measured.
    for (const old of s.publishes) old.params.diagnostics = [];
  }
  const cpuEnd = cpuMs(s.child.pid);
  s.close(uri);
  const cpuPerEdit = cpuStart !== null && cpuEnd !== null ? (cpuEnd - cpuStart) / edits : null;
  return { kind, transport, cpuPerEdit, lines: text.split('\n').length - 1, kib: Buffer.byteLength(text) / 1024, openMs, samples, warmupSamples, diagnostics, payloadKiB: payload / samples.length / 1024 };
}

interface BurstRun {
  kind: Run['kind'];
  bursts: number;
  size: number;
  /** From writing the burst (one write of all its didChange messages) to reading the final version's publish. */
  latencies: number[];
  /** Publishes received per burst (1 when the server coalesces). */
  publishes: number[];
}

/** Bursts of `size` keystrokes written back to back (a fast typist, a paste, an auto-repeat). */
async function measureBursts(s: LspSession, kind: Run['kind'], name: string, text: string, bursts: number, size: number): Promise<BurstRun> {
  const uri = scratchUri('bench-burst', name);
  const openVersion = s.open(uri, text);
  await s.waitForPublish(uri, (p) => p.version === openVersion, { timeoutMs: 60000, since: 0 });
  const latencies: number[] = [];
  const publishes: number[] = [];
  for (let b = 0; b < bursts; b++) {
    const mark = s.mark();
    // Written with the pipe corked: the server receives the burst in one read.
    const sent = performance.now();
    const version = s.burst(() => {
      let v = 0;
      for (let k = 0; k < size; k++) {
        const current = s.text(uri);
        const e = nextEdit(kind, current, 2 * (b * size + k)); // typing only
        const at = positionAt(current, e.offset);
        v = s.change(uri, [{ range: { start: at, end: at }, text: e.text }]);
      }
      return v;
    });
    const p = await s.waitForPublish(uri, (x) => x.version === version, { timeoutMs: 60000, since: mark });
    latencies.push(p.at - sent);
    await s.barrier();
    publishes.push(s.publishesFor(uri).filter((x) => x.seq >= mark).length);
  }
  s.close(uri);
  return { kind, bursts, size, latencies, publishes };
}

function burstTable(runs: BurstRun[]): string {
  const rows = ['| file | bursts | keystrokes per burst | burst written → final publish (p50) | (max) | publishes per burst |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of runs) {
    const sorted = [...r.latencies].sort((a, b) => a - b);
    const minP = Math.min(...r.publishes);
    const maxP = Math.max(...r.publishes);
    rows.push(`| ${r.kind === 'terraform' ? '.tf' : 'CloudFormation YAML'} | ${r.bursts} | ${r.size} | ${percentile(sorted, 50).toFixed(1)} ms | ${sorted.at(-1)!.toFixed(1)} ms | ${minP === maxP ? minP : `${minP}–${maxP}`} |`);
  }
  return rows.join('\n');
}

function table(runs: Run[]): string {
  const rows = [
    '| file | transport | lines | size | diagnostics | publish size (UTF-8, mean per publish) | open | edits | p50 | p95 | max | p95 budget | p95 target (issue 16) | server CPU per edit (mean) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of runs) {
    const sorted = [...r.samples].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    const budget = BUDGET_MS[r.kind]!;
    const minD = Math.min(...r.diagnostics);
    const maxD = Math.max(...r.diagnostics);
    rows.push(
      `| ${r.kind === 'terraform' ? '.tf (generated)' : 'CloudFormation YAML (generated)'} | ${r.transport === 'ipc' ? 'Node IPC (VS Code)' : 'stdio'} | ${r.lines.toLocaleString('en')} | ${r.kib.toFixed(0)} KiB | ${minD === maxD ? minD : `${minD}–${maxD}`} | ${r.payloadKiB.toFixed(0)} KiB | ${r.openMs.toFixed(1)} ms | ${r.samples.length} | ${percentile(sorted, 50).toFixed(2)} ms | ${p95.toFixed(2)} ms | ${sorted.at(-1)!.toFixed(2)} ms | ${budget} ms ${p95 <= budget ? '✅' : '❌ over'} | ${TARGET_MS[r.kind]!} ms ${p95 <= TARGET_MS[r.kind]! ? '✅' : '❌ over'} | ${r.cpuPerEdit === null ? 'n/a' : `${r.cpuPerEdit.toFixed(1)} ms`} |`,
    );
  }
  return rows.join('\n');
}

// --- profile summary ----------------------------------------------------------------------------------

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Bundle line → source file, from the `// path/to/file.ts` comments esbuild writes before each module. */
function bundleSources(bundle: string): { line: number; file: string }[] {
  const out: { line: number; file: string }[] = [];
  bundle.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:server|rules|node_modules)\/\S+\.(?:ts|js))$/.exec(l);
    if (m) out.push({ line: i, file: m[1]!.replace(/^node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1 (dependency)') });
  });
  return out;
}

/** An unminified bundle of the server (same options as esbuild.mjs, minus minify), for readable profiles. */
function bundleForProfile(dir: string): string {
  const outfile = join(dir, 'server.js');
  buildSync({ entryPoints: [join(ROOT, 'server', 'src', 'server.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: false, minify: false, logLevel: 'error' });
  return outfile;
}

function summarizeProfile(path: string, serverPath: string, top = 25): string {
  const prof = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const sources = bundleSources(readFileSync(serverPath, 'utf8'));
  const fileOf = (n: ProfileNode): string => {
    if (!n.callFrame.url.endsWith(serverPath.replace(/^.*[\\/]/, ''))) return n.callFrame.url ? n.callFrame.url.replace(/^.*\//, '') : '(vm)';
    let lo = 0;
    let hi = sources.length - 1;
    let found = '(bundle)';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sources[mid]!.line <= n.callFrame.lineNumber) {
        found = sources[mid]!.file;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfTime = new Map<number, number>();
  prof.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const name = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'} — ${fileOf(n)}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const byFile = new Map<string, number>();
  let busy = 0;
  for (const [id, t] of selfTime) {
    const n = nodes.get(id)!;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    busy += t;
    self.set(name(n), (self.get(name(n)) ?? 0) + t);
    byFile.set(fileOf(n), (byFile.get(fileOf(n)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = name(nodes.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + t);
    }
  }
  const fmt = (m: Map<string, number>, n: number): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `| ${(t / 1000).toFixed(0)} ms | ${((100 * t) / busy).toFixed(1)}% | ${k} |`)
      .join('\n');
  const head = '| time | share of busy | |\n| --- | --- | --- |';
  return [
    `busy (not idle) CPU time in the server: ${(busy / 1000).toFixed(0)} ms`,
    '',
    '**Self time by source file**',
    head,
    fmt(byFile, 15),
    '',
    '**Self time by function**',
    head,
    fmt(self, top),
    '',
    '**Inclusive time by function**',
    head,
    fmt(incl, top + 10),
  ].join('\n');
}

// --- main ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const edits = Number(args[args.indexOf('--edits') + 1] ?? '') || 200;
  const profile = args.includes('--profile');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const profDir = profile ? mkdtempSync(join(tmpdir(), 'iac-lsp-prof-')) : undefined;
  let serverPath = args.includes('--server') ? args[args.indexOf('--server') + 1]! : SERVER_JS;
  if (profDir && !args.includes('--server')) serverPath = bundleForProfile(profDir);
  // The budget is for a server that has been typed into (steady state): the first keystrokes after opening
  // a 2,000-line file run while V8 is still compiling the keystroke path (reported separately, below).
  const warmup = Number(args[args.indexOf('--warmup') + 1] ?? '') || 100;
  console.log(`node ${process.version}, ${process.platform}/${process.arch}; server ${serverPath}${profile ? ' (with --cpu-prof)' : ''}`);
  const extra = process.env.IAC_BENCH_SERVER_FLAGS ? process.env.IAC_BENCH_SERVER_FLAGS.split(' ') : [];
  // Both transports, each in a server of its own: stdio (Content-Length framing, what most editors use)
  // and Node's IPC channel (what the VS Code extension starts the server with). A profile is of stdio.
  const only2 = args.includes('--transport') ? args[args.indexOf('--transport') + 1] : undefined;
  const transports = (['stdio', 'ipc'] as const).filter((t) => (only2 === undefined || only2 === t) && !(profile && t === 'ipc'));
  const runs: Run[] = [];
  const bursts: BurstRun[] = [];
  for (const transport of transports) {
    const s = await LspSession.start({ serverPath, transport, execArgv: [...extra, ...(profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [])] });
    try {
      if (only !== 'cloudformation') runs.push(await measure(s, 'terraform', 'main.tf', generateTerraform(2000), edits, warmup));
      if (only !== 'terraform') runs.push(await measure(s, 'cloudformation', 'stack.yaml', generateCloudFormation(2000), edits, warmup));
      // Bursts need a pipe that can be corked (stdio).
      if (!profile && transport === 'stdio') {
        if (only !== 'cloudformation') bursts.push(await measureBursts(s, 'terraform', 'main.tf', generateTerraform(2000), 10, 20));
        if (only !== 'terraform') bursts.push(await measureBursts(s, 'cloudformation', 'stack.yaml', generateCloudFormation(2000), 10, 20));
      }
    } finally {
      await s.shutdown();
    }
  }
  console.log('');
  console.log(`Time from writing didChange to reading that version's publishDiagnostics (local pipes or Node's IPC channel, ${warmup} warm-up edits not counted):`);
  console.log('');
  console.log(table(runs));
  console.log('');
  for (const r of runs) {
    const w = [...r.warmupSamples].sort((a, b) => a - b);
    if (w.length > 0) console.log(`Warm-up, ${r.kind === 'terraform' ? '.tf' : 'YAML'}, ${r.transport} (the ${w.length} edits after opening, not counted above): p50 ${percentile(w, 50).toFixed(2)} ms, p95 ${percentile(w, 95).toFixed(2)} ms.`);
  }
  if (bursts.length > 0) {
    console.log('');
    console.log('Bursts: keystrokes written to the pipe in one go, then the wait for the final version (a server that coalesces publishes once per burst):');
    console.log('');
    console.log(burstTable(bursts));
  }
  if (profDir) {
    const files = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'));
    console.log('');
    if (files.length === 0) console.log('(no CPU profile written: the server did not exit normally)');
    for (const f of files) {
      console.log(`CPU profile: ${join(profDir, f)} (open in Chrome DevTools or VS Code)\n`);
      console.log(summarizeProfile(join(profDir, f), serverPath));
    }
    if (files.length === 0) rmSync(profDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
