// SPDX-License-Identifier: Apache-2.0
// Turns fix operations into text edits on one CloudFormation template (YAML or JSON), touching only what the
// fix changes: an existing value is replaced in place, missing keys are inserted after their map's last
// entry with the template's own indentation (block style in YAML; commas and line breaks like the
// neighbours in JSON and flow YAML), a missing list is created with its one item, a resource that does not
// exist yet is added after the resource it belongs to, and placeholder values become `Parameters`.
//
// All ops of one fix are merged into a patch tree per resource first (see cfn-patch.ts), so several values
// in one map give one edit and never overlapping ones. Writing a value that is already there produces no
// edit, so applying a fix twice changes nothing the second time. A fix is all or nothing: when one of its
// ops cannot be written (the path runs through `!If [...]`, say), `cfnEdits` returns no edits at all
// rather than half a fix; `planCfnEdits` says why.

import type { CfnMap, CfnMapEntry, CfnNode, CfnSequence, CfnTemplate } from '../parsers/cfn';
import { mapEntry, mapGet } from '../parsers/cfn';
import type { CloudFormationNewResourceTarget, CloudFormationResourceTarget, FixValue } from '../model/edit-target';
import type { FixOp } from '../engine/rule-api';
import type { TextEdit } from './text-edit';
import { detectStyle, TextLayout } from './cfn-layout';
import { addToPatch, emptyMapPatch, patchValue } from './cfn-patch';
import type { MapPatch, Patch } from './cfn-patch';
import { CfnRenderer, yamlString } from './cfn-render';
import { sameAs } from './cfn-same';

export interface CfnEditPlan {
  edits: TextEdit[];
  /** Why some op could not be written; when non-empty, `cfnEdits` returns no edits. */
  problems: string[];
}

/**
 * Edits to the template `text` for `ops`. Ops for Terraform, or (when `file` is given) for another file,
 * are ignored. Resources are found by logical id, so `template` may come from a fresh parse of `text`.
 */
export function cfnEdits(text: string, template: CfnTemplate, language: 'yaml' | 'json', ops: readonly FixOp[], file?: string): TextEdit[] {
  const plan = planCfnEdits(text, template, language, ops, file);
  return plan.problems.length > 0 ? [] : plan.edits;
}

export function planCfnEdits(text: string, template: CfnTemplate, language: 'yaml' | 'json', ops: readonly FixOp[], file?: string): CfnEditPlan {
  return new CfnEditor(text, template, language).run(ops, file);
}

/** Where a node sits: the value of a map entry, or an item of a list. */
type Slot = { kind: 'entry'; entry: CfnMapEntry; parent: CfnMap } | { kind: 'item'; parent: CfnSequence };

/** Insert new map entries after this entry, or before the first one. */
type Anchor = CfnMapEntry | 'start';

interface PendingEdit extends TextEdit {
  /** Generation order: edits at the same offset are concatenated in this order (inner maps first). */
  seq: number;
}

interface NewResource {
  type: string;
  after: string;
  props: MapPatch;
}

class CfnEditor {
  private readonly layout: TextLayout;
  private readonly render: CfnRenderer;
  private readonly edits: PendingEdit[] = [];
  private readonly problems: string[] = [];
  private readonly json: boolean;

  constructor(
    text: string,
    private readonly template: CfnTemplate,
    language: 'yaml' | 'json',
  ) {
    this.layout = new TextLayout(text);
    this.render = new CfnRenderer(detectStyle(this.layout, template, language));
    this.json = language === 'json';
  }

  run(ops: readonly FixOp[], file: string | undefined): CfnEditPlan {
    const existing = new Map<string, MapPatch>();
    const created = new Map<string, NewResource>();
    const parameters = new Map<string, MapPatch>();
    for (const op of ops) {
      const target = op.op === 'set' ? op.location.target : op.target;
      if (target.platform !== 'cloudformation' || (file !== undefined && target.file !== file)) continue;
      if (target.kind === 'parameter') {
        // A value from a parameter's default: the fix changes the default (keys of the declaration).
        let patch = parameters.get(target.name);
        if (!patch) parameters.set(target.name, (patch = emptyMapPatch()));
        if (op.op === 'set') addToPatch(patch, op.location.path, op.value);
        continue;
      }
      const props = this.patchFor(target, existing, created);
      if (op.op === 'set') addToPatch(props, op.location.path, op.value);
      else for (const [path, value] of op.values) addToPatch(props, path, value);
    }
    for (const [name, patch] of parameters) this.patchParameter(name, patch);
    for (const [logicalId, props] of existing) this.patchResource(logicalId, props);
    for (const [logicalId, r] of created) this.addResource(logicalId, r);
    this.addParameters();
    return { edits: this.problems.length > 0 ? [] : this.finish(), problems: this.problems };
  }

