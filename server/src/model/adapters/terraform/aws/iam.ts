// SPDX-License-Identifier: Apache-2.0
// IAM policies in Terraform: managed (aws_iam_policy), inline (aws_iam_role_policy, _user_policy,
// _group_policy, aws_iam_role inline_policy blocks) and documents (data "aws_iam_policy_document").
// A policy written as a heredoc or jsonencode() with interpolated references is still read: each
// reference becomes an Unknown in place, so `"Resource": "${aws_s3_bucket.b.arn}/*"` does not hide the
// statement's Action from rules.

import { evaluate, traversalRef } from '../../../../parsers/hcl/evaluate';
import type { EvalContext } from '../../../../parsers/hcl/evaluate';
import { firstUnknown, isObjectValue, Unknown } from '../../../../core/value';
import type { Provenance, Value } from '../../../../core/value';
import type { Block, Expression } from '../../../../parsers/hcl/ast';
import { presentAttr } from '../../../attr';
import type { Attr } from '../../../attr';
import type { IamPolicy, IamRole, PolicyDocument, PolicyStatement } from '../../../aws/iam';
import { policyFromValue } from '../../../aws/policy-document';
import type { EditTarget } from '../../../edit-target';
import { nodeRef } from '../../../source';
import type { SourceRef } from '../../../source';
import type { TfFile, TfModule, TfResource } from '../module';
import { absentAttr } from '../../../attr';
import { blockTarget, evalExpr, findAttribute, headerRef, headerSpan, nestedBlocks, stringList } from '../values';
import { perElement } from '../reads';

// Stand-ins for unknown values inside a policy text: plain characters, so JSON.parse still accepts them.
const SENTINEL = /__iac_unknown_(\d+)__/;

/**
 * Evaluates a policy expression with every reference replaced by a sentinel string, parses JSON text,
 * then turns strings holding a sentinel back into the Unknown they stand for.
 */
function evaluatePolicy(file: TfFile, expr: Expression, trace?: Provenance[]): Value {
  const unknowns: Unknown[] = [];
  const module = file.scope?.module;
  const ctx: EvalContext = {
    resolve: (t, src, tr) => {
      // Variables and locals with known values are used as they are; the rest become sentinels in the text.
      const known = module?.resolve(t, tr);
      if (known !== undefined && firstUnknown(known) === null) return known;
      unknowns.push(known instanceof Unknown ? known : new Unknown('reference', t, src.slice(t.start, t.end), traversalRef(t)));
      return `__iac_unknown_${unknowns.length - 1}__`;
    },
  };
  if (file.scope?.bindings) ctx.scope = file.scope.bindings;
  if (trace) ctx.trace = trace;
  const v = evaluate(expr, file.file.source, ctx);
  const restore = (x: Value): Value => {
    if (typeof x === 'string') {
      const m = SENTINEL.exec(x);
      if (!m) return x;
      const u = unknowns[Number(m[1])]!;
      if (x === m[0]) return u;
      // A string with known parts around the unknown (`arn:aws:iam::*:role/${var.name}`): keep them as text.
      const text = x.replace(/__iac_unknown_(\d+)__/g, (_, i: string) => `\${${unknowns[Number(i)]!.detail}}`);
      return new Unknown(u.reason, u.span, u.detail, u.ref, text);
    }
    if (Array.isArray(x)) return x.map(restore);
    if (isObjectValue(x)) {
      const out: Record<string, Value> = {};
      for (const k of Object.keys(x)) out[k] = restore(x[k]!);
      return out;
    }
    return x;
  };
  if (typeof v === 'string') {
    try {
      return restore(JSON.parse(v) as Value);
    } catch {
      return SENTINEL.test(v) ? unknowns[0]! : v;
    }
  }
  return restore(v);
}

