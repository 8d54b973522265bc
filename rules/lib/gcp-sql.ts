// SPDX-License-Identifier: Apache-2.0
// Cloud SQL database flags (CIS GCP 6.1-6.3, 6.6): one table of what each recommendation asks of one flag
// on one engine, and the check every flag rule runs. A flag is a `settings.database_flags { name, value }`
// block; the engine comes from `database_version` (MYSQL_*, POSTGRES_*, SQLSERVER_*). Flags the code does
// not set have Cloud SQL's default, which passes or fails as the table says. Fixes change the written value
// or add a `database_flags` block beside the existing ones.

import { lit, Unknown } from '../api';
import type { Attr, CatalogResourceOf, CheckContext, ConceptId, FixOp, PlannedFix, RuleMeta } from '../api';
import { show } from './checks';
import { gcpMeta } from './gcp';

type SqlInstance = CatalogResourceOf<'gcp.sql.instance'>;
export type Engine = 'mysql' | 'postgres' | 'sqlserver';

const ENGINE_WORD: Record<Engine, string> = { mysql: 'MySQL', postgres: 'PostgreSQL', sqlserver: 'SQL Server' };

/** The engine of a `database_version`, null for an engine no flag rule concerns, or the unknown. */
export function engineOf(sql: SqlInstance): Engine | null | Unknown {
  const v = sql.attrs.databaseVersion.value;
  if (v instanceof Unknown) return v;
  if (typeof v !== 'string') return null;
  if (v.startsWith('MYSQL')) return 'mysql';
  if (v.startsWith('POSTGRES')) return 'postgres';
  if (v.startsWith('SQLSERVER')) return 'sqlserver';
  return null;
}

/** One flag's state on an instance. */
export type FlagState = { state: 'absent' } | { state: 'unknown'; unknown: Unknown; at: Attr<unknown> | SqlInstance } | { state: 'known'; value: string; attr: Attr<unknown> };

export function flagOf(sql: SqlInstance, name: string): FlagState {
  const flags = sql.lists.databaseFlags;
  let unknown: { unknown: Unknown; at: Attr<unknown> | SqlInstance } | null = flags.unknown ? { unknown: flags.unknown, at: sql } : null;
  for (const f of flags.items) {
    const n = f.attrs.name;
    if (n.value instanceof Unknown) {
      unknown ??= { unknown: n.value, at: n };
      continue;
    }
    if (typeof n.value !== 'string' || n.value.toLowerCase() !== name.toLowerCase()) continue;
    const v = f.attrs.value;
    if (v.value instanceof Unknown) return { state: 'unknown', unknown: v.value, at: v };
    return { state: 'known', value: String(v.value ?? ''), attr: v };
  }
  return unknown ? { state: 'unknown', ...unknown } : { state: 'absent' };
}

/** A fix that writes `value` to the flag: in place, or as a new `database_flags` block. */
export function flagFix(sql: SqlInstance, name: string, value: string, state: FlagState, id: string, title: string): PlannedFix[] {
  if (state.state === 'known') {
    if (!state.attr.location) return [];
    return [{ id, title, safety: 'unsafe', ops: [{ op: 'set', location: state.attr.location, value: lit(value) }] }];
  }
  if (state.state !== 'absent') return [];
  // Flags written in attribute form (`database_flags = [...]`) have no location: a block beside them would mix forms.
  if (sql.lists.databaseFlags.items.some((f) => !f.attrs.name.location)) return [];
  const anchor = sql.attrs.deletionProtectionEnabled.location;
  if (!anchor || anchor.path[0] !== 'settings') return [];
  const block = `database_flags#${name}`;
  const ops: FixOp[] = [
    { op: 'set', location: { target: anchor.target, path: ['settings', block, 'name'] }, value: lit(name) },
    { op: 'set', location: { target: anchor.target, path: ['settings', block, 'value'] }, value: lit(value) },
  ];
  return [{ id, title, safety: 'unsafe', ops }];
}

export interface FlagSpec {
  id: string;
  name: string;
  cis: string;
  level: 1 | 2;
  concept: ConceptId;
  engine: Engine;
  flag: string;
  title: string;
  severity: RuleMeta['severity'];
  /** Cloud SQL's value when the flag is not set. */
  defaultValue: string;
  /** Whether a value meets the recommendation (compared lower-case). */
  ok: (value: string) => boolean;
  /** What the recommendation asks, for messages: `on`, `off`, `DEFAULT or TERSE`. */
  wanted: string;
  /** The value the quick fix writes; null when there is none. */
  fixValue: string | null;
  description: string;
  rationale: string;
  aliases?: RuleMeta['aliases'];
}

export function flagMeta(s: FlagSpec): RuleMeta {
  const fixNote = s.fixValue === null ? 'There is no quick fix.' : `The quick fix sets the flag to \`${s.fixValue}\` (unsafe: changing some flags restarts the instance).`;
  return gcpMeta({
    id: s.id,
    name: s.name,
    cis: [s.cis],
    level: s.level,
    concept: s.concept,
    title: s.title,
    severity: s.severity,
    description: `${s.description} Only ${ENGINE_WORD[s.engine]} instances of \`google_sql_database_instance\` are checked (by \`database_version\`); the flag is a \`settings.database_flags\` block named \`${s.flag}\`, and when it is not set Cloud SQL uses \`${s.defaultValue}\`. A \`dynamic "database_flags"\` block or a flag name from a variable is reported as "cannot verify". The names are the same in the google and google-beta providers.`,
    rationale: s.rationale,
    remediation: `Add (or change) \`database_flags { name = "${s.flag}" value = "${s.fixValue ?? s.wanted}" }\` in the instance's \`settings\`. ${fixNote}`,
    links: ['https://cloud.google.com/sql/docs/' + (s.engine === 'sqlserver' ? 'sqlserver' : s.engine) + '/flags', 'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_database_instance#database_flags'],
    terraform: ['google_sql_database_instance'],
    ...(s.aliases ? { aliases: s.aliases } : {}),
    fix: s.fixValue === null ? 'none' : 'unsafe',
  });
}

export function checkFlag(sql: SqlInstance, ctx: CheckContext, s: FlagSpec): void {
  const engine = engineOf(sql);
  if (engine instanceof Unknown) {
    ctx.cannotVerify(sql.attrs.databaseVersion, engine, `whether the instance is ${ENGINE_WORD[s.engine]}, for its \`${s.flag}\` flag`);
    return;
  }
  if (engine !== s.engine) return;
  const state = flagOf(sql, s.flag);
  if (state.state === 'unknown') {
    ctx.cannotVerify(state.at, state.unknown, `the \`${s.flag}\` flag of the instance`);
    return;
  }
  const value = state.state === 'known' ? state.value : s.defaultValue;
  if (s.ok(value.toLowerCase())) return;
  const fixes = s.fixValue === null ? [] : flagFix(sql, s.flag, s.fixValue, state, 'set-flag', `Set ${s.flag} to ${s.fixValue}`);
  if (state.state === 'known') ctx.report(state.attr, `The \`${s.flag}\` flag is ${show(state.value)}; it should be ${s.wanted}.`, { fixes });
  else ctx.report(sql, `The instance does not set the \`${s.flag}\` flag, so it has Cloud SQL's default \`${s.defaultValue}\`; it should be ${s.wanted}.`, { fixes });
}
