// SPDX-License-Identifier: Apache-2.0
// `npm run new-rule -- <service> <rule-name> [--cloud aws|azure|gcp] [--kind <catalog kind>] [--attr <setting>]
//                      [--model <model list>] [--dry-run]`
//
// Scaffolds a rule: allocates the service's next free id (`AWS-`, `AZURE-` or `GCP-<SERVICE>-NNN`), writes
// rules/<cloud>/<service>/<rule-name>.ts, registers it in rules/index.ts, and writes the fixture folder
// test/rules/<cloud>/<service>/<rule-name>/ in `terraform fmt` layout (AWS: pass/fail .tf and .cfn.yaml;
// Azure and GCP are Terraform-only: pass/fail .tf). Two shapes:
// - over a catalog kind (server/src/model/catalog/, the default): `defineCatalogRule` with a `requireValue`
//   check of one boolean setting, and fixtures with a bad, an unknown and a good resource;
// - over a typed model list (`--model s3Buckets`, AWS only): `defineRule` with a check skeleton that flags
//   every resource until the author writes the condition, and fixtures of the list's resource types.
// What only the author knows (prose, the framework ids, the condition) is marked `TODO(new-rule)`; the
// registry test fails while any marker is left, so a half-written rule cannot be committed green. Then
// `npm run test:rule -- <rule-name> --update`. `--root <dir>` scaffolds into another checkout (tests).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const SCRIPT_ROOT = new URL('..', import.meta.url).pathname;
export const MARKER = 'TODO(new-rule)';
export const CLOUDS = ['aws', 'azure', 'gcp'];
/** Clouds whose rules cover CloudFormation too; the others are Terraform-only. */
const WITH_CLOUDFORMATION = new Set(['aws']);

const USAGE = 'usage: npm run new-rule -- <service> <rule-name> [--cloud aws|azure|gcp] [--kind <catalog kind>] [--attr <setting>] [--model <model list>] [--dry-run]';

