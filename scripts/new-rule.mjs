// SPDX-License-Identifier: Apache-2.0
// `npm run new-rule -- <service> <rule-name> [--kind <catalog kind>] [--attr <setting>] [--dry-run]`
//
// Scaffolds a rule over a catalog kind (server/src/model/catalog/): allocates the service's next free id,
// writes rules/aws/<service>/<rule-name>.ts, registers it in rules/index.ts, and writes the fixture folder
// test/rules/aws/<service>/<rule-name>/ (pass/fail .tf and .cfn.yaml, in `terraform fmt` layout) with a
// bad, an unknown and a good resource over one boolean setting. What only the author knows (prose, the
// framework ids, the condition) is marked `TODO(new-rule)`; the registry test fails while any marker is
// left, so a half-written rule cannot be committed green. Then `npm run test:rule -- <rule-name> --update`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';

const ROOT = new URL('..', import.meta.url).pathname;
export const MARKER = 'TODO(new-rule)';

function usage(message) {
  if (message) console.error(`new-rule: ${message}`);
  console.error('usage: npm run new-rule -- <service> <rule-name> [--kind <catalog kind>] [--attr <setting>] [--dry-run]');
  process.exit(2);
}

function parseArgs(argv) {
  const positional = [];
  const opts = { kind: undefined, attr: undefined, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--kind') opts.kind = argv[++i];
    else if (a === '--attr') opts.attr = argv[++i];
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 2) usage('a service and a rule name are required');
  const [service, name] = positional;
  if (!/^[a-z][a-z0-9]*$/.test(service)) usage(`service "${service}" must be lower-case letters and digits (the folder under rules/aws/)`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(name)) usage(`rule name "${name}" must be kebab-case with at least two words`);
  return { service, name, ...opts };
}

