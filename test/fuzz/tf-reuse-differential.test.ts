// SPDX-License-Identifier: Apache-2.0
// The editor's reuse of the previous keystroke's model lists and rule results (server/src/service/tf-reuse.ts)
// against a fresh analysis: seeded random edits (characters typed and deleted in strings, values, headers and
// labels, lines deleted, attributes, variables, locals, companion resources, `count`, `for_each`, `dynamic`
// blocks and module calls inserted) applied to open documents of an analysis service, as the language
// server does, and after EACH edit every file of the module analysed again; the findings (offsets,
// messages, fix edits, suppressions), rule runs, resources (the whole model object) and notes must equal
// those of a new service reading the same texts from disk (the CLI's path, no reuse). Scaled by FUZZ_SCALE.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalysisService } from '../../server/src/service/analysis';
import type { FileAnalysis } from '../../server/src/service/analysis';
import { Unknown } from '../../server/src/core/value';
import { ALL_RULES } from '../../rules';
import { MemoryFs, TEST_TODAY } from '../support/fixture-runner';
import { fuzzCount } from '../support/fuzz';
import { generateTerraform } from '../../scripts/bench';

const ROOT = process.cwd();
const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

/** The module folders edited: workspace path → text; `open` are the files edited (open documents). */
interface Fixture {
  name: string;
  files: Record<string, string>;
}

const EVALUATED = `variable "enabled" {
  default = true
}

variable "names" {
  default = ["a", "b"]
}

locals {
  prefix = "acme"
  rules  = [{ from = 22, to = 22 }, { from = 443, to = 443 }]
}

resource "aws_s3_bucket" "logs" {
  bucket = "\${local.prefix}-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = var.enabled
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_policy" "logs" {
  bucket = aws_s3_bucket.logs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "\${aws_s3_bucket.logs.arn}/*", Condition = { Bool = { "aws:SecureTransport" = "false" } } }]
  })
}

resource "aws_s3_bucket" "each" {
  for_each = toset(var.names)
  bucket   = "\${local.prefix}-\${each.key}"
}

resource "aws_security_group" "web" {
  name = "web"
  dynamic "ingress" {
    for_each = local.rules
    content {
      from_port   = ingress.value.from
      to_port     = ingress.value.to
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}

resource "aws_instance" "app" {
  count         = var.enabled ? 2 : 0
  ami           = "ami-123"
  instance_type = "t3.micro"
  metadata_options {
    http_tokens = "optional"
  }
}
`;

const SECOND_FILE = `resource "aws_cloudtrail" "main" {
  name                          = "main"
  s3_bucket_name                = aws_s3_bucket.logs.id
  is_multi_region_trail         = true
  enable_log_file_validation    = false
  cloud_watch_logs_group_arn    = "\${aws_cloudwatch_log_group.trail.arn}:*"
}

resource "aws_cloudwatch_log_group" "trail" {
  name = "trail"
}

resource "aws_cloudwatch_log_metric_filter" "root" {
  name           = "root"
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = "{ $.userIdentity.type = \\"Root\\" }"
  metric_transformation {
    name      = "RootUsage"
    namespace = "CIS"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" "root" {
  alarm_name          = "root"
  metric_name         = aws_cloudwatch_log_metric_filter.root.metric_transformation[0].name
  namespace           = "CIS"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  threshold           = 1
  statistic           = "Sum"
  period              = 300
  alarm_actions       = [aws_sns_topic.alerts.arn]
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

# iac-compliance:ignore s3-versioning-enabled -- a test of suppressions
resource "aws_s3_bucket" "quiet" {
  bucket = "quiet"
}
`;

function fixtures(): Fixture[] {
  return [
    { name: 'evaluated', files: { '/ws/ev/main.tf': EVALUATED, '/ws/ev/monitoring.tf': SECOND_FILE } },
    { name: 'bench', files: { '/ws/bench/main.tf': generateTerraform(240) } },
    { name: 'example', files: { '/ws/ex/main.tf': read('examples/terraform/main.tf') } },
    {
      name: 'account',
      files: {
        '/ws/acct/main.tf': read('test/fixtures/report/compliant/account/main.tf'),
        '/ws/acct/buckets.tf': read('test/fixtures/report/compliant/account/buckets.tf'),
        '/ws/acct/monitoring.tf': read('test/fixtures/report/compliant/account/monitoring.tf'),
      },
    },
    {
      name: 'module-calls',
      files: {
        '/ws/plan/main.tf': read('test/fixtures/plan/basic/main.tf'),
        '/ws/plan/modules/disk/main.tf': read('test/fixtures/plan/basic/modules/disk/main.tf'),
        '/ws/plan/modules/extra/main.tf': read('test/fixtures/plan/basic/modules/extra/main.tf'),
      },
    },
    { name: 'lsp-module', files: { '/ws/lm/a.tf': read('test/fixtures/lsp/module/a.tf'), '/ws/lm/b.tf': read('test/fixtures/lsp/module/b.tf') } },
    {
      // Companions made by called modules for the root's resources (service/module-joins.ts): a local module
      // given the bucket's id, and a registry module not on disk given a reference.
      name: 'module-joins',
      files: {
        '/ws/mj/main.tf': `resource "aws_s3_bucket" "b" {\n  bucket = "data"\n}\n\nresource "aws_s3_bucket" "c" {\n  bucket = "more"\n}\n\nmodule "pab" {\n  source    = "./pab"\n  bucket_id = aws_s3_bucket.b.id\n  acls      = false\n}\n\nmodule "remote" {\n  source    = "acme/pab/aws"\n  bucket_id = aws_s3_bucket.c.id\n}\n`,
        '/ws/mj/pab/main.tf': `variable "bucket_id" {}\n\nvariable "acls" {\n  default = true\n}\n\nresource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = var.bucket_id\n  block_public_acls       = var.acls\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n`,
      },
    },
    { name: 'trail-pattern', files: { '/ws/tp/main.tf': read('test/rules/aws/monitoring/monitoring-cloudtrail-changes/fail-pattern.tf') } },
  ];
}