/** `data.aws_iam_policy_document.<name>.json` → the data resource, if it is in the module. */
function documentDataSource(mod: TfModule, expr: Expression, file?: TfFile): TfResource | undefined {
  let e = expr;
  while (e.type === 'TemplateWrap' || e.type === 'Parentheses') e = e.type === 'TemplateWrap' ? e.wrapped : e.expr;
  // `data.aws_iam_policy_document.p[each.key].json`: the instance of a for_each/count document whose key
  // the reference computes (the key is an expression, so the parser makes it an Index, then `.json`).
  if (e.type === 'RelativeTraversal' && e.source.type === 'Index' && file) {
    const [j, ...rest] = e.steps;
    const c = e.source.collection;
    if (rest.length > 0 || j?.type !== 'AttrStep' || (j.name !== 'json' && j.name !== 'minified_json')) return undefined;
    if (c.type !== 'ScopeTraversal' || c.root !== 'data' || c.steps.length !== 2) return undefined;
    const [t, n] = c.steps;
    if (t?.type !== 'AttrStep' || t.name !== 'aws_iam_policy_document' || n?.type !== 'AttrStep') return undefined;
    const key = evalExpr(file, e.source.key);
    if (typeof key !== 'string' && typeof key !== 'number') return undefined;
    return mod.dataOfType('aws_iam_policy_document').find((d) => d.name === n.name && d.key !== undefined && String(d.key) === String(key));
  }
  if (e.type !== 'ScopeTraversal' || e.root !== 'data') return undefined;
  // `data.aws_iam_policy_document.p[0].json` (count) is the same document.
  const [t, n, j] = e.steps.filter((s) => s.type === 'AttrStep');
  if (t?.type !== 'AttrStep' || t.name !== 'aws_iam_policy_document' || n?.type !== 'AttrStep') return undefined;
  if (j && (j.type !== 'AttrStep' || (j.name !== 'json' && j.name !== 'minified_json'))) return undefined;
  return mod.dataOfType('aws_iam_policy_document').find((d) => d.name === n.name);
}

/** The policy document held by attribute `attrName` of a block. */
export function policyDocumentAttr(mod: TfModule, file: TfFile, block: Block, attrName: string, target: EditTarget): Attr<PolicyDocument> {
  const attribute = findAttribute(block, attrName);
  if (!attribute) return absentAttr<PolicyDocument>(headerRef(file, block), null);
  const ref = nodeRef(file.path, attribute);
  const location = { target, path: [attrName] };
  const data = documentDataSource(mod, attribute.expr, file);
  if (data) {
    const doc = documentFromData(data);
    return presentAttr(doc, ref, null, location);
  }
  const via: Provenance[] = [];
  const raw = evaluatePolicy(file, attribute.expr, via);
  return presentAttr(policyFromValue(raw, ref), ref, raw, location, via);
}

/**
 * A data "aws_iam_policy_document": statement blocks with HCL-style names. Dynamic "statement" blocks whose
 * for_each is known are already expanded (instances.ts). One whose for_each is unknown is read once, with
 * its iterator unknown, as a statement that stands for every statement the block may generate and that may
 * not exist (`maybe`): what its content fixes (actions, effect) is known for all of them, what depends on
 * the iterator is unknown. A block without a readable `content` leaves the document unknown.
 */
export function documentFromData(d: TfResource): PolicyDocument | Unknown {
  const statements: PolicyStatement[] = [];
  for (const st of nestedBlocks(d.block, 'statement')) statements.push(statementFromBlock(d.file, st));
  for (const dyn of nestedBlocks(d.block, 'dynamic').filter((b) => b.labels[0]?.value === 'statement')) {
    const maybe = new Unknown('expression', headerSpan(dyn), 'the for_each of the dynamic "statement" block', { kind: 'dynamic', block: 'statement' });
    const content = nestedBlocks(dyn, 'content')[0];
    if (!content || !d.file.scope) return maybe.rephrase('the dynamic "statement" blocks');
    const iteratorAttr = findAttribute(dyn, 'iterator');
    const iterator = iteratorAttr?.expr.type === 'ScopeTraversal' && iteratorAttr.expr.steps.length === 0 ? iteratorAttr.expr.root : 'statement';
    const item = maybe.rephrase('the items of the dynamic "statement" block\'s for_each');
    const bindings = new Map(d.file.scope.bindings ?? []);
    bindings.set(iterator, { key: item, value: item });
    const file: TfFile = { ...d.file, scope: { ...d.file.scope, bindings } };
    statements.push({ ...statementFromBlock(file, content), ref: headerRef(d.file, dyn), maybe });
  }
  return { statements };
}

