// SPDX-License-Identifier: Apache-2.0
// Writes the CloudFormation JSON snippets (snippets/cloudformation-json.json) from the YAML ones, so the two
// stay the same template (test/snippets/snippets.test.ts checks they are): edit a YAML snippet, then run
// `npm run compile:tests && node scripts/snippets-json.mjs`. Placeholders (`${1:Name}`) are kept; a literal
// `$` is written `\$` as the snippet syntax wants; short intrinsic functions and one-key objects stay on
// one line. Uses the project's own YAML reader (compiled under out/).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseYaml, toPlain } = require('../out/server/src/parsers/cfn');

function toJsonBody(yamlBody) {
  const placeholders = [];
  let text = yamlBody.replace(/\$\{(\d+):([^{}]*)\}|\$(\d+)/g, (m) => {
    placeholders.push(m);
    return `PHX${placeholders.length - 1}X`;
  });
  text = text.replace(/\\\$/g, '$');
  const r = parseYaml(text);
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(JSON.stringify(errors));
  const inline = (v) => {
    if (v === null || typeof v !== 'object') return JSON.stringify(v);
    if (Array.isArray(v)) {
      if (v.length > 1 && v.some((x) => x !== null && typeof x === 'object')) return undefined;
      const parts = v.map(inline);
      if (parts.some((p) => p === undefined)) return undefined;
      const s = `[${parts.join(', ')}]`;
      return s.length <= 80 ? s : undefined;
    }
    const keys = Object.keys(v);
    if (keys.length !== 1) return undefined;
    const inner = inline(v[keys[0]]);
    const s = inner === undefined ? undefined : `{${JSON.stringify(keys[0])}: ${inner}}`;
    return s !== undefined && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || s.length <= 40) ? s : undefined;
  };
  const render = (v, indent) => {
    const one = inline(v);
    if (one !== undefined) return one;
    const pad = ' '.repeat(indent + 2);
    if (Array.isArray(v)) return `[\n${v.map((x) => pad + render(x, indent + 2)).join(',\n')}\n${' '.repeat(indent)}]`;
    return `{\n${Object.entries(v).map(([k, x]) => `${pad}${JSON.stringify(k)}: ${render(x, indent + 2)}`).join(',\n')}\n${' '.repeat(indent)}}`;
  };
  const out = Object.entries(toPlain(r.root))
    .map(([k, v]) => `${JSON.stringify(k)}: ${render(v, 0)}`)
    .join(',\n')
    .replace(/\$/g, '\\$')
    .replace(/PHX(\d+)X/g, (_, n) => placeholders[Number(n)]);
  return out.split('\n');
}

const yaml = JSON.parse(readFileSync('snippets/cloudformation-yaml.json', 'utf8'));
const json = JSON.parse(readFileSync('snippets/cloudformation-json.json', 'utf8'));
const byPrefix = new Map(Object.entries(json).map(([name, s]) => [s.prefix, name]));
for (const s of Object.values(yaml)) {
  const name = byPrefix.get(s.prefix);
  if (!name) throw new Error(`no JSON snippet with prefix ${s.prefix}`);
  json[name].body = toJsonBody(s.body.join('\n'));
  json[name].description = s.description;
}
writeFileSync('snippets/cloudformation-json.json', JSON.stringify(json, null, 2) + '\n');