function usage(message) {
  if (message) console.error(`new-rule: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

export function parseArgs(argv) {
  const positional = [];
  const opts = { cloud: 'aws', kind: undefined, attr: undefined, model: undefined, dryRun: false, root: SCRIPT_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--kind') opts.kind = value();
    else if (a === '--attr') opts.attr = value();
    else if (a === '--model') opts.model = value();
    else if (a === '--cloud') opts.cloud = value();
    else if (a === '--root') opts.root = resolve(value());
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 2) usage('a service and a rule name are required');
  const [service, name] = positional;
  if (!CLOUDS.includes(opts.cloud)) usage(`--cloud must be one of ${CLOUDS.join(', ')}, not "${opts.cloud}"`);
  if (!/^[a-z][a-z0-9]*$/.test(service)) usage(`service "${service}" must be lower-case letters and digits (the folder under rules/${opts.cloud}/)`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name)) usage(`rule name "${name}" must be kebab-case with at least two words`);
  if (opts.model && opts.kind) usage('--model and --kind exclude each other: a rule reads a typed model list or a catalog kind');
  if (opts.model && opts.attr) usage('--attr names a catalog setting; with --model, the check skeleton is written by hand');
  if (opts.model && opts.cloud !== 'aws') usage(`the typed model lists are AWS's; a ${opts.cloud} rule reads a catalog kind (--kind)`);
  return { service, name, ...opts };
}

/** A TypeScript module of the checkout, bundled in memory and evaluated (esbuild, well under a second). */
async function loadModule(root, entry) {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({ entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error', packages: 'external' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(join(root, entry)));
  return module.exports;
}

/** The id prefix of a cloud's rules: `AWS-S3-`, `AZURE-KEYVAULT-`, `GCP-STORAGE-`. */
export const idPrefix = (cloud, service) => `${cloud.toUpperCase()}-${service.toUpperCase()}-`;

/** Every id the service has used: in today's rule files and in any version of them in git history. */
export function usedIds(root, service, cloud = 'aws') {
  const pattern = new RegExp(`id: '${idPrefix(cloud, service)}(\\d{3})'`, 'g');
  const numbers = new Set();
  const dir = join(root, 'rules', cloud, service);
  const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  try {
    // Ids are never reused, so a deleted rule's id stays taken.
    texts.push(execFileSync('git', ['log', '--all', '--format=', '-p', '--', `rules/${cloud}/${service}`], { cwd: root, maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'ignore'] }).toString());
  } catch {
    // Not a git checkout: today's files are all there is to go by.
  }
  for (const t of texts) for (const m of t.matchAll(pattern)) numbers.add(Number(m[1]));
  return numbers;
}

/** The next free id: one past the highest below 050 (050 and above are the AWS resource-policy rules' block). */
export function nextId(service, used, cloud = 'aws') {
  let n = 1;
  for (const u of used) if (u < 50 && u >= n) n = u + 1;
  if (n >= 50) throw new Error(`${idPrefix(cloud, service)}NNN has no free id below 050`);
  return `${idPrefix(cloud, service)}${String(n).padStart(3, '0')}`;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
/** The rule's name in rules/index.ts: AWS rules by their name, the others prefixed with their cloud. */
export const identOf = (cloud, name) => (cloud === 'aws' ? camel(name) : camel(`${cloud}-${name}`));
const quoted = (list) => JSON.stringify(list).replace(/"/g, "'").replace(/,/g, ', ');

/** The metadata every scaffold shares; `resourceTypes` and `fix` differ. */
function metaSource({ id, name, cloud, remediation, resourceTypes }) {
  const cis = { aws: 'cis-aws.tsv', azure: 'cis-azure.tsv', gcp: 'cis-gcp.tsv' }[cloud];
  return `  meta: {
    id: '${id}',
    name: '${name}',
    title: '${MARKER}: what holds when the rule passes, as a sentence',
    severity: 'medium',
    description: '${MARKER}: one sentence, in our own words.',
    rationale: '${MARKER}: why it matters, in our own words (never CIS prose).',
    remediation: '${remediation}',
    links: ['https://${MARKER}'],
    // CIS ids and levels from ../shared/reference/compliance/${cis}, with the SOC 2 / NIST / CSF ids of the
    // maps; without a CIS recommendation, a control concept of rules/concepts.ts: ...byConcept('<concept>')
    // in place of \`frameworks\` and \`mappingNote\` (docs/architecture.md, "How to add a rule").
    frameworks: {
      'nist-800-53-r5': ['${MARKER}'],
    },
    levels: {},
    mappingNote: '${MARKER}: where the ids come from.',
    resourceTypes: ${resourceTypes},
    // Peer tools' ids for the same condition on the same resource kind (their suppressions then apply).
    aliases: {},
    fix: 'safe',
  },`;
}

function resourceTypesOf(terraform, cloudformation) {
  const parts = [`terraform: ${quoted(terraform)}`];
  if (cloudformation?.length) parts.push(`cloudformation: ${quoted(cloudformation)}`);
  return `{ ${parts.join(', ')} }`;
}

function catalogRuleSource({ id, name, cloud, kind, attr }) {
  const a = kind.attrs[attr];
  const cfn = WITH_CLOUDFORMATION.has(cloud) && kind.cloudformation?.length && a.cloudformation;
  const remediation = `${MARKER}: Terraform: set \`${a.terraform?.join('.') ?? attr}\`.${cfn ? ` CloudFormation: set \`${a.cloudformation.join('.')}\`.` : ''}`;
  return `// SPDX-License-Identifier: Apache-2.0
import { defineCatalogRule } from '../../api';
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: '${kind.kind}',
${metaSource({ id, name, cloud, remediation, resourceTypes: resourceTypesOf(kind.terraform, cfn ? kind.cloudformation : undefined) })}
  check(resource, ctx) {
    const setting = resource.attrs.${attr};
    requireValue(ctx, setting, true, '${MARKER}: what is unknown, e.g. whether X is on',
      setting.present ? '${MARKER}: the message when it is set wrong.' : '${MARKER}: the message when it is absent (name the default).',
      { id: '${camel(attr)}', title: '${MARKER}: the fix title', safety: 'safe' });
  },
});
`;
}

function modelRuleSource({ id, name, cloud, model, types }) {
  const remediation = `${MARKER}: Terraform: set \`...\`. CloudFormation: set \`...\`.`;
  // The types today's rules over the list declare: the author keeps those this rule reports on.
  const resourceTypes = types.terraform.length ? resourceTypesOf(types.terraform, types.cloudformation) : `{ terraform: ['${MARKER}'], cloudformation: ['${MARKER}'] }`;
  return `// SPDX-License-Identifier: Apache-2.0
import { defineRule } from '../../api';

export default defineRule({
  target: '${model}',
${metaSource({ id, name, cloud, remediation, resourceTypes })}
  check(resource, ctx) {
    // ${MARKER}: keep in resourceTypes the types of ${model} this rule reports on. Then the condition,
    // over the fields of the model type (server/src/model/aws/). A boolean setting is one call:
    // requireValue(ctx, resource.<setting>, true, 'whether ...', message, fix) (rules/lib/checks).
    // Otherwise: an Unknown value -> ctx.cannotVerify(attr, attr.value, 'what is unknown'); a violation ->
    // ctx.report(attr or resource, message, { fixes }). Until then the rule flags every resource.
    ctx.report(resource, '${MARKER}: the message.');
  },
});
`;
}

/** A setting's path written as Terraform (nested blocks, then the argument), indented in `terraform fmt` layout. */
function tfSetting(path, value, indent = '  ') {
  if (path.length === 1) return `${indent}${path[0]} = ${value}\n`;
  return `${indent}${path[0]} {\n${tfSetting(path.slice(1), value, indent + '  ')}${indent}}\n`;
}

function cfnSetting(path, value, indent = '      ') {
  if (path.length === 1) return `${indent}${path[0]}: ${value}\n`;
  return `${indent}${path[0]}:\n${cfnSetting(path.slice(1), value, indent + '  ')}`;
}

const NOTE = `${MARKER}: bad_* / Bad* must be flagged, good_* / Good* must not; add every shape the setting can be written in.`;

function catalogFixtures(cloud, kind, attr) {
  const a = kind.attrs[attr];
  const tfType = kind.terraform[0];
  const cfnType = WITH_CLOUDFORMATION.has(cloud) ? kind.cloudformation?.[0] : undefined;
  const files = {};
  if (tfType && a.terraform) {
    const res = (label, value) => `resource "${tfType}" "${label}" {\n${value === undefined ? '' : tfSetting(a.terraform, value)}}\n`;
    files['fail.tf'] = [`# ${NOTE}`, res('bad_off', 'false'), res('unknown', 'var.enabled'), res('good', 'true')].join('\n');
    files['pass.tf'] = [`# ${NOTE}`, res('good', 'true')].join('\n');
  }
  if (cfnType && a.cloudformation) {
    const res = (id, value) => `  ${id}:\n    Type: ${cfnType}\n    Properties:\n${cfnSetting(a.cloudformation, value)}`;
    const head = `# ${NOTE}\nAWSTemplateFormatVersion: "2010-09-09"\n`;
    files['fail.cfn.yaml'] = `${head}Parameters:\n  Enabled:\n    Type: String\nResources:\n${res('BadOff', 'false')}${res('Unknown', '!Ref Enabled')}${res('Good', 'true')}`;
    files['pass.cfn.yaml'] = `${head}Resources:\n${res('Good', 'true')}`;
  }
  return files;
}

/** Fixtures of a model-list rule: one bare resource of the list's first type each; the author writes the settings. */
function modelFixtures(types) {
  const tfType = types.terraform[0] ?? 'TODO_new_rule_type';
  const cfnType = types.cloudformation[0] ?? 'TODO::New::Rule';
  const tf = (label) => `resource "${tfType}" "${label}" {\n  # ${MARKER}: the settings that make it ${label.startsWith('bad') ? 'fail' : 'pass'}\n}\n`;
  const cfn = (id) => `  ${id}:\n    Type: ${cfnType}\n    Properties: {} # ${MARKER}: the settings that make it ${id.startsWith('Bad') ? 'fail' : 'pass'}\n`;
  const head = `# ${NOTE}\nAWSTemplateFormatVersion: "2010-09-09"\nResources:\n`;
  return {
    'fail.tf': [`# ${NOTE}`, tf('bad_default'), tf('good')].join('\n'),
    'pass.tf': [`# ${NOTE}`, tf('good')].join('\n'),
    'fail.cfn.yaml': `${head}${cfn('BadDefault')}${cfn('Good')}`,
    'pass.cfn.yaml': `${head}${cfn('Good')}`,
  };
}

/** Adds the import and the list entry to rules/index.ts (the list stays explicit and reviewable). */
export function register(indexText, service, name, cloud = 'aws') {
  const ident = identOf(cloud, name);
  const spec = `./${cloud}/${service}/${name}`;
  if (indexText.includes(`'${spec}'`)) throw new Error(`rules/index.ts already imports ${spec}`);
  if (new RegExp(`^import ${ident} from`, 'm').test(indexText)) throw new Error(`rules/index.ts already has a rule named ${ident}`);
  const lines = indexText.split('\n');
  let lastImport = -1;
  lines.forEach((l, i) => {
    if (/^import \w+ from '\.\/(aws|azure|gcp)\//.test(l)) lastImport = i;
  });
  const close = lines.lastIndexOf('];');
  if (lastImport < 0 || close < 0) throw new Error('rules/index.ts: cannot find the rule imports and the ALL_RULES list');
  lines.splice(close, 0, `  ${ident},`);
  lines.splice(lastImport + 1, 0, `import ${ident} from '${spec}';`);
  return lines.join('\n');
}

/** The catalog kind and setting of a catalog rule, or a usage error naming what there is. */
async function catalogTarget(args) {
  const { CATALOG } = await loadModule(args.root, 'server/src/model/catalog/index.ts');
  const ofService = CATALOG.filter((k) => k.kind.startsWith(`${args.cloud}.${args.service}.`)).map((k) => k.kind);
  const add = `add one in server/src/model/catalog/${args.cloud === 'aws' ? '' : `${args.cloud}-`}${args.service}.ts`;
  // A service with one catalog kind needs no --kind.
  if (!args.kind && ofService.length === 1) args.kind = ofService[0];
  if (!args.kind) usage(`--kind is required; catalog kinds of ${args.cloud}.${args.service}: ${ofService.join(', ') || `(none: ${add})`}${args.cloud === 'aws' ? ', or --model <model list>' : ''}`);
  const kind = CATALOG.find((k) => k.kind === args.kind);
  if (!kind || !kind.kind.startsWith(`${args.cloud}.`)) usage(`no catalog kind ${args.kind}${args.cloud === 'aws' ? '' : ` of ${args.cloud}`}; of ${args.service}: ${ofService.join(', ') || '(none)'} (${add})`);
  const bools = Object.keys(kind.attrs).filter((a) => kind.attrs[a].type === 'bool' && !kind.attrs[a].readOnly);
  const attr = args.attr ?? bools[0];
  if (!attr || !kind.attrs[attr]) usage(`--attr must name a setting of ${kind.kind}: ${Object.keys(kind.attrs).join(', ')}`);
  return { kind, attr };
}

/** A typed model list and the resource types today's rules over it declare. */
async function modelTarget(args) {
  const { emptyModel } = await loadModule(args.root, 'server/src/model/model.ts');
  const lists = Object.keys(emptyModel().aws).filter((k) => k !== 'catalog');
  if (!lists.includes(args.model)) usage(`--model must name a typed model list (server/src/model/model.ts): ${lists.join(', ')}`);
  const { ALL_RULES } = await loadModule(args.root, 'rules/index.ts');
  const types = { terraform: [], cloudformation: [] };
  for (const r of ALL_RULES.filter((x) => x.target === args.model)) {
    for (const p of ['terraform', 'cloudformation']) for (const t of r.meta.resourceTypes[p] ?? []) if (!types[p].includes(t)) types[p].push(t);
  }
  return types;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { root, cloud, service, name } = args;
  const ruleFile = join(root, 'rules', cloud, service, `${name}.ts`);
  const fixtureDir = join(root, 'test', 'rules', cloud, service, name);
  if (existsSync(ruleFile) || existsSync(fixtureDir)) usage(`${name} exists already`);

  let source;
  let fixtures;
  let over;
  if (args.model) {
    const types = await modelTarget(args);
    source = modelRuleSource({ id: '', name, cloud, model: args.model, types });
    fixtures = modelFixtures(types);
    over = `the model list ${args.model}${types.terraform.length ? '' : ' (no rule declares its resource types yet)'}`;
  } else {
    const { kind, attr } = await catalogTarget(args);
    source = catalogRuleSource({ id: '', name, cloud, kind, attr });
    fixtures = catalogFixtures(cloud, kind, attr);
    over = `${kind.kind} (setting ${attr})`;
  }
  const id = nextId(service, usedIds(root, service, cloud), cloud);
  source = source.replace("id: '',", `id: '${id}',`);
  const indexPath = join(root, 'rules', 'index.ts');
  let index;
  try {
    index = register(readFileSync(indexPath, 'utf8'), service, name, cloud);
  } catch (e) {
    usage(e.message);
  }
  const written = [];
  const write = (path, text) => {
    written.push(path.slice(root.length).replace(/^\//, ''));
    if (!args.dryRun) writeFileSync(path, text);
  };
  if (!args.dryRun) mkdirSync(join(root, 'rules', cloud, service), { recursive: true });
  if (!args.dryRun) mkdirSync(fixtureDir, { recursive: true });
  write(ruleFile, source);
  for (const [file, text] of Object.entries(fixtures)) write(join(fixtureDir, file), text);
  write(indexPath, index);
  console.log(`${id} ${name} over ${over}${args.dryRun ? ' (dry run)' : ''}`);
  for (const w of written) console.log(`  ${w}`);
  console.log(`Next: fill in every ${MARKER}, then npm run test:rule -- ${name} --update and review the goldens.`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${resolve(process.argv[1])}`).href) await main();
