// SPDX-License-Identifier: Apache-2.0
// The last words of a finding's message, added once findings are final (after instances are collapsed and
// module findings are moved to their calls): where its value came from (a default, a var file, a module
// argument) and, for a resource that exists only for some values of something unknown, what decides it.

import type { Unknown } from '../core/value';
import { baseAddress } from './instances';
import type { Finding } from './runner';
import { withProvenance } from './runner';

/** A finding's message with where its value came from and, for a conditional resource, what decides it. */
export function finalMessage(f: Finding): Finding {
  let message = f.via ? withProvenance(f.message, f.via) : f.message;
  if (f.condition) message = `${message.replace(/\.\s*$/, '')} (if the resource is created, which ${f.condition.describe()}).`;
  return message === f.message ? f : { ...f, message };
}

/** Findings on conditionally created resources get the unknown that decides whether they exist. */
export function withConditions(findings: Finding[], conditional: ReadonlyMap<string, Unknown> | undefined): Finding[] {
  if (!conditional || conditional.size === 0) return findings;
  const conditionOf = conditionLookup(conditional);
  return findings.map((f) => {
    const c = conditionOf(f);
    return c ? { ...f, condition: c } : f;
  });
}

/** The unknown withConditions gives a finding, if any. */
export function conditionLookup(conditional: ReadonlyMap<string, Unknown>): (f: Finding) => Unknown | undefined {
  // A finding that names the resource without its instance key gets the first instance's unknown (once
  // per call: looking it up per finding was findings × conditional resources).
  let byBase: Map<string, Unknown> | undefined;
  return (f) => {
    if (f.condition || f.kind === 'missing') return undefined;
    let c = conditional.get(f.resource);
    if (!c) {
      if (!byBase) {
        byBase = new Map();
        for (const [a, u] of conditional) {
          const base = baseAddress(a);
          if (!byBase.has(base)) byBase.set(base, u);
        }
      }
      c = byBase.get(f.resource);
    }
    return c;
  };
}
