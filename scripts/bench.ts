// SPDX-License-Identifier: Apache-2.0
// `npm run bench:parser`: parser speed. Median over repeated runs on generated realistic Terraform of 100, 2,000
// and 20,000 lines and on every .tf file of the shared corpus: ms per file, MB/s, and the ratio to a
// lex-only pass over the same text (how much the parser adds on top of the scanner). Then the corpus's
// CloudFormation YAML: the direct reader (parsers/cfn/yamlDirect.ts) against the `yaml` library's reading
// of the same files, and parseYaml (the direct reader, the library for the rest) over every YAML file.
// Measures, never asserts: numbers go to the closing notes, docs/parser.md and docs/performance.md.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexHcl, parseHcl } from '../server/src/parsers/hcl';
import { parseYaml, parseYamlByLibrary } from '../server/src/parsers/cfn/parseYaml';
import { readYamlDirect } from '../server/src/parsers/cfn/yamlDirect';

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = resolve(dir, '..');
  return dir;
}

/** Realistic Terraform: a rotation of resource shapes seen in the corpus, numbered to stay unique. */
export function generateTerraform(lines: number): string {
  const shapes: ((i: number) => string)[] = [
    (i) => `resource "aws_s3_bucket" "b${i}" {
  bucket = "acme-\${var.environment}-logs-${i}"
  tags = merge(local.common_tags, {
    Name = "logs-${i}"
  })
}
`,
    (i) => `resource "aws_security_group" "sg${i}" {
  name        = "sg-${i}"
  description = "Allow TLS inbound traffic"
  vpc_id      = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }

  dynamic "egress" {
    for_each = var.egress_rules
    content {
      from_port   = egress.value.from
      to_port     = egress.value.to
      protocol    = "-1"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`,
    (i) => `data "aws_iam_policy_document" "p${i}" {
  statement {
    sid       = "AllowRead${i}"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["\${aws_s3_bucket.b${i}.arn}/*", aws_s3_bucket.b${i}.arn]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["true"]
    }
  }
}
`,
    (i) => `locals {
  names_${i} = [for s in var.subnets : upper(s.name) if s.public]
  by_az_${i}  = { for k, v in var.subnets : v.az => k... }
  count_${i}  = length(var.subnets) > 2 ? 3 : 1 # fallback
}
`,
    (i) => `resource "aws_instance" "web${i}" {
  count         = var.instance_count
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "hello \${var.environment}" > /tmp/hello-${i}
  EOT

  metadata_options {
    http_tokens = "required"
  }
}
`,
    (i) => `module "vpc_${i}" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.0"

  cidr            = "10.${i % 250}.0.0/16"
  azs             = slice(data.aws_availability_zones.available.names, 0, 3)
  private_subnets = [for k, v in local.azs : cidrsubnet(local.cidr, 4, k)]
  enable_nat_gateway = true
}
`,
  ];
  let out = '';
  let count = 0;
  let i = 0;
  while (count < lines) {
    const chunk = shapes[i % shapes.length]!(i) + '\n';
    out += chunk;
    count += chunk.split('\n').length - 1;
    i++;
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms of fn over runs, after warm-up. */
function time(fn: () => void, runs: number): number {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

function row(name: string, lines: number, bytes: number, parseMs: number, lexMs: number): string {
  const mbs = bytes / 1e6 / (parseMs / 1000);
  return `| ${name} | ${lines.toLocaleString('en')} | ${(bytes / 1024).toFixed(0)} KiB | ${parseMs.toFixed(2)} ms | ${mbs.toFixed(1)} MB/s | ${lexMs.toFixed(2)} ms | ${(parseMs / lexMs).toFixed(2)}x |`;
}

function walk(dir: string, acc: string[], name: RegExp = /\.tf$/): string[] {
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, acc, name);
    else if (name.test(n)) acc.push(p);
  }
  return acc;
}

/** The corpus's YAML: the direct reader against the library on the files it reads, and parseYaml on all. */
function yamlRows(corpus: string): void {
  const all = walk(corpus, [], /\.(ya?ml|template)$/).map((f) => readFileSync(f, 'utf8'));
  const direct = all.filter((t) => readYamlDirect(t) !== null);
  const size = (ts: string[]): string => `${(ts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024).toFixed(0)} KiB`;
  const directMs = time(() => direct.forEach((t) => readYamlDirect(t)), 10);
  const libraryMs = time(() => direct.forEach((t) => parseYamlByLibrary(t)), 10);
  const parseMs = time(() => all.forEach((t) => parseYaml(t)), 10);
  const libraryAllMs = time(() => all.forEach((t) => parseYamlByLibrary(t)), 10);
  console.log('');
  console.log('| YAML input | files | size | direct reader | `yaml` library | library / direct |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  console.log(`| corpus: the files the direct reader reads | ${direct.length} | ${size(direct)} | ${directMs.toFixed(1)} ms | ${libraryMs.toFixed(1)} ms | ${(libraryMs / directMs).toFixed(1)}x |`);
  console.log(`| corpus: every YAML file (parseYaml: direct, else the library) | ${all.length} | ${size(all)} | ${parseMs.toFixed(1)} ms | ${libraryAllMs.toFixed(1)} ms | ${(libraryAllMs / parseMs).toFixed(1)}x |`);
}

function main(): void {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  console.log('| input | lines | size | parse (median) | throughput | lex only | parse / lex |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [lines, runs] of [
    [100, 400],
    [2000, 100],
    [20000, 25],
  ] as const) {
    const src = generateTerraform(lines);
    const diags = parseHcl(src).diagnostics;
    if (diags.length > 0) throw new Error(`generated file has syntax errors: ${diags[0]!.summary}`);
    const parseMs = time(() => parseHcl(src), runs);
    const lexMs = time(() => lexHcl(src), runs);
    console.log(row(`generated ${lines} lines`, src.split('\n').length, Buffer.byteLength(src), parseMs, lexMs));
  }
  const corpus = join(repoRoot(), '..', 'shared', 'corpus', 'real');
  if (existsSync(corpus)) {
    const texts = walk(corpus, []).map((f) => readFileSync(f, 'utf8'));
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const lines = texts.reduce((n, t) => n + t.split('\n').length, 0);
    const parseMs = time(() => texts.forEach((t) => parseHcl(t)), 10);
    const lexMs = time(() => texts.forEach((t) => lexHcl(t)), 10);
    console.log(row(`corpus: ${texts.length} .tf files (all)`, lines, bytes, parseMs, lexMs));
    console.log(`corpus: ${(parseMs / texts.length).toFixed(3)} ms per file on average`);
    yamlRows(corpus);
  } else {
    console.log(`(corpus not found at ${corpus}; skipped)`);
  }
}

if (process.argv[1]?.endsWith("bench.js")) main();
