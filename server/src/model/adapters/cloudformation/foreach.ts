// SPDX-License-Identifier: Apache-2.0
// `Fn::ForEach` (the AWS::LanguageExtensions transform) in the Resources section, expanded as CloudFormation
// would before deploying: `Fn::ForEach::Name: [Identifier, Collection, {Key${Identifier}: {...}}]` makes
// one resource per item of the collection, its logical id the key with `${Identifier}` replaced by the
// item and `&{Identifier}` by the item without its non-alphanumeric characters. Inside the fragment,
// `Ref: Identifier` and `${Identifier}` in `Fn::Sub` are the item (ValueScope.bindings). Loops nest.
// A collection only the deployment knows, or more resources than MAX_CFN_FOREACH_RESOURCES, leave a note
// naming the loop: the template is never dropped silently.

import { MAX_CFN_FOREACH_RESOURCES } from '../../../core/limits';
import { Unknown } from '../../../core/value';
import { mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnMapEntry, CfnNode, CfnResource, CfnTemplate, Span } from '../../../parsers/cfn';
import { FOR_EACH, MAX_LOOP_DEPTH, substituteIdentifiers, valueOf } from './values';
import type { ValueScope } from './values';


export interface ForEachNote {
  span: Span;
  message: string;
}

export interface ForEachExpansion {
  resources: CfnResource[];
  notes: ForEachNote[];
}


export function expandForEach(template: CfnTemplate, scope: ValueScope): ForEachExpansion {
  const out: ForEachExpansion = { resources: [], notes: [] };
  const section = mapGet(template.root, 'Resources');
  if (section?.type !== 'Map') return out;
  const state = { full: false };
  for (const entry of section.entries) {
    if (entry.key.value.startsWith(FOR_EACH)) expandLoop(entry, new Map(), [], scope, out, state, 0);
  }
  return out;
}

function expandLoop(
  entry: CfnMapEntry,
  bindings: ReadonlyMap<string, string>,
  keys: readonly string[],
  scope: ValueScope,
  out: ForEachExpansion,
  state: { full: boolean },
  depth: number,
): void {
  const name = entry.key.value;
  const note = (message: string): void => void out.notes.push({ span: { start: entry.key.start, end: entry.key.end }, message: `${name}: ${message}` });
  if (depth >= MAX_LOOP_DEPTH) return note(`loops nested more than ${MAX_LOOP_DEPTH} deep; the resources it creates are not checked.`);
  const args = entry.value.type === 'Sequence' ? entry.value.items : [];
  const identifier = scalarString(args[0]);
  const fragment = args[2];
  if (args.length !== 3 || identifier === undefined || fragment?.type !== 'Map') {
    return note('expected [Identifier, Collection, {resources}]; the resources it creates are not checked.');
  }
  const collection = valueOf(args[1]!, { ...scope, bindings, trace: undefined });
  if (collection instanceof Unknown) return note(`its collection ${collection.describe()}; the resources it creates are not checked.`);
  if (!Array.isArray(collection) || collection.some((c) => typeof c !== 'string' && typeof c !== 'number')) {
    return note('its collection is not a list of strings; the resources it creates are not checked.');
  }
  for (const item of collection as (string | number)[]) {
    const inner = new Map(bindings).set(identifier, String(item));
    const innerKeys = [...keys, String(item)];
    for (const e of fragment.entries) {
      if (state.full) return;
      if (e.key.value.startsWith(FOR_EACH)) {
        expandLoop(e, inner, innerKeys, scope, out, state, depth + 1);
        continue;
      }
      if (e.value.type !== 'Map') continue;
      if (out.resources.length >= MAX_CFN_FOREACH_RESOURCES) {
        state.full = true;
        return note(`creates more than ${MAX_CFN_FOREACH_RESOURCES.toLocaleString('en-US')} resources; the rest are not checked.`);
      }
      out.resources.push(resourceOf(e, e.value, inner, innerKeys));
    }
  }
}

function resourceOf(entry: CfnMapEntry, node: CfnNode & { type: 'Map' }, bindings: ReadonlyMap<string, string>, keys: readonly string[]): CfnResource {
  const typeEntry = node.entries.find((x) => x.key.value === 'Type');
  return {
    logicalId: substituteIdentifiers(entry.key.value, bindings),
    logicalIdRange: { start: entry.key.start, end: entry.key.end },
    type: scalarString(typeEntry?.value) ?? null,
    typeRange: typeEntry ? { start: typeEntry.value.start, end: typeEntry.value.end } : null,
    properties: mapGet(node, 'Properties') ?? null,
    metadata: mapGet(node, 'Metadata') ?? null,
    condition: conditionName(mapGet(node, 'Condition'), bindings),
    node,
    loop: { bindings, address: `${entry.key.value}[${JSON.stringify(keys.join(', '))}]` },
  };
}

function conditionName(node: CfnNode | undefined, bindings: ReadonlyMap<string, string>): string | null {
  const s = scalarString(node);
  return s === undefined ? null : substituteIdentifiers(s, bindings);
}

