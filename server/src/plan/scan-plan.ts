// SPDX-License-Identifier: Apache-2.0
// `scan --plan plan.json`: the planned values of a Terraform plan judged by the same rules as source.
//
// Each module instance of the plan becomes a model of its own (references join within a module, as in
// source): its planned values are written back as Terraform text (hcl-of-values.ts) and read by the
// Terraform adapter, with each resource's address set to its plan address (`aws_s3_bucket.logs[0]`).
// Findings then go back to the source through the configuration (sources.ts): the module path's folder,
// the resource's block, and the same nested block or attribute in it (a provider default the source does
// not write lands on the block's header). A finding true of every instance of a resource is reported once
// on the resource; one true of some instances names them. Without the source, a finding is placed on the
// resource's entry in the plan file and its message names the address. Suppression comments and the
// project file apply as in a source scan; fixes are not offered (the plan is not what one edits).

import { dirname, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Block } from '../parsers/hcl/ast';
import type { HclFile } from '../parsers/hcl/ast';
import { parseHcl } from '../parsers/hcl/parser';
import { LineIndex } from '../core/positions';
import type { SourceRef } from '../core/span';
import { modelOf, TfModule } from '../model/adapters/terraform';
import type { TfFile } from '../model/adapters/terraform';
import type { ModelResource } from '../model/resource';
import { modelResources, runRules } from '../engine/runner';
import type { Finding, RuleRun } from '../engine/runner';
import type { Rule } from '../engine/rule-api';
import { applySuppressions } from '../engine/suppressions';
import { finalMessage } from '../engine/messages';
import { terraformScope } from '../service/provider-scope';
import { configException, findProjectConfig, loadProjectConfig, projectRules } from '../service/project-config';
import type { FileAnalysis } from '../service/analysis';
import { scanResultOf } from '../report/scan-result';
import type { ScanResult } from '../report/scan-result';
import { configModule, localAddress, moduleSteps, readPlan } from './plan-json';
import type { ConfigResource, PlanResource } from './plan-json';
import { resourceBlock } from './hcl-of-values';
import { PlanSources, findBlock, header, pathAt, spanOfPath } from './sources';
import type { ModuleSource } from './sources';

export { PlanError } from './plan-json';

export interface PlanScanOptions {
  /** The project file: a path, or false for none; by default the nearest `.iac-compliance.yaml` above the root. */
  config?: string | false;
  today?: string;
}

/** Where a finding or resource of the plan lands in a real file, and the block it belongs to. */
interface Place {
  file: string;
  span: { start: number; end: number };
  block?: Block;
  /** Placed on the plan file: the message names the address. */
  inPlan?: boolean;
  /** Placed elsewhere than the resource's own block (the plan, a module call): the message names the address. */
  named?: boolean;
}