  /** The Properties patch of the op's resource. A "new" resource that already exists is patched instead. */
  private patchFor(
    target: CloudFormationResourceTarget | CloudFormationNewResourceTarget,
    existing: Map<string, MapPatch>,
    created: Map<string, NewResource>,
  ): MapPatch {
    const logicalId = target.kind === 'resource' ? target.resource.logicalId : target.logicalId;
    const isNew = target.kind === 'new-resource' && !this.template.resources.some((r) => r.logicalId === logicalId);
    if (isNew) {
      let r = created.get(logicalId);
      if (!r) {
        r = { type: target.resourceType, after: target.after.logicalId, props: emptyMapPatch() };
        for (const [key, value] of target.preamble) addToPatch(r.props, [key], value);
        created.set(logicalId, r);
      }
      return r.props;
    }
    let props = existing.get(logicalId);
    if (!props) {
      props = emptyMapPatch();
      // Re-applying a "create" to the resource it made: the preamble is checked like any other value.
      if (target.kind === 'new-resource') for (const [key, value] of target.preamble) addToPatch(props, [key], value);
      existing.set(logicalId, props);
    }
    return props;
  }

  // ---- existing resources -----------------------------------------------------------------------------

  private patchParameter(name: string, patch: MapPatch): void {
    const p = this.template.parameters.find((x) => x.name === name);
    if (!p) {
      this.problems.push(`no parameter ${name} in the template`);
      return;
    }
    this.applyMap(p.node, patch, null, name);
  }

  private patchResource(logicalId: string, props: MapPatch): void {
    const resource = this.template.resources.find((r) => r.logicalId === logicalId);
    if (!resource) {
      this.problems.push(`no resource ${logicalId} in the template`);
      return;
    }
    this.applyMap(resource.node, { kind: 'map', entries: new Map<string, Patch>([['Properties', props]]) }, null, logicalId);
  }

  private applyNode(node: CfnNode, patch: Patch, slot: Slot, where: string): void {
    if (patch.kind === 'value') {
      if (!sameAs(node, patch.value)) this.replace(node, patch.value, slot);
      return;
    }
    // An empty value, or a scalar where a map or list belongs (invalid as written), is replaced whole. A
    // function is not: it may compute the right value at deploy time, and only the user can tell.
    if (node.type === 'Scalar') {
      this.replace(node, patchValue(patch), slot);
    } else if (patch.kind === 'map' && node.type === 'Map') {
      this.applyMap(node, patch, null, where);
    } else if (patch.kind === 'list' && node.type === 'Sequence') {
      this.applyList(node, patch, where);
    } else {
      const what = node.type === 'Intrinsic' ? `the function ${node.name}` : `a ${node.type.toLowerCase()}`;
      this.problems.push(`${where} is written as ${what}, not a ${patch.kind}: the fix cannot write into it`);
    }
  }

  /** Patches existing entries, then inserts the missing ones after `anchor` (default: the last entry). */
  private applyMap(map: CfnMap, patch: MapPatch, anchor: Anchor | null, where: string): void {
    const missing: [string, FixValue][] = [];
    for (const [key, p] of patch.entries) {
      const entry = mapEntry(map, key);
      if (entry) this.applyNode(entry.value, p, { kind: 'entry', entry, parent: map }, `${where}.${key}`);
      else missing.push([key, patchValue(p)]);
    }
    if (missing.length > 0) this.insertEntries(map, missing, anchor);
  }

  private applyList(seq: CfnSequence, patch: Extract<Patch, { kind: 'list' }>, where: string): void {
    const appended: FixValue[] = [];
    for (const [index, p] of [...patch.items].sort((a, b) => a[0] - b[0])) {
      const item = seq.items[index];
      if (item) this.applyNode(item, p, { kind: 'item', parent: seq }, `${where}[${index}]`);
      else appended.push(patchValue(p));
    }
    if (appended.length > 0) this.appendItems(seq, appended);
  }