function statementFromBlock(file: TfFile, st: Block): PolicyStatement {
  const ref = headerRef(file, st);
  const list = (name: string): (string | Unknown)[] => {
    const a = findAttribute(st, name);
    return a ? stringList(evalExpr(file, a.expr), nodeRef(file.path, a)) : [];
  };
  const effectAttr = findAttribute(st, 'effect');
  const effectVal = effectAttr ? evalExpr(file, effectAttr.expr) : 'Allow';
  const notActions = !!findAttribute(st, 'not_actions');
  const notResources = !!findAttribute(st, 'not_resources');
  const sidAttr = findAttribute(st, 'sid');
  const sid = sidAttr ? evalExpr(file, sidAttr.expr) : null;
  return {
    ref: statementRef(file, st, ref),
    sid: typeof sid === 'string' ? sid : null,
    effect: effectVal instanceof Unknown ? effectVal : effectVal === 'Deny' ? 'Deny' : 'Allow',
    actions: list(notActions ? 'not_actions' : 'actions'),
    notActions,
    resources: list(notResources ? 'not_resources' : 'resources'),
    notResources,
    notPrincipals: nestedBlocks(st, 'principals').length === 0 && nestedBlocks(st, 'not_principals').length > 0,
    principals: [...nestedBlocks(st, 'principals'), ...nestedBlocks(st, 'not_principals')].map((p) => {
      const typeAttr = findAttribute(p, 'type');
      const type = typeAttr ? evalExpr(file, typeAttr.expr) : '?';
      const ids = findAttribute(p, 'identifiers');
      return { type: typeof type === 'string' ? type : '?', values: ids ? stringList(evalExpr(file, ids.expr), nodeRef(file.path, ids)) : [] };
    }),
    conditions: nestedBlocks(st, 'condition').map((c) => {
      const test = findAttribute(c, 'test');
      const variable = findAttribute(c, 'variable');
      const values = findAttribute(c, 'values');
      const t = test ? evalExpr(file, test.expr) : '';
      const v = variable ? evalExpr(file, variable.expr) : '';
      return {
        operator: typeof t === 'string' ? t : '?',
        key: typeof v === 'string' ? v : '?',
        values: values ? stringList(evalExpr(file, values.expr), nodeRef(file.path, values)) : [],
      };
    }),
  };
}

function statementRef(file: TfFile, st: Block, fallback: SourceRef): SourceRef {
  return st ? nodeRef(file.path, st.typeRange) : fallback;
}

const POLICY_RESOURCES: [string, IamPolicy['policyKind']][] = [
  ['aws_iam_policy', 'managed'],
  ['aws_iam_role_policy', 'inline'],
  ['aws_iam_user_policy', 'inline'],
  ['aws_iam_group_policy', 'inline'],
];

export function iamPolicies(mod: TfModule): IamPolicy[] {
  const out: IamPolicy[] = [];
  for (const [type, policyKind] of POLICY_RESOURCES) {
    for (const r of mod.ofType(type)) {
      // Per resource instance: the editor keeps the element of a block it did not re-parse (reads.ts).
      const policy = perElement('policy', r, (): IamPolicy | null => {
        const attribute = findAttribute(r.block, 'policy');
        // A policy built from a data document is checked once, on the document, where the fix belongs.
        if (attribute && documentDataSource(mod, attribute.expr, r.file)) return null;
        const target = blockTarget(r.file, r.block);
        return {
          platform: 'terraform',
          address: r.address,
          sourceType: type,
          ref: headerRef(r.file, r.block),
          target,
          policyKind,
          document: policyDocumentAttr(mod, r.file, r.block, 'policy', target),
        };
      });
      if (policy) out.push(policy);
    }
  }
  for (const r of mod.ofType('aws_iam_role')) {
    for (const ip of nestedBlocks(r.block, 'inline_policy')) {
      const attribute = findAttribute(ip, 'policy');
      if (!attribute || documentDataSource(mod, attribute.expr, r.file)) continue;
      out.push({
        platform: 'terraform',
        address: `${r.address}.inline_policy`,
        sourceType: 'aws_iam_role',
        ref: headerRef(r.file, ip),
        target: blockTarget(r.file, ip),
        policyKind: 'inline',
        document: policyDocumentAttr(mod, r.file, ip, 'policy', blockTarget(r.file, ip)),
      });
    }
  }
  for (const d of mod.dataOfType('aws_iam_policy_document')) {
    out.push(
      perElement('document', d, (): IamPolicy => {
        const header = headerRef(d.file, d.block);
        return {
          platform: 'terraform',
          address: d.address,
          sourceType: 'aws_iam_policy_document',
          ref: header,
          target: blockTarget(d.file, d.block),
          policyKind: 'document',
          document: presentAttr(documentFromData(d), header, null, null),
        };
      }),
    );
  }
  return out;
}

/** IAM roles with their trust policies (`assume_role_policy`, which may come from a data document). */
export function iamRoles(mod: TfModule): IamRole[] {
  return mod.ofType('aws_iam_role').map((r) =>
    perElement('role', r, (): IamRole => {
      const target = blockTarget(r.file, r.block);
      return {
        platform: 'terraform',
        address: r.address,
        sourceType: 'aws_iam_role',
        ref: headerRef(r.file, r.block),
        target,
        // Read only: no fix rewrites a trust policy.
        trustPolicy: { ...policyDocumentAttr(mod, r.file, r.block, 'assume_role_policy', target), location: null },
      };
    }),
  );
}