const INSTANCE_KEYS = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g;
const MODULE_PREFIX = /^(?:module\.[A-Za-z_][\w-]*(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/;

function posix(p: string): string {
  return p.split(sep).join('/');
}

/**
 * Where each resource address is first written in the plan text (`"address": "..."`, its planned_values
 * entry comes first), found in one pass so that a plan without its source costs no more than one read.
 */
function planOffsets(planText: string): (address: string) => { start: number; end: number } {
  let index: Map<string, { start: number; end: number }> | undefined;
  return (address) => {
    if (!index) {
      index = new Map();
      const re = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
      for (let m = re.exec(planText); m !== null; m = re.exec(planText)) {
        let a: unknown;
        try {
          a = JSON.parse(m[1]!);
        } catch {
          continue;
        }
        if (typeof a === 'string' && !index.has(a)) index.set(a, { start: m.index, end: m.index + m[0].length });
      }
    }
    return index.get(address) ?? { start: 0, end: 0 };
  };
}

export function scanPlan(planPath: string, rootDir: string, allRules: readonly Rule[], options: PlanScanOptions = {}): ScanResult {
  const planText = readFileSync(planPath, 'utf8');
  const plan = readPlan(planText);
  const configFile = typeof options.config === 'string' ? options.config : options.config === false ? undefined : findProjectConfig(rootDir);
  const loaded = configFile ? loadProjectConfig(configFile, allRules) : undefined;
  const rules = projectRules(allRules, loaded?.config);
  const sources = new PlanSources(rootDir);
  const planOffset = planOffsets(planText);
  const rootFiles = sources.folderFiles(rootDir);
  const anchorFile = rootFiles.find((f) => /(^|[\\/])main\.tf$/.test(f.path)) ?? rootFiles[0];
  const anchor: Place = anchorFile ? { file: anchorFile.path, span: { start: 0, end: 0 } } : { file: planPath, span: { start: 0, end: 0 }, inPlan: true };

  const findings: { f: Finding; place: Place; instance: string }[] = [];
  /** Account-level controls missing: those of the shallowest module instance that misses them (the root's first). */
  const missing = new Map<string, { depth: number; n: number; list: { f: Finding; place: Place; instance: string }[] }>();
  const runs: RuleRun[] = [];
  const resources: { r: ModelResource; place: Place }[] = [];
  const notes: { place: Place; message: string }[] = [];
  const instancesOf = new Map<string, Set<string>>();

  plan.modules.forEach((m, n) => {
    if (m.resources.length === 0) return;
    const names = moduleSteps(m.address).map((s) => s.name);
    const config = configModule(plan.configuration, names);
    const configured = new Map<string, ConfigResource>((config?.resources ?? []).map((c) => [`${c.mode}.${c.type}.${c.name}`, c]));
    const synthPath = `${planPath}#${n}.tf`;
    const text = m.resources.map((r) => resourceBlock(r, configured.get(`${r.mode}.${r.type}.${r.name}`)?.expressions)).join('\n\n') + '\n';
    const hcl = parseHcl(text);
    const file: TfFile = { path: synthPath, file: hcl };
    const mod = new TfModule([file]);
    // One block per instance, in plan order: the adapter's resources get the plan's addresses.
    mod.resources.forEach((r, i) => {
      const pr = m.resources[i];
      if (!pr) return;
      r.address = localAddress(pr, m.address);
      if (pr.index !== undefined) r.key = pr.index;
    });
    for (const pr of m.resources) {
      const keyless = pr.address.replace(INSTANCE_KEYS, '');
      const set = instancesOf.get(keyless) ?? new Set<string>();
      set.add(pr.address);
      instancesOf.set(keyless, set);
    }
    const source = sources.moduleSource(plan.configuration, names);
    if (source.kind === 'absent') notes.push({ place: { file: planPath, span: planOffset(m.resources[0]!.address), inPlan: true }, message: `${m.address || 'the root module'}: source not found beside the plan (${source.why}); its findings name the plan address` });
    const place = (ref: SourceRef): Place => placeOf(ref, synthPath, hcl, m.resources, source, anchor, planPath, planOffset);
    const full = (address: string): string => (address === '(project)' || !m.address ? address : `${m.address}.${address}`);
    const model = modelOf(mod);
    const run = runRules(model, rules, { anchor: { file: synthPath, span: { start: 0, end: 0 } }, platform: 'terraform', scope: terraformScope([file], model) });
    const depth = names.length;
    for (const f of run.findings) {
      const item = { f: { ...finalMessage(f), resource: full(f.resource), fixes: [] }, place: place(f.ref), instance: full(f.resource) };
      if (f.kind !== 'missing') {
        findings.push(item);
        continue;
      }
      const kept = missing.get(f.ruleId);
      if (!kept || depth < kept.depth) missing.set(f.ruleId, { depth, n, list: [item] });
      else if (kept.n === n) kept.list.push(item);
    }
    const remap = (r: ModelResource): ModelResource => ({ ...r, address: full(r.address), ref: refOf(place(r.ref)) });
    for (const r of modelResources(model)) resources.push({ r: remap(r), place: place(r.ref) });
    for (const r of run.runs) {
      const copy: RuleRun = { ...r, assessed: r.assessed.map(remap) };
      if (r.evidence) copy.evidence = r.evidence.map(remap);
      if (r.anchor) copy.anchor = refOf(anchor);
      runs.push(copy);
    }
  });

  for (const { list } of missing.values()) findings.push(...list);
  // Per file: its findings (instances collapsed), suppressions, resources.
  const byFile = new Map<string, { findings: Finding[]; blocks: Map<Finding, Block>; resources: ModelResource[]; notes: { ref: SourceRef; message: string }[] }>();
  const entry = (file: string): NonNullable<ReturnType<typeof byFile.get>> => {
    let e = byFile.get(file);
    if (!e) byFile.set(file, (e = { findings: [], blocks: new Map(), resources: [], notes: [] }));
    return e;
  };
  for (const { r, place } of resources) entry(place.file).resources.push(r);
  for (const { place, message } of notes) entry(place.file).notes.push({ ref: refOf(place), message });
  for (const { f, place } of collapse(findings, instancesOf)) {
    const e = entry(place.file);
    const mapped: Finding = { ...f, ref: refOf(place), message: place.named && f.resource !== '(project)' ? `${f.resource}: ${f.message}` : f.message };
    e.findings.push(mapped);
    if (place.block) e.blocks.set(mapped, place.block);
  }
  if (byFile.size === 0) entry(anchor.file);

  // The project file names resources as the source scan does: module-local addresses in a module's files.
  const exceptionOf = (f: Finding, path: string): ReturnType<typeof configException> =>
    configException(loaded?.config, f, path) ?? (MODULE_PREFIX.test(f.resource) ? configException(loaded?.config, { ...f, resource: f.resource.replace(MODULE_PREFIX, '') }, path) : undefined);
  const texts = new Map<string, { text: string; lines: LineIndex }>();
  const textOf = (path: string): { text: string; lines: LineIndex } => {
    let t = texts.get(path);
    if (!t) {
      const text = path === planPath ? planText : (sources.folderFiles(dirname(path)).find((f) => f.path === path)?.text ?? '');
      texts.set(path, (t = { text, lines: new LineIndex(text) }));
    }
    return t;
  };
  const items: { file: string; analysis: FileAnalysis }[] = [];
  for (const [path, e] of [...byFile].sort((a, b) => a[0].localeCompare(b[0]))) {
    const { text, lines } = textOf(path);
    const sorted = e.findings.sort((a, b) => a.ref.span.start - b.ref.span.start || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    const suppressed =
      path === planPath
        ? { findings: sorted.map((f) => ({ ...f, ...(exceptionOf(f, path) ? { suppressedBy: exceptionOf(f, path)! } : {}) })), problems: [] }
        : applySuppressions(sorted, {
            text,
            lines,
            aliases: (tool, id) => rules.filter((r) => (r.meta.aliases?.[tool] ?? []).some((x) => x.toUpperCase() === id.toUpperCase())).map((r) => r.meta.id),
            resourceOf: (f) => {
              const b = e.blocks.get(f);
              return b ? { headerLine: lines.lineOf(b.start), start: b.start, end: b.end } : null;
            },
            configOf: (f) => exceptionOf(f, path),
            ...(options.today ? { today: options.today } : {}),
          });
    const analysis: FileAnalysis = {
      path,
      kind: path === planPath ? 'other' : path.endsWith('.json') ? 'terraform-json' : 'terraform',
      relevant: true,
      text,
      lines,
      syntax: [],
      findings: suppressed.findings,
      suppressionProblems: suppressed.problems,
      runs,
      resources: e.resources,
      locate: (ref) => (byFile.has(ref.file) ? textOf(ref.file).lines.lspPosition(ref.span.start) : undefined),
      notes: e.notes,
      // Plan scans are CLI output only: no editor places a suppression comment through them.
      enclosingBlock: () => null,
    };
    items.push({ file: posix(relative(rootDir, path)) || posix(path), analysis });
  }
  const result = scanResultOf(items, rules);
  result.rules = rules;
  if (loaded) {
    result.config = loaded.config;
    result.configProblems = loaded.problems;
  }
  return result;
}

function refOf(place: Place): SourceRef {
  return { file: place.file, span: { start: place.span.start, end: place.span.end } };
}

/** A ref into a module instance's synthetic text, placed in the source (or the plan). */
function placeOf(ref: SourceRef, synthPath: string, hcl: HclFile, planResources: readonly PlanResource[], source: ModuleSource, anchor: Place, planPath: string, planOffset: (address: string) => { start: number; end: number }): Place {
  if (ref.file !== synthPath) return { file: ref.file, span: ref.span };
  // Project-level findings (an account-level control missing) sit on the module's anchor: the root's.
  if (ref.span.start === 0 && ref.span.end === 0) return anchor;
  const blocks = hcl.body.blocks;
  // Top-level blocks are in text order: binary search for the one holding the ref.
  let lo = 0;
  let hi = blocks.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (ref.span.start < b.start) hi = mid - 1;
    else if (ref.span.start >= b.end) lo = mid + 1;
    else {
      i = mid;
      break;
    }
  }
  const pr = planResources[i];
  if (i < 0 || !pr) return anchor;
  if (source.kind === 'call') return { file: source.file.path, span: header(source.block), block: source.block, named: true };
  if (source.kind === 'folder') {
    const real = findBlock(source.files, pr.mode === 'data' ? 'data' : 'resource', [pr.type, pr.name]);
    if (real) return { file: real.file.path, span: spanOfPath(real.block, pathAt(blocks[i]!, ref.span.start)), block: real.block };
  }
  return { file: planPath, span: planOffset(pr.address), inPlan: true, named: true };
}

/**
 * Findings of every instance of a resource at the same place with the same message become one finding on
 * the resource without instance keys; others keep their instance and say which it is. Identical findings
 * (an account-level control missing in several module instances) are one.
 */
function collapse(all: readonly { f: Finding; place: Place; instance: string }[], instancesOf: ReadonlyMap<string, ReadonlySet<string>>): { f: Finding; place: Place }[] {
  const groups = new Map<string, { f: Finding; place: Place; instance: string }[]>();
  for (const x of all) {
    const keyless = x.instance.replace(INSTANCE_KEYS, '');
    const key = [x.f.ruleId, x.f.kind, x.place.file, x.place.span.start, x.place.span.end, x.f.message, keyless].join('\u0000');
    const g = groups.get(key);
    if (g) g.push(x);
    else groups.set(key, [x]);
  }
  const out: { f: Finding; place: Place }[] = [];
  for (const g of groups.values()) {
    const first = g[0]!;
    const keyless = first.instance.replace(INSTANCE_KEYS, '');
    const instances = instancesOf.get(keyless);
    const covered = new Set(g.map((x) => x.instance));
    if (keyless === first.instance || !instances) out.push({ f: first.f, place: first.place });
    else if ([...instances].every((a) => covered.has(a))) out.push({ f: { ...first.f, resource: keyless }, place: first.place });
    else {
      for (const a of [...covered].sort()) {
        const x = g.find((y) => y.instance === a)!;
        out.push({ f: { ...x.f, resource: a, message: x.place.named ? x.f.message : `${a}: ${x.f.message}` }, place: x.place });
      }
    }
  }
  return out;
}
