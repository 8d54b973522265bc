// SPDX-License-Identifier: Apache-2.0
// The CloudFormation reader over every YAML/JSON file of the shared real-world corpus: nothing throws,
// every aws-cloudformation-templates file that declares AWSTemplateFormatVersion is detected, nothing in
// the Terraform module repositories is (their YAML/JSON are workflows, configs and package files), the
// spans are sane, and the YAML and JSON twins that the AWS repository ships list the same resources.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { parseCloudFormation, parseJson, toPlain } from '../../server/src/parsers/cfn';
import type { CfnNode, CloudFormationParse, PlainValue } from '../../server/src/parsers/cfn';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template']);
const AWS_REPO = 'aws-cloudformation-templates';

/** The repository root: the nearest folder with a package.json, from the source or the compiled file. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

const CORPUS = resolve(repoRoot(), '../shared/corpus/real');

function collect(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, acc);
    else if (EXTENSIONS.has(extname(name).toLowerCase())) acc.push(path);
  }
  return acc;
}

interface Parsed {
  path: string;
  text: string;
  result: CloudFormationParse;
}

function parseAll(): Parsed[] {
  return collect(CORPUS).map((path) => {
    const text = readFileSync(path, 'utf8');
    const hint = extname(path).toLowerCase() === '.json' ? 'json' : extname(path).toLowerCase() === '.template' ? undefined : 'yaml';
    let result: CloudFormationParse;
    try {
      result = parseCloudFormation(text, hint);
    } catch (error) {
      throw new Error(`${relative(CORPUS, path)}: parseCloudFormation threw: ${String(error)}`);
    }
    return { path, text, result };
  });
}

/**
 * Twins whose resources really differ upstream (the two files drifted apart), as `file: logical id`.
 * Every entry was checked by hand against the sources; anything else that differs is a reader bug.
 */
const KNOWN_TWIN_DRIFT = new Set([
  // The YAML moved from a launch configuration to a launch template; the JSON was not updated.
  'AutoScaling/AutoScalingRollingUpdates.yaml: ids',
  'AutoScaling/AutoScalingRollingUpdates.yaml: WebServerGroup',
  'AutoScaling/AutoScalingScheduledAction.yaml: ids',
  'AutoScaling/AutoScalingScheduledAction.yaml: WebServerGroup',
  // The YAML gained SecurityGroupIds the JSON lacks.
  'EC2/EC2_Instance_With_Ephemeral_Drives.yaml: EC2Instance',
  'EC2/EIP_With_Association.yaml: EC2Instance',
  // The YAML's UserData runs cfn-init before cfn-signal; the JSON only signals.
  'EC2/InstanceWithCfnInit.yaml: Instance',
  // Launch template in the YAML, launch configuration in the JSON.
  'ECS/EC2LaunchType/clusters/private-vpc.yaml: ECSAutoScalingGroup',
  'ECS/EC2LaunchType/clusters/private-vpc.yaml: ContainerInstances',
  'ECS/EC2LaunchType/clusters/public-vpc.yaml: ECSAutoScalingGroup',
  'ECS/EC2LaunchType/clusters/public-vpc.yaml: ContainerInstances',
  // A line of the YAML's literal block ends in a tab, which YAML keeps; the JSON conversion dropped it.
  'Solutions/AmazonCloudWatchAgent/ssm/suse.yaml: EC2Instance',
]);

/**
 * A comparable value: keys sorted (the JSON twins were written with a different key order), an unknown
 * YAML tag `!Rain::Embed x` read as the `{"Rain::Embed": "x"}` the JSON twins use, and a bare `!GetAZs`
 * (YAML: the empty string) equal to the `null` the converter wrote.
 */
function canonical(node: CfnNode): PlainValue {
  switch (node.type) {
    case 'Scalar':
      return node.tag ? { [node.tag.slice(1)]: node.value } : node.value;
    case 'Sequence':
      return node.items.map(canonical);
    case 'Intrinsic': {
      const empty = node.argument.type === 'Scalar' && (node.argument.value === '' || node.argument.value === null);
      return { [node.name]: node.name === 'Fn::GetAZs' && empty ? null : canonical(node.argument) };
    }
    case 'Map': {
      const sorted = [...node.entries].sort((a, b) => (a.key.value < b.key.value ? -1 : a.key.value > b.key.value ? 1 : 0));
      return Object.fromEntries(sorted.map((e) => [e.key.value, canonical(e.value)]));
    }
  }
}

function inAwsRepo(path: string): boolean {
  return relative(CORPUS, path).split(/[\\/]/)[0] === AWS_REPO;
}

