// SPDX-License-Identifier: Apache-2.0
// The Compliance view's tree, built from the audit's plain data (AuditResult.tree) without VS Code, so it is
// unit-tested on its own (test/unit/client/compliance-tree.test.ts); compliance-view.ts only turns nodes
// into TreeItems. Framework → control → resource, with the report's statuses and counts, failing first;
// controls not applicable or needing manual evidence are grouped at the end of each framework, and the
// exception register is a root of its own.

import type { ComplianceTreeData, TreeControl, TreeEvidence, TreeException, TreeFramework, TreeStatus } from '../../server/src/protocol';

export type NodeKind = 'framework' | 'control' | 'group' | 'resource' | 'exceptions' | 'exception';

/** A node's status: a control's or evidence item's, or `expired` for an exception past its date. */
export type NodeStatus = TreeStatus | 'expired';

export interface TreeNode {
  /** Stable across audits (VS Code keeps the expansion of nodes by id). */
  id: string;
  kind: NodeKind;
  label: string;
  description: string;
  tooltip: string;
  status?: NodeStatus;
  /** Resources and exceptions: the rule judged (for "Explain Rule" on the node). */
  ruleId?: string;
  /** Where a click goes: a file URI, a 1-based line and column (the finding's, else the resource's). */
  location?: { uri: string; line: number; column: number };
  children: TreeNode[];
}

export const STATUS_LABEL: Record<NodeStatus, string> = {
  fail: 'fail',
  'excepted-unjustified': 'excepted without a justification',
  excepted: 'excepted',
  unknown: 'cannot verify',
  pass: 'pass',
  'not-applicable': 'not applicable',
  manual: 'manual evidence',
  expired: 'exception expired',
};

/** Worst first: the order controls and resources are listed in (the report's status order). */
const ORDER: readonly NodeStatus[] = ['fail', 'expired', 'excepted-unjustified', 'excepted', 'unknown', 'pass', 'not-applicable', 'manual'];
const DECIDED: readonly TreeStatus[] = ['fail', 'excepted-unjustified', 'excepted', 'unknown', 'pass'];

/** The codicon and theme colour of each status (plain data; the view makes ThemeIcons of it). */
export const STATUS_ICON: Record<NodeStatus, { icon: string; color?: string }> = {
  fail: { icon: 'error', color: 'testing.iconFailed' },
  expired: { icon: 'history', color: 'testing.iconFailed' },
  'excepted-unjustified': { icon: 'warning', color: 'problemsWarningIcon.foreground' },
  excepted: { icon: 'shield', color: 'problemsInfoIcon.foreground' },
  unknown: { icon: 'question', color: 'testing.iconQueued' },
  pass: { icon: 'pass', color: 'testing.iconPassed' },
  'not-applicable': { icon: 'circle-slash', color: 'disabledForeground' },
  manual: { icon: 'person', color: 'disabledForeground' },
};

export function percent(rate: number | null): string {
  return rate === null ? 'n/a' : `${Math.round(rate * 1000) / 10}%`;
}

const rank = (s: NodeStatus): number => ORDER.indexOf(s);

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "75% · 1 fail · 3 pass · 2 cannot verify": the counts that are not zero, decided statuses only. */
export function frameworkDescription(f: TreeFramework): string {
  const parts = [percent(f.passRate)];
  for (const s of DECIDED) if (f.counts[s] > 0) parts.push(`${f.counts[s]} ${STATUS_LABEL[s]}`);
  return parts.join(' · ');
}

/** The status a framework is shown with: its worst decided control, or n/a when nothing was decided. */
export function frameworkStatus(f: TreeFramework): TreeStatus {
  return DECIDED.find((s) => f.counts[s] > 0) ?? 'not-applicable';
}

function resourceLabel(e: { resource: string }): string {
  return e.resource === '(project)' ? 'account-level (whole workspace)' : e.resource;
}

