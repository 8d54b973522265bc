// SPDX-License-Identifier: Apache-2.0
// A validated custom rule as an ordinary Rule: the runner, suppressions, the project file, fixes and every
// report treat it like a built-in one. Its check only evaluates the declared condition (evaluate.ts).

import { setFix } from '../../engine/rule-api';
import type { CheckContext, PlannedFix, Rule, RuleMeta } from '../../engine/rule-api';
import type { Attr } from '../../model/attr';
import type { FixValue } from '../../model/edit-target';
import type { ModelResource } from '../../model/resource';
import { attrOf } from './kinds';
import { evaluate } from './evaluate';
import type { CustomRuleSpec } from './schema';

export function customRuleMeta(spec: CustomRuleSpec): RuleMeta {
  const meta: RuleMeta = {
    id: spec.id,
    name: spec.id.toLowerCase(),
    title: spec.title,
    severity: spec.severity,
    description: spec.description,
    rationale: spec.rationale,
    remediation: spec.remediation,
    links: spec.links,
    frameworks: spec.frameworks,
    levels: {},
    resourceTypes: { terraform: [...spec.kind.terraform], cloudformation: [...spec.kind.cloudformation] },
    fix: spec.fix?.safety ?? 'none',
    source: { file: spec.file },
  };
  if (Object.keys(spec.orgFrameworks).length > 0) meta.orgFrameworks = spec.orgFrameworks;
  return meta;
}

function fixesFor(spec: CustomRuleSpec, resource: ModelResource): PlannedFix[] {
  if (!spec.fix) return [];
  const sets: [Attr<unknown>, FixValue][] = [];
  for (const s of spec.fix.sets) {
    const attr = attrOf(resource, spec.kind, s.attribute);
    // A setting this language cannot write (no place for it): no fix rather than half of one.
    if (!attr?.location) return [];
    sets.push([attr, s.value]);
  }
  return setFix('custom-set', spec.fix.title, spec.fix.safety, ...sets);
}

export function compileCustomRule(spec: CustomRuleSpec): Rule {
  const meta = customRuleMeta(spec);
  const check = (resource: ModelResource, ctx: CheckContext): void => {
    const o = evaluate(spec.condition, resource, spec.kind, ctx.model);
    if (o.v === 'holds') return;
    if (o.v === 'unknown') {
      ctx.cannotVerify(o.at, o.unknown, o.what);
      return;
    }
    // The why starts with the setting's written name (`backup_retention_period is 1 ...`): kept as written.
    const message = spec.message ? `${spec.message.replace(/[.\s]+$/, '')}: ${o.why}.` : `${o.why}.`;
    ctx.report(o.at, message, { fixes: fixesFor(spec, resource) });
  };
  const target = spec.kind.target;
  if ('catalog' in target) return { meta, target: 'catalog', kind: target.catalog, check };
  return { meta, target: target.typed, check } as unknown as Rule;
}