/** mulberry32: a small seeded generator (a failure replays with the same seed). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edit {
  what: string;
  at: number;
  remove: number;
  insert: string;
}

const SNIPPETS = [
  'variable "extra" {\n  default = false\n}\n\n',
  'locals {\n  more = "x"\n}\n\n',
  'resource "aws_s3_bucket" "added" {\n  bucket = "added"\n}\n\n',
  'resource "aws_s3_bucket_public_access_block" "added" {\n  bucket = aws_s3_bucket.logs.id\n  block_public_acls = false\n}\n\n',
  'resource "aws_s3_bucket_versioning" "v" {\n  bucket = aws_s3_bucket.logs.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\n',
  'resource "aws_cloudwatch_log_group" "extra" {\n  name = "extra"\n  retention_in_days = 1\n}\n\n',
  'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["*"]\n    resources = ["*"]\n  }\n}\n\n',
  'module "m" {\n  source = "./modules/disk"\n}\n\n',
  'output "o" {\n  value = 1\n}\n\n',
  'resource "aws_security_group" "dyn" {\n  dynamic "egress" {\n    for_each = [1, 2]\n    content {\n      from_port = egress.value\n      to_port = 0\n      protocol = "-1"\n      cidr_blocks = ["0.0.0.0/0"]\n    }\n  }\n}\n\n',
];

const ATTRIBUTES = ['  count = 2\n', '  for_each = toset(["x", "y"])\n', '  force_destroy = true\n', '  tags = { Name = "t" }\n', '  encrypted = false\n', '  http_tokens = "optional"\n'];

/** One random edit of `text`. */
function randomEdit(text: string, r: () => number): Edit {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const matches = (re: RegExp): RegExpMatchArray[] => [...text.matchAll(re)];
  const roll = r();
  if (roll < 0.3) {
    // A character typed or deleted inside a string (a name, a tag, a pattern).
    const strings = matches(/"[^"\n]*"/g);
    if (strings.length > 0) {
      const m = pick(strings);
      const at = m.index! + 1 + Math.floor(r() * (m[0].length - 1));
      if (r() < 0.7 || m[0].length <= 2) return { what: 'type in string', at, remove: 0, insert: pick(['a', 'z', '0', '-', '*', ' ', '$']) };
      return { what: 'delete in string', at: Math.min(at, m.index! + m[0].length - 2), remove: 1, insert: '' };
    }
  }
  if (roll < 0.45) {
    // A value flipped: true/false, a number, required/optional.
    const values = matches(/\b(true|false|required|optional|Enabled|Suspended|\d+)\b/g);
    if (values.length > 0) {
      const m = pick(values);
      const swap: Record<string, string> = { true: 'false', false: 'true', required: 'optional', optional: 'required', Enabled: 'Suspended', Suspended: 'Enabled' };
      return { what: `flip ${m[0]}`, at: m.index!, remove: m[0].length, insert: swap[m[0]] ?? String(Number(m[0]) + 1) };
    }
  }
  if (roll < 0.55) {
    // A header or label edited: the type, the name.
    const labels = matches(/^(resource|data|variable|module|output) ("[^"]*")( "[^"]*")?/gm);
    if (labels.length > 0) {
      const m = pick(labels);
      const at = m.index! + m[1]!.length + 2 + Math.floor(r() * (m[2]!.length - 2));
      return { what: 'type in label', at, remove: 0, insert: pick(['x', '_']) };
    }
  }
  if (roll < 0.65) {
    // An attribute inserted into a block (after its header line) or a line deleted.
    const headers = matches(/^(resource|data|module) [^\n]*\{\n/gm);
    if (headers.length > 0 && r() < 0.6) {
      const m = pick(headers);
      return { what: 'attribute', at: m.index! + m[0].length, remove: 0, insert: pick(ATTRIBUTES) };
    }
    const lines = matches(/^[^\n]*\n/gm);
    if (lines.length > 0) {
      const m = pick(lines);
      return { what: 'delete line', at: m.index!, remove: m[0].length, insert: '' };
    }
  }
  if (roll < 0.8) {
    // A whole block inserted between two top-level blocks, or one removed.
    const starts = matches(/^(resource|data|variable|locals|module|output|provider|terraform)\b/gm);
    if (starts.length > 0) {
      const m = pick(starts);
      if (r() < 0.75) return { what: 'block', at: m.index!, remove: 0, insert: pick(SNIPPETS) };
      const end = text.indexOf('\n}\n', m.index!);
      if (end > 0) return { what: 'remove block', at: m.index!, remove: end + 3 - m.index!, insert: '' };
    }
  }
  // A character anywhere (often a syntax error: the parse and the analysis start over).
  const at = Math.floor(r() * (text.length + 1));
  if (r() < 0.5 && at < text.length) return { what: 'delete char', at, remove: 1, insert: '' };
  return { what: 'type char', at, remove: 0, insert: pick(['a', '\n', ' ', '"', '{', '}', '=', '#']) };
}

/** Everything a file's analysis reports, as JSON: AST nodes as their offsets, unknowns as their text. */
function snapshot(service: AnalysisService, a: FileAnalysis): string {
  const out = {
    syntax: a.syntax,
    findings: a.findings.map((f) => ({ ...f, fixes: f.fixes.map((x) => ({ id: x.id, title: x.title, edits: [...service.fixEdits(f, x.id)] })) })),
    runs: a.runs.map((r) => ({ ...r, rule: r.rule.meta.id })),
    resources: a.resources,
    notes: a.notes,
  };
  return JSON.stringify(out, (_k, v: unknown) => {
    if (v instanceof Unknown) return `unknown: ${v.detail} ${JSON.stringify(v.ref)}`;
    if (v instanceof Map) return [...v];
    if (typeof v === 'object' && v !== null && typeof (v as { start?: unknown }).start === 'number' && typeof (v as { type?: unknown }).type === 'string') {
      const n = v as { type: string; start: number; end: number };
      return `${n.type}@${n.start}-${n.end}`;
    }
    return v;
  });
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\n  reused: ${a.slice(Math.max(0, i - 300), i + 200)}\n  fresh:  ${b.slice(Math.max(0, i - 300), i + 200)}`;
}

/** Applies `steps` random edits to the fixture's files through open documents, checking after each. */
function run(fx: Fixture, seed: number, steps: number): { reused: number; rulesReused: number } {
  const r = rng(seed);
  const texts = new Map(Object.entries(fx.files));
  const disk = new MemoryFs();
  for (const [p, t] of texts) disk.files.set(p, t);
  const editor = new AnalysisService({ fs: disk, rules: ALL_RULES, today: TEST_TODAY });
  for (const [p, t] of texts) editor.setOverlay(p, t);
  const paths = [...texts.keys()];
  for (const p of paths) editor.analyzeFile(p);
  let reused = 0;
  let rulesReused = 0;
  for (let step = 0; step < steps; step++) {
    const path = paths[Math.floor(r() * paths.length)]!;
    const text = texts.get(path)!;
    const e = randomEdit(text, r);
    const next = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
    texts.set(path, next);
    editor.setOverlay(path, next);
    const fresh = new MemoryFs();
    for (const [p, t] of texts) fresh.files.set(p, t);
    const cli = new AnalysisService({ fs: fresh, rules: ALL_RULES, today: TEST_TODAY });
    // The edited file first, as the server validates it; then the others of the workspace.
    for (const p of [path, ...paths.filter((x) => x !== path)]) {
      const got = snapshot(editor, editor.analyzeFile(p));
      if (p === path && editor.lastReuse) {
        reused += editor.lastReuse.listsReused;
        rulesReused += editor.lastReuse.rulesReused;
        elementsReused += editor.lastReuse.elementsReused;
      }
      const want = snapshot(cli, cli.analyzeFile(p));
      if (got !== want) assert.fail(`${fx.name}, seed ${seed}, step ${step}: ${e.what} at ${e.at} of ${path} (removed ${e.remove}, inserted ${JSON.stringify(e.insert)}); ${p} differs ${firstDifference(got, want)}`);
    }
  }
  return { reused, rulesReused };
}

/** Elements of rebuilt lists taken from the previous keystroke (per resource instance), over all fixtures. */
let elementsReused = 0;

describe('Terraform keystroke reuse equals a fresh analysis', () => {
  for (const fx of fixtures()) {
    it(`${fx.name}: random edits, each compared with a fresh analysis`, () => {
      const sequences = fuzzCount(3);
      let reused = 0;
      let rulesReused = 0;
      for (let s = 0; s < sequences; s++) {
        const got = run(fx, 1000 + s * 7 + fx.name.length, 40);
        reused += got.reused;
        rulesReused += got.rulesReused;
      }
      // The comparison means something only if something was reused.
      assert.ok(reused > 0 && rulesReused > 0, `nothing was reused in ${fx.name}`);
    });
  }
  it('rebuilt lists took elements of untouched blocks from the previous keystroke', () => {
    assert.ok(elementsReused > 0, 'no element was reused: the per-element reuse went untested');
  });
});