  // ---- writing ----------------------------------------------------------------------------------------

  private edit(start: number, end: number, newText: string): void {
    this.edits.push({ start, end, newText, seq: this.edits.length });
  }

  /** Replaces `node` (or fills an empty value) with `v`, laid out for where it sits. */
  private replace(node: CfnNode, v: FixValue, slot: Slot): void {
    const L = this.layout;
    if (this.json) {
      this.edit(node.start, node.end, this.render.json(v, L.lineIndent(node.start)));
    } else if (L.isFlow(slot.parent)) {
      if (isEmpty(node) && slot.kind === 'entry') {
        const at = L.afterColon(slot.entry.key.end);
        this.edit(at, at, ' ' + this.render.yamlFlow(v));
      } else {
        this.edit(node.start, node.end, this.render.yamlFlow(v));
      }
    } else if (slot.kind === 'entry') {
      this.replaceEntryValue(node, v, slot.entry);
    } else {
      const dash = L.dashBefore(node.start);
      const indent = ' '.repeat(L.column(dash));
      const lines = this.render.yamlItem(v, indent);
      lines[0] = lines[0]!.slice(indent.length + 2);
      // An empty item (`-` alone) gets its value after the dash and a space.
      if (isEmpty(node)) this.edit(dash + 1, dash + 1, ' ' + lines.join(this.render.style.eol));
      else this.edit(node.start, node.end, lines.join(this.render.style.eol));
    }
  }

  /** A YAML block map entry's value: on the key's line when it fits there, else nested under the key. */
  private replaceEntryValue(node: CfnNode, v: FixValue, entry: CfnMapEntry): void {
    const L = this.layout;
    const eol = this.render.style.eol;
    const afterColon = L.afterColon(entry.key.end);
    const nested = this.render.yamlNested(v, ' '.repeat(L.column(entry.key.start)));
    // A block collection starts on the next line: replace from the colon, not from its first key.
    const fromColon = isEmpty(node) || ((node.type === 'Map' || node.type === 'Sequence') && !L.isFlow(node));
    if (!nested) {
      const text = this.render.yamlFlow(v);
      if (fromColon) this.edit(afterColon, isEmpty(node) ? afterColon : node.end, ' ' + text);
      else this.edit(node.start, node.end, text);
    } else if (isEmpty(node)) {
      // After any comment on the key's line (`Key:  # note`), which would otherwise swallow the value.
      const end = L.lineEnd(entry.key.end);
      this.edit(end, end, eol + nested.join(eol));
    } else {
      this.edit(afterColon, node.end, eol + nested.join(eol));
    }
  }

  private insertEntries(map: CfnMap, entries: [string, FixValue][], anchor: Anchor | null): void {
    const L = this.layout;
    const eol = this.render.style.eol;
    const first = map.entries[0];
    const after = anchor === 'start' ? null : (anchor ?? map.entries[map.entries.length - 1]!);
    if (!this.json && !L.isFlow(map) && first) {
      const indent = ' '.repeat(L.column(first.key.start));
      const lines = entries.flatMap(([k, v]) => this.render.yamlEntry(k, v, indent));
      if (after) this.edit(L.lineEnd(after.end), L.lineEnd(after.end), eol + lines.join(eol));
      else this.edit(L.lineStart(first.key.start), L.lineStart(first.key.start), lines.join(eol) + eol);
      return;
    }
    if (!first) {
      // `{}`: rewritten whole.
      const obj: FixValue = { kind: 'object', entries };
      this.edit(map.start, map.end, this.json ? this.render.json(obj, L.lineIndent(map.start)) : this.render.yamlFlow(obj));
      return;
    }
    const multiLine = !L.sameLine(map.start, first.key.start) && L.startsLine(first.key.start);
    const indent = multiLine ? L.lineIndent(first.key.start) : '';
    const sep = multiLine ? `,${eol}${indent}` : ', ';
    const rendered = entries.map(([k, v]) =>
      this.json ? `${JSON.stringify(k)}: ${multiLine ? this.render.json(v, indent) : this.render.jsonInline(v)}` : `${yamlString(k)}: ${this.render.yamlFlow(v)}`,
    );
    if (after) this.edit(after.end, after.end, rendered.map((r) => sep + r).join(''));
    else this.edit(first.key.start, first.key.start, rendered.map((r) => r + sep).join(''));
  }

