// SPDX-License-Identifier: Apache-2.0
// The template view over a parsed root: the sections rules look at, with the ranges diagnostics need. It is
// built leniently because the file is usually mid-edit: a resource without `Type` is still listed (type
// null), and only entries that are not mappings at all (`Bucket:` with nothing yet, or a language-extension
// `Fn::ForEach::Name` loop) are left out.

import type { CfnMap, CfnMapEntry, CfnNode, Span } from './ast';
import { mapEntry, mapGet, scalarString } from './ast';

export interface CfnResource {
  logicalId: string;
  logicalIdRange: Span;
  /** The `Type` string; null when it is missing or not a plain string. */
  type: string | null;
  /** The span of the `Type` value whatever it holds; null when there is no `Type` key. */
  typeRange: Span | null;
  properties: CfnNode | null;
  metadata: CfnNode | null;
  /** The resource's `Condition` name, when it has one. */
  condition: string | null;
  /** The resource's whole mapping. */
  node: CfnMap;
  /**
   * A resource an `Fn::ForEach` loop creates (model/adapters/cloudformation/foreach.ts): the loop
   * identifiers' values for it, and its address for findings (`Table${Name}["Points"]`, the fragment's key
   * with the loop values).
   */
  loop?: { bindings: ReadonlyMap<string, string>; address: string };
  /**
   * A resource the SAM transform creates from a `AWS::Serverless::*` resource (model/adapters/
   * cloudformation/sam.ts): its properties are built from the SAM resource's nodes, so no fix writes there.
   */
  generatedFrom?: string;
}

/**
 * Where a resource is written: from its logical id to the end of its mapping (which ends after everything
 * in the resource). What suppressions, the calm and the keystroke reuse take for the resource's extent.
 */
export function resourceExtent(r: CfnResource): Span {
  return { start: r.logicalIdRange.start, end: Math.max(r.node.end, r.logicalIdRange.end) };
}

export interface CfnParameter {
  name: string;
  nameRange: Span;
  type: string | null;
  typeRange: Span | null;
  node: CfnMap;
}

export interface CfnCondition {
  name: string;
  nameRange: Span;
  /** The condition expression (normally an Fn::Equals/And/Or/Not intrinsic). */
  node: CfnNode;
}

export interface CfnTemplate {
  root: CfnMap;
  resources: CfnResource[];
  parameters: CfnParameter[];
  conditions: CfnCondition[];
}

function span(node: Span): Span {
  return { start: node.start, end: node.end };
}

function mapEntries(section: CfnNode | undefined): CfnMapEntry[] {
  return section?.type === 'Map' ? section.entries : [];
}

/** The `Type` value's string and span, shared by resources and parameters. */
function typeOf(node: CfnMap): { type: string | null; typeRange: Span | null } {
  const entry = mapEntry(node, 'Type');
  if (!entry) return { type: null, typeRange: null };
  return { type: scalarString(entry.value) ?? null, typeRange: span(entry.value) };
}

/**
 * The resource read from a `Resources` entry, per entry object. The editor's incremental YAML read
 * (yamlChunks.ts) hands back the same entry objects for the resources before an edit, so they keep their
 * resource object too, and what the last analysis built on them (fix targets naming the resource) is
 * unchanged rather than copied onto a new one at each keystroke (service/cfn-reuse.ts). A resource reads
 * nothing but its entry, and nothing changes an entry or a resource once made.
 */
const resourceOfEntry = new WeakMap<CfnMapEntry, CfnResource>();

function resourceOf(entry: CfnMapEntry, node: CfnMap): CfnResource {
  let resource = resourceOfEntry.get(entry);
  if (resource?.node !== node) {
    resource = {
      logicalId: entry.key.value,
      logicalIdRange: span(entry.key),
      ...typeOf(node),
      properties: mapGet(node, 'Properties') ?? null,
      metadata: mapGet(node, 'Metadata') ?? null,
      condition: scalarString(mapGet(node, 'Condition')) ?? null,
      node,
    };
    resourceOfEntry.set(entry, resource);
  }
  return resource;
}

export function buildTemplate(root: CfnMap): CfnTemplate {
  const resources: CfnResource[] = [];
  for (const entry of mapEntries(mapGet(root, 'Resources'))) {
    const node = entry.value;
    if (node.type !== 'Map') continue;
    resources.push(resourceOf(entry, node));
  }
  const parameters: CfnParameter[] = [];
  for (const entry of mapEntries(mapGet(root, 'Parameters'))) {
    if (entry.value.type !== 'Map') continue;
    parameters.push({ name: entry.key.value, nameRange: span(entry.key), ...typeOf(entry.value), node: entry.value });
  }
  const conditions: CfnCondition[] = mapEntries(mapGet(root, 'Conditions')).map((entry) => ({
    name: entry.key.value,
    nameRange: span(entry.key),
    node: entry.value,
  }));
  return { root, resources, parameters, conditions };
}