function resourceNode(parent: string, e: TreeEvidence): TreeNode {
  const why = e.exception
    ? `Exception: ${e.exception.justification || 'no justification'}${e.exception.until ? ` (until ${e.exception.until})` : ''}`
    : '';
  const tooltip = [`${resourceLabel(e)} · ${e.ruleId} · ${STATUS_LABEL[e.status]}`, e.finding ?? '', why, `${e.file}:${e.line}`].filter((s) => s !== '').join('\n');
  const node: TreeNode = {
    id: `${parent}/${e.ruleId}/${e.file}:${e.line}/${e.resource}`,
    kind: 'resource',
    ruleId: e.ruleId,
    label: resourceLabel(e),
    description: `${e.ruleId} · ${e.file}:${e.line}`,
    tooltip,
    status: e.status,
    children: [],
  };
  if (e.uri) node.location = e.at ? { uri: e.uri, line: e.at.line, column: e.at.column } : { uri: e.uri, line: e.line, column: 1 };
  return node;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A control with its resources. The resource nodes are built when first read (a large workspace has tens
 * of thousands, repeated under each framework, and a user opens a few controls).
 */
function controlNode(parent: string, c: TreeControl, evidence: readonly TreeEvidence[]): TreeNode {
  const id = `${parent}/${c.id}`;
  const items = c.evidence.map((i) => evidence[i]).filter((e): e is TreeEvidence => e !== undefined);
  const failing = items.filter((e) => e.status !== 'pass').length;
  const counted =
    items.length === 0 ? '' : failing === 0 ? ` · ${plural(items.length, 'resource')}` : ` · ${failing} of ${plural(items.length, 'resource')}`;
  const title = c.title || c.rules.join(', ');
  let children: TreeNode[] | undefined;
  return {
    id,
    kind: 'control',
    label: `${c.id} ${title}`.trim(),
    description: `${STATUS_LABEL[c.status]}${c.level ? ` · L${c.level}` : ''}${counted}`,
    tooltip: [`${c.id}${c.level ? ` (Level ${c.level})` : ''}: ${title}`, `Status: ${STATUS_LABEL[c.status]}`, c.rules.length > 0 ? `Rules: ${c.rules.join(', ')}` : 'No rule of this tool maps to it: evidence must come from outside the code.'].join('\n'),
    status: c.status,
    get children(): TreeNode[] {
      if (!children) {
        const sorted = [...items].sort((a, b) => rank(a.status) - rank(b.status) || byText(a.file, b.file) || a.line - b.line || byText(a.ruleId, b.ruleId));
        children = sorted.map((e) => resourceNode(id, e));
      }
      return children;
    },
  };
}

function frameworkNode(f: TreeFramework, evidence: readonly TreeEvidence[]): TreeNode {
  const id = `framework/${f.id}`;
  const decided = f.controls.filter((c) => DECIDED.includes(c.status));
  decided.sort((a, b) => rank(a.status) - rank(b.status));
  const children = decided.map((c) => controlNode(id, c, evidence));
  const groups: [TreeStatus, string][] = [
    ['not-applicable', 'Not applicable (no resource of their kinds)'],
    ['manual', 'Manual evidence needed'],
  ];
  for (const [status, label] of groups) {
    const controls = f.controls.filter((c) => c.status === status);
    if (controls.length === 0) continue;
    const gid = `${id}/${status}`;
    children.push({
      id: gid,
      kind: 'group',
      label,
      description: String(controls.length),
      tooltip: `${plural(controls.length, 'control')}: ${STATUS_LABEL[status]} (not counted in the pass rate)`,
      status,
      children: controls.map((c) => controlNode(gid, c, evidence)),
    });
  }
  const rates = `Pass rate ${percent(f.passRate)} (${percent(f.passRateWithExceptions)} counting justified exceptions as passing)`;
  const counts = (Object.keys(STATUS_LABEL) as NodeStatus[]).filter((s) => s !== 'expired' && f.counts[s as TreeStatus] > 0).map((s) => `${f.counts[s as TreeStatus]} ${STATUS_LABEL[s]}`);
  return {
    id,
    kind: 'framework',
    label: f.short,
    description: frameworkDescription(f),
    tooltip: [f.name, rates, counts.join(', ')].join('\n'),
    status: frameworkStatus(f),
    children,
  };
}

function exceptionNode(x: TreeException, i: number): TreeNode {
  const status: NodeStatus = x.expired ? 'expired' : x.justification.trim() === '' ? 'excepted-unjustified' : 'excepted';
  const node: TreeNode = {
    id: `exceptions/${i}/${x.ruleId}/${x.file}:${x.line}`,
    kind: 'exception',
    ruleId: x.ruleId,
    label: resourceLabel(x),
    description: `${x.ruleId} · ${x.justification || 'no justification'}${x.until ? ` · until ${x.until}` : ''}`,
    tooltip: [`${x.ruleId} on ${resourceLabel(x)} (${x.file}:${x.line})`, `Justification: ${x.justification || 'none'}`, `Written as: ${x.origin}`, x.until ? `Until ${x.until}` : '', x.expired ? 'Expired: the finding is reported again.' : ''].filter((s) => s !== '').join('\n'),
    status,
    children: [],
  };
  if (x.uri) node.location = { uri: x.uri, line: x.line, column: 1 };
  return node;
}

/** The view's roots: one node per framework view the audit reported, then the exception register. */
export function buildTree(data: ComplianceTreeData): TreeNode[] {
  const roots = data.frameworks.map((f) => frameworkNode(f, data.evidence));
  if (data.exceptions.length > 0) {
    const children = data.exceptions.map(exceptionNode);
    children.sort((a, b) => rank(a.status!) - rank(b.status!));
    const expired = data.exceptions.filter((x) => x.expired).length;
    roots.push({
      id: 'exceptions',
      kind: 'exceptions',
      label: 'Exceptions',
      description: `${data.exceptions.length - expired} in force${expired > 0 ? ` · ${expired} expired` : ''}`,
      tooltip: 'The exception register: every suppression in force (and expired ones, whose findings are reported again).',
      status: children[0]!.status!,
      children,
    });
  }
  return roots;
}

/** Every node of the tree, depth first (for tests and for finding a node by id). */
export function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}