  private appendItems(seq: CfnSequence, items: FixValue[]): void {
    const L = this.layout;
    const eol = this.render.style.eol;
    const first = seq.items[0];
    const last = seq.items[seq.items.length - 1];
    if (!this.json && !L.isFlow(seq) && first && last) {
      const indent = ' '.repeat(L.column(L.dashBefore(first.start)));
      const lines = items.flatMap((i) => this.render.yamlItem(i, indent));
      this.edit(L.lineEnd(last.end), L.lineEnd(last.end), eol + lines.join(eol));
      return;
    }
    if (!first || !last) {
      const list: FixValue = { kind: 'list', items };
      this.edit(seq.start, seq.end, this.json ? this.render.json(list, L.lineIndent(seq.start)) : this.render.yamlFlow(list));
      return;
    }
    const multiLine = !L.sameLine(seq.start, first.start) && L.startsLine(first.start);
    const indent = multiLine ? L.lineIndent(first.start) : '';
    const sep = multiLine ? `,${eol}${indent}` : ', ';
    const rendered = items.map((i) => (this.json ? (multiLine ? this.render.json(i, indent) : this.render.jsonInline(i)) : this.render.yamlFlow(i)));
    this.edit(last.end, last.end, rendered.map((r) => sep + r).join(''));
  }

  // ---- new resources and parameters -------------------------------------------------------------------

  private addResource(logicalId: string, r: NewResource): void {
    const resources = mapGet(this.template.root, 'Resources');
    if (resources?.type !== 'Map') {
      this.problems.push('the template has no Resources map to add a resource to');
      return;
    }
    const entries: [string, FixValue][] = [['Type', { kind: 'literal', value: r.type }]];
    if (r.props.entries.size > 0) entries.push(['Properties', patchValue(r.props)]);
    const anchor = mapEntry(resources, r.after) ?? null;
    this.insertEntries(resources, [[logicalId, { kind: 'object', entries }]], anchor);
  }

  /** A `Parameters` entry (Type String) per placeholder written, unless the template already has it. */
  private addParameters(): void {
    const declared = new Set(this.template.parameters.map((p) => p.name));
    const params = emptyMapPatch();
    for (const [name, description] of this.render.placeholders) {
      if (declared.has(name)) continue;
      const value: FixValue = {
        kind: 'object',
        entries: [
          ['Type', { kind: 'literal', value: 'String' }],
          ['Description', { kind: 'literal', value: description }],
        ],
      };
      addToPatch(params, [name], value);
    }
    if (params.entries.size === 0) return;
    const root = this.template.root;
    // A new section goes after the template's header keys, where readers expect it.
    const header = ['AWSTemplateFormatVersion', 'Description']
      .map((k) => mapEntry(root, k))
      .filter((e): e is CfnMapEntry => e !== undefined)
      .sort((a, b) => b.start - a.start)[0];
    this.applyMap(root, { kind: 'map', entries: new Map<string, Patch>([['Parameters', params]]) }, header ?? 'start', 'Parameters');
  }

  /** Sorted edits, with insertions at one offset joined in the order they were made; overlaps are problems. */
  private finish(): TextEdit[] {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.seq - b.seq);
    const out: TextEdit[] = [];
    for (const e of sorted) {
      const prev = out[out.length - 1];
      if (prev && e.start === prev.start && (prev.start === prev.end || e.start === e.end)) {
        prev.newText += e.newText;
        prev.end = Math.max(prev.end, e.end);
      } else if (prev && e.start < prev.end) {
        this.problems.push(`two changes overlap at offset ${e.start}`);
        return [];
      } else {
        out.push({ start: e.start, end: e.end, newText: e.newText });
      }
    }
    return out.filter((e) => e.start !== e.end || e.newText !== '');
  }
}

/** `Key:` with nothing after it: a value the fix fills in. */
function isEmpty(node: CfnNode): boolean {
  return node.type === 'Scalar' && node.value === null && node.raw === '';
}