/** The catalog as data: bundled from its TypeScript source in memory (esbuild, well under a second). */
async function loadCatalog() {
  const out = await esbuild.build({
    entryPoints: [join(ROOT, 'server/src/model/catalog/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => ({}));
  return module.exports.CATALOG;
}

/** Every id the service has used: in today's rule files and in any version of them in git history. */
export function usedIds(root, service) {
  const prefix = `AWS-${service.toUpperCase()}-`;
  const pattern = new RegExp(`id: '${prefix}(\\d{3})'`, 'g');
  const numbers = new Set();
  const dir = join(root, 'rules', 'aws', service);
  const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  try {
    // Ids are never reused, so a deleted rule's id stays taken.
    texts.push(execFileSync('git', ['log', '--all', '--format=', '-p', '--', `rules/aws/${service}`], { cwd: root, maxBuffer: 256 << 20 }).toString());
  } catch {
    // Not a git checkout: today's files are all there is to go by.
  }
  for (const t of texts) for (const m of t.matchAll(pattern)) numbers.add(Number(m[1]));
  return numbers;
}

/** The next free id: one past the highest below 050 (050 and above are the resource-policy rules' block). */
export function nextId(service, used) {
  let n = 1;
  for (const u of used) if (u < 50 && u >= n) n = u + 1;
  if (n >= 50) throw new Error(`AWS-${service.toUpperCase()} has no free id below 050`);
  return `AWS-${service.toUpperCase()}-${String(n).padStart(3, '0')}`;
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function ruleSource({ id, name, kind, attr, apiImport }) {
  const imports = apiImport
    ? `import { defineCatalogRule } from '../../api';`
    : `import { defineCatalogRule } from '../../../server/src/engine/rule-api';\nimport type { Attr } from '../../../server/src/model/attr';`;
  return `// SPDX-License-Identifier: Apache-2.0
${imports}
import { requireValue } from '../../lib/checks';

export default defineCatalogRule({
  kind: '${kind.kind}',
  meta: {
    id: '${id}',
    name: '${name}',
    title: '${MARKER}: what holds when the rule passes, as a sentence',
    severity: 'medium',
    description: '${MARKER}: one sentence, in our own words.',
    rationale: '${MARKER}: why it matters, in our own words (never CIS prose).',
    remediation: '${MARKER}: Terraform: set \`${kind.attrs[attr].terraform?.join('.') ?? attr}\`. CloudFormation: set \`${kind.attrs[attr].cloudformation?.join('.') ?? attr}\`.',
    links: [],
    // CIS ids and levels from ../shared/reference/compliance/cis-aws.tsv; SOC 2 / NIST / CSF ids from the maps.
    frameworks: {
      'nist-800-53-r5': ['${MARKER}'],
    },
    levels: {},
    mappingNote: '${MARKER}: where the ids come from.',
    resourceTypes: { terraform: ${JSON.stringify(kind.terraform).replace(/"/g, "'")}, cloudformation: ${JSON.stringify(kind.cloudformation).replace(/"/g, "'")} },
    // Peer tools' ids for the same condition on the same resource kind (their suppressions then apply).
    aliases: {},
    fix: 'safe',
  },
  check(resource, ctx) {
    const setting = resource.attrs.${attr}${apiImport ? '' : ' as Attr<boolean>'};
    requireValue(ctx, setting, true, '${MARKER}: what is unknown, e.g. whether X is on',
      setting.present ? '${MARKER}: the message when it is set wrong.' : '${MARKER}: the message when it is absent (name the default).',
      { id: '${camel(attr)}', title: '${MARKER}: the fix title', safety: 'safe' });
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

function fixtures(kind, attr) {
  const a = kind.attrs[attr];
  const tfType = kind.terraform[0];
  const cfnType = kind.cloudformation?.[0];
  const files = {};
  const note = `${MARKER}: bad_* / Bad* must be flagged, good_* / Good* must not; add every shape the setting can be written in.`;
  if (tfType && a.terraform) {
    const res = (label, value) => `resource "${tfType}" "${label}" {\n${value === undefined ? '' : tfSetting(a.terraform, value)}}\n`;
    files['fail.tf'] = [`# ${note}`, res('bad_off', 'false'), res('unknown', 'var.enabled'), res('good', 'true')].join('\n');
    files['pass.tf'] = [`# ${note}`, res('good', 'true')].join('\n');
  }
  if (cfnType && a.cloudformation) {
    const res = (id, value) => `  ${id}:\n    Type: ${cfnType}\n    Properties:\n${cfnSetting(a.cloudformation, value)}`;
    const head = `# ${note}\nAWSTemplateFormatVersion: "2010-09-09"\n`;
    files['fail.cfn.yaml'] = `${head}Parameters:\n  Enabled:\n    Type: String\nResources:\n${res('BadOff', 'false')}${res('Unknown', '!Ref Enabled')}${res('Good', 'true')}`;
    files['pass.cfn.yaml'] = `${head}Resources:\n${res('Good', 'true')}`;
  }
  return files;
}

/** Adds the import and the list entry to rules/index.ts (the list stays explicit and reviewable). */
export function register(indexText, service, name) {
  const ident = camel(name);
  const spec = `./aws/${service}/${name}`;
  if (indexText.includes(`'${spec}'`)) throw new Error(`rules/index.ts already imports ${spec}`);
  const lines = indexText.split('\n');
  let lastImport = -1;
  lines.forEach((l, i) => {
    if (/^import \w+ from '\.\/aws\//.test(l)) lastImport = i;
  });
  const close = lines.lastIndexOf('];');
  if (lastImport < 0 || close < 0) throw new Error('rules/index.ts: cannot find the rule imports and the ALL_RULES list');
  lines.splice(close, 0, `  ${ident},`);
  lines.splice(lastImport + 1, 0, `import ${ident} from '${spec}';`);
  return lines.join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const catalog = await loadCatalog();
  const ofService = catalog.filter((k) => k.kind.startsWith(`aws.${args.service}.`)).map((k) => k.kind);
  // A service with one catalog kind needs no --kind.
  if (!args.kind && ofService.length === 1) args.kind = ofService[0];
  if (!args.kind) usage(`--kind is required; catalog kinds of ${args.service}: ${ofService.join(', ') || '(none: add one in server/src/model/catalog/)'}`);
  const kind = catalog.find((k) => k.kind === args.kind);
  if (!kind) usage(`no catalog kind ${args.kind}; of ${args.service}: ${ofService.join(', ') || '(none)'} (add one in server/src/model/catalog/)`);
  const bools = Object.keys(kind.attrs).filter((a) => kind.attrs[a].type === 'bool' && !kind.attrs[a].readOnly);
  const attr = args.attr ?? bools[0];
  if (!attr || !kind.attrs[attr]) usage(`--attr must name a setting of ${kind.kind}: ${Object.keys(kind.attrs).join(', ')}`);

  const ruleFile = join(ROOT, 'rules', 'aws', args.service, `${args.name}.ts`);
  const fixtureDir = join(ROOT, 'test', 'rules', 'aws', args.service, args.name);
  if (existsSync(ruleFile) || existsSync(fixtureDir)) usage(`${args.name} exists already`);
  const id = nextId(args.service, usedIds(ROOT, args.service));
  const indexPath = join(ROOT, 'rules', 'index.ts');
  const index = register(readFileSync(indexPath, 'utf8'), args.service, args.name);
  const apiImport = existsSync(join(ROOT, 'rules', 'api.ts'));
  const written = [];
  const write = (path, text) => {
    written.push(path.slice(ROOT.length));
    if (!args.dryRun) writeFileSync(path, text);
  };
  if (!args.dryRun) mkdirSync(join(ROOT, 'rules', 'aws', args.service), { recursive: true });
  if (!args.dryRun) mkdirSync(fixtureDir, { recursive: true });
  write(ruleFile, ruleSource({ id, name: args.name, kind, attr, apiImport }));
  for (const [file, text] of Object.entries(fixtures(kind, attr))) write(join(fixtureDir, file), text);
  write(indexPath, index);
  console.log(`${id} ${args.name} over ${kind.kind} (setting ${attr})${args.dryRun ? ' (dry run)' : ''}`);
  for (const w of written) console.log(`  ${w}`);
  console.log(`Next: fill in every ${MARKER}, then npm run test:rule -- ${args.name} --update and review the goldens.`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
