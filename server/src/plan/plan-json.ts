// SPDX-License-Identifier: Apache-2.0
// Reading `terraform show -json plan.out`: the planned values of every module instance, what is unknown
// until apply (`resource_changes[].change.after_unknown`), and the configuration (module calls with their
// sources, resources with the references of their expressions). Only what the plan scan uses is typed;
// unknown properties are ignored, as the format's compatibility promise asks. A file that is not a plan
// (or of another major format version) is a PlanError with a message for the user.

export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanError';
  }
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface PlanResource {
  /** The full address: `module.a["x"].aws_s3_bucket.logs[0]`. */
  address: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  index?: number | string;
  values: JsonObject;
  /** The same shape as `values`: `true` where the value is known only after apply. */
  unknown: Json | undefined;
}

export interface PlanModuleInstance {
  /** `''` for the root module, else `module.a`, `module.a[0].module.b`. */
  address: string;
  resources: PlanResource[];
}

export interface ConfigResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  expressions?: JsonObject;
}

export interface ConfigModule {
  resources?: ConfigResource[];
  module_calls?: Record<string, { source?: string; module?: ConfigModule }>;
}

export interface Plan {
  modules: PlanModuleInstance[];
  configuration: ConfigModule | undefined;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Module instances are bounded so a hostile plan cannot make us walk forever (Terraform nests a few deep). */
const MAX_MODULE_DEPTH = 32;

export function readPlan(text: string): Plan {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanError(`not JSON (${e instanceof Error ? e.message : String(e)}); give the output of 'terraform show -json PLANFILE'`);
  }
  if (!isObject(doc)) throw new PlanError("not a Terraform plan: give the output of 'terraform show -json PLANFILE'");
  const version = doc['format_version'];
  if (typeof version === 'string' && !/^(0|1)\./.test(version)) throw new PlanError(`plan format_version ${version} is not supported (1.x is)`);
  const planned = doc['planned_values'];
  if (!isObject(planned) || !isObject(planned['root_module'])) {
    throw new PlanError("no planned_values.root_module: give the output of 'terraform show -json PLANFILE' (a plan, not a state)");
  }
  const unknownByAddress = new Map<string, Json>();
  const changes = doc['resource_changes'];
  if (Array.isArray(changes)) {
    for (const c of changes) {
      if (isObject(c) && typeof c['address'] === 'string' && isObject(c['change'])) {
        const u = c['change']['after_unknown'];
        if (u !== undefined) unknownByAddress.set(c['address'], u);
      }
    }
  }
  const modules: PlanModuleInstance[] = [];
  const walk = (m: JsonObject, depth: number): void => {
    if (depth > MAX_MODULE_DEPTH) return;
    const address = typeof m['address'] === 'string' ? m['address'] : '';
    const resources: PlanResource[] = [];
    for (const r of Array.isArray(m['resources']) ? m['resources'] : []) {
      if (!isObject(r)) continue;
      const { address: a, mode, type, name, index, values } = r;
      if (typeof a !== 'string' || typeof type !== 'string' || typeof name !== 'string' || (mode !== 'managed' && mode !== 'data')) continue;
      const res: PlanResource = { address: a, mode, type, name, values: isObject(values) ? values : {}, unknown: unknownByAddress.get(a) };
      if (typeof index === 'number' || typeof index === 'string') res.index = index;
      resources.push(res);
    }
    modules.push({ address, resources });
    for (const child of Array.isArray(m['child_modules']) ? m['child_modules'] : []) if (isObject(child)) walk(child, depth + 1);
  };
  walk(planned['root_module'], 0);
  const configuration = isObject(doc['configuration']) && isObject(doc['configuration']['root_module']) ? (doc['configuration']['root_module'] as unknown as ConfigModule) : undefined;
  return { modules, configuration };
}

/** `module.a[0].module.b["x"]` → `[{name: 'a', key: '[0]'}, {name: 'b', key: '["x"]'}]`. */
export function moduleSteps(address: string): { name: string; key: string }[] {
  const out: { name: string; key: string }[] = [];
  const re = /module\.([A-Za-z_][\w-]*)((?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?)\.?/y;
  let m: RegExpExecArray | null;
  while ((m = re.exec(address)) !== null) out.push({ name: m[1]!, key: m[2]! });
  return out;
}

/** The configuration of a module path (call names from the root), or undefined. */
export function configModule(root: ConfigModule | undefined, names: readonly string[]): ConfigModule | undefined {
  let m = root;
  for (const n of names) m = m?.module_calls?.[n]?.module;
  return m;
}

/** `aws_s3_bucket.logs[0]` for a resource of a module instance (its address without the module part). */
export function localAddress(r: PlanResource, moduleAddress: string): string {
  return moduleAddress && r.address.startsWith(`${moduleAddress}.`) ? r.address.slice(moduleAddress.length + 1) : r.address;
}