test('CloudFormation corpus', { skip: !existsSync(CORPUS) && `corpus not found at ${CORPUS}` }, async (t) => {
  const started = Date.now();
  const parsed = parseAll();
  const elapsed = Date.now() - started;
  const templates = parsed.filter((p) => p.result.isCloudFormation);
  const resourceCount = templates.reduce((sum, p) => sum + (p.result.template?.resources.length ?? 0), 0);
  const withErrors = templates.filter((p) => p.result.diagnostics.some((d) => d.severity === 'error'));
  console.log(
    `cfn corpus: ${parsed.length} files, ${templates.length} templates, ${resourceCount} resources, ` +
      `${withErrors.length} templates with syntax errors, ${elapsed} ms`,
  );

  await t.test('finds plausible numbers of templates and resources', () => {
    assert.ok(parsed.length > 100, `only ${parsed.length} files`);
    assert.ok(templates.length > 100, `only ${templates.length} templates`);
    assert.ok(resourceCount > 5 * templates.length, `only ${resourceCount} resources in ${templates.length} templates`);
    assert.deepEqual(withErrors.map((p) => relative(CORPUS, p.path)), [], 'the published templates are valid YAML/JSON');
  });

  await t.test('detects every AWS template that declares its version', () => {
    const missed = parsed.filter((p) => inAwsRepo(p.path) && p.text.includes('AWSTemplateFormatVersion') && !p.result.isCloudFormation);
    assert.deepEqual(missed.map((p) => relative(CORPUS, p.path)), []);
  });

  await t.test('detects nothing in the Terraform module repositories', () => {
    const wrong = templates.filter((p) => !inAwsRepo(p.path));
    assert.deepEqual(wrong.map((p) => relative(CORPUS, p.path)), []);
  });

  await t.test('gives every resource sane ranges', () => {
    for (const { path, text, result } of templates) {
      for (const r of result.template?.resources ?? []) {
        const id = text.slice(r.logicalIdRange.start, r.logicalIdRange.end).replace(/^["']|["']$/g, '');
        assert.equal(id, r.logicalId, `${relative(CORPUS, path)}: logical id range`);
        assert.ok(r.node.start >= r.logicalIdRange.end && r.node.end <= text.length, `${relative(CORPUS, path)}: ${r.logicalId} span`);
        if (r.type !== null && r.typeRange) {
          assert.ok(text.slice(r.typeRange.start, r.typeRange.end).includes(r.type), `${relative(CORPUS, path)}: ${r.logicalId} type range`);
        }
      }
    }
  });

  await t.test('YAML and JSON twins list the same resources', () => {
    const byPath = new Map(parsed.map((p) => [p.path, p]));
    let twins = 0;
    let compared = 0;
    const mismatches: string[] = [];
    for (const yaml of parsed) {
      const ext = extname(yaml.path).toLowerCase();
      if (!inAwsRepo(yaml.path) || (ext !== '.yaml' && ext !== '.yml') || !yaml.result.template) continue;
      const json = byPath.get(join(dirname(yaml.path), basename(yaml.path, extname(yaml.path)) + '.json'));
      if (!json?.result.template) continue;
      twins++;
      const name = relative(join(CORPUS, AWS_REPO), yaml.path);
      const yamlResources = yaml.result.template.resources;
      const jsonResources = json.result.template.resources;
      const ids = (resources: { logicalId: string }[]): string => resources.map((r) => r.logicalId).join(', ');
      if (ids(yamlResources) !== ids(jsonResources) && !KNOWN_TWIN_DRIFT.has(`${name}: ids`)) {
        mismatches.push(`${name}: [${ids(yamlResources)}] vs [${ids(jsonResources)}]`);
      }
      for (const resource of yamlResources) {
        const twin = jsonResources.find((r) => r.logicalId === resource.logicalId);
        if (!twin || KNOWN_TWIN_DRIFT.has(`${name}: ${resource.logicalId}`)) continue;
        compared++;
        try {
          assert.deepEqual(canonical(resource.node), canonical(twin.node));
        } catch {
          mismatches.push(`${name}: ${resource.logicalId} differs`);
        }
      }
    }
    console.log(`cfn corpus: ${twins} YAML/JSON twins, ${compared} twin resources compared`);
    assert.ok(twins > 50, `only ${twins} twins`);
    assert.deepEqual(mismatches, []);
  });

  await t.test('reads every valid JSON file exactly as JSON.parse does', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const { path, text } of parsed) {
      if (extname(path).toLowerCase() !== '.json') continue;
      let expected: unknown;
      try {
        expected = JSON.parse(text);
      } catch {
        continue;
      }
      checked++;
      const result = parseJson(text);
      try {
        assert.deepEqual(result.diagnostics, []);
        assert.ok(result.root);
        assert.deepEqual(toPlain(result.root), expected);
      } catch {
        wrong.push(relative(CORPUS, path));
      }
    }
    assert.ok(checked > 100, `only ${checked} JSON files`);
    assert.deepEqual(wrong, []);
  });

  await t.test('stays fast', () => {
    assert.ok(elapsed < 20_000, `parsing the corpus took ${elapsed} ms`);
  });
});
