// SPDX-License-Identifier: Apache-2.0
// The LSP-free core: files in, findings and fixes out. The language server, the CLI, the audit and the
// tests all call this. Open documents are overlays over the file system; each file is parsed once per
// text, and a Terraform directory's model and findings are rebuilt only when one of its files changed.

import { dirname, join } from 'node:path';
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { parseHcl } from '../parsers/hcl/parser';
import type { HclFile } from '../parsers/hcl/ast';
import { parseTfJson } from '../parsers/hcl/tfjson';
import { LineIndex } from '../core/positions';
import { parseCloudFormation } from '../parsers/cfn';
import type { CfnTemplate } from '../parsers/cfn';
import { IncrementalYaml } from '../parsers/cfn/yamlChunks';
import { resourceExtent } from '../parsers/cfn/template';
import type { CfnResource } from '../parsers/cfn/template';
import { IncrementalHcl } from '../parsers/hcl/incremental';
import type { TfFile } from '../model/adapters/terraform';
import { autoVarFiles, tfvarsJsonValues, tfvarsValues } from '../model/adapters/terraform/tfvars';
import { LOCK_FILE_NAME, readLockFile } from '../model/adapters/terraform/lock-file';
import type { ProviderLocks } from '../model/adapters/terraform/lock-file';
import { TerraformModules } from './terraform-modules';
import type { AloneCache, RootAnalysis } from './terraform-modules';
import type { UnitInputs } from './scan-cache';
import { trackingCopies } from '../core/span';
import { Reuse, reuseEnabled } from './tf-reuse';
import type { ReuseState } from './tf-reuse';
import type { EvaluationNote } from './terraform-modules';
import { DEFAULT_INPUTS } from '../core/inputs';
import type { EvaluationInputs, InputValue } from '../core/inputs';
import { buildCloudFormationModel } from '../model/adapters/cloudformation';
import { CfnContext } from '../model/adapters/cloudformation/read';
import { judgeScenarios } from './cfn-scenarios';
import { ScenarioJudge } from './cfn-reuse';
import type { PreviousJudge } from './cfn-reuse';
import { OffsetShift } from '../core/shift-offsets';
import { fixAtParameterDefault } from './cfn-default-fixes';
import { parameterFileValues } from '../model/adapters/cloudformation/parameter-file';
import type { CloudModel } from '../model/model';
import type { ModelResource } from '../model/resource';
import type { SourceRef } from '../model/source';
import { modelResources, runRules } from '../engine/runner';
import type { Finding, RuleRun, RunOptions } from '../engine/runner';
import { sameUnknown } from '../core/value';
import type { Unknown } from '../core/value';
import { CLOUDFORMATION_SCOPE } from '../engine/clouds';
import { conditionLookup, finalMessage, withConditions } from '../engine/messages';
import type { Rule } from '../engine/rule-api';
import { applySuppressions } from '../engine/suppressions';
import { baseAddress, collapseInstances } from '../engine/instances';
import type { MetadataSuppression, Suppression, SuppressionProblem } from '../engine/suppressions';
import { metadataSuppressions } from '../model/adapters/cloudformation/metadata-suppressions';
import { configException, isExcludedByConfig, projectRules } from './project-config';
import type { ProjectConfig } from './project-config';
import { terraformEditsWithVariables } from '../fixes/terraform-edits';
import type { VariablesTarget } from '../fixes/terraform-edits';
import { cfnEdits } from '../fixes/cfn-edits';
import type { TextEdit } from '../fixes/text-edit';
import { fileKind, isTerraformModuleFile } from './file-kinds';
import type { FileKind } from './file-kinds';
import { DEFAULT_MAX_FILE_SIZE, SIZE_PROBE_BYTES, formatSize } from '../core/limits';
import { mightBeCloudFormation } from '../parsers/cfn/detect';
import { decodeFile } from '../core/encoding';
import type { EncodingProblem } from '../core/encoding';

export interface FileSystem {
  readFile(path: string): string | undefined;
  readDir(dir: string): string[] | undefined;
  /** The size in bytes, read before the file itself so a huge file is never loaded (absent: no limit applies). */
  fileSize?(path: string): number | undefined;
  /** The first `bytes` bytes as text (to tell a large template from other YAML/JSON). */
  readHead?(path: string, bytes: number): string | undefined;
  /** The text with what was wrong with its encoding (UTF-16, invalid UTF-8); preferred over readFile. */
  readFileChecked?(path: string): { text: string; problem?: EncodingProblem } | undefined;
}

export const nodeFileSystem: FileSystem = {
  readFileChecked(path) {
    try {
      return decodeFile(readFileSync(path));
    } catch {
      return undefined;
    }
  },
  readFile(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  fileSize(path) {
    try {
      return statSync(path).size;
    } catch {
      return undefined;
    }
  },
  readHead(path, bytes) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const buf = Buffer.alloc(bytes);
      const n = readSync(fd, buf, 0, bytes, 0);
      return buf.subarray(0, n).toString('utf8');
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  readDir(dir) {
    try {
      // Only links need a stat of their own (a link to a file counts as a file).
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => {
          if (!e.isSymbolicLink()) return e.isFile();
          try {
            return statSync(join(dir, e.name)).isFile();
          } catch {
            return false;
          }
        })
        .map((e) => e.name);
    } catch {
      return undefined;
    }
  },
};

/** Text a scan keeps cached between folders (UTF-16 units, about 2 bytes each); parse trees are several times larger. */
const SCAN_CACHE_BUDGET = 4_000_000;

export interface SyntaxDiagnostic {
  severity: 'error' | 'warning';
  message: string;
  start: number;
  end: number;
}

export type AnalyzedFinding = Finding & { suppressedBy?: Suppression; expiredSuppression?: Suppression };

export interface FileAnalysis {
  path: string;
  kind: FileKind;
  /** False for files that are not ours (a YAML file that is not a CloudFormation template). */
  relevant: boolean;
  text: string;
  lines: LineIndex;
  syntax: SyntaxDiagnostic[];
  findings: AnalyzedFinding[];
  suppressionProblems: SuppressionProblem[];
  /** Rule runs of the model this file belongs to (shared by a Terraform directory). */
  runs: RuleRun[];
  /** Resources declared in this file, for audits ("not applicable" when a rule has none). */
  resources: ModelResource[];
  /** The 0-based line and UTF-16 character of a ref in any file the analysis read (a default in variables.tf). */
  locate(ref: SourceRef): { line: number; character: number } | undefined;
  /** Information about the evaluation of this file (a module source not found, a recursive module call). */
  notes: EvaluationNote[];
  /**
   * The top-level block (Terraform) or resource (CloudFormation) whose text holds `offset`: where an inline
   * suppression of a finding written there goes (`header` is the offset of its first line's content).
   */
  enclosingBlock?(offset: number): { header: number; start: number; end: number } | null;
}

type Parsed =
  | { kind: 'terraform'; hcl: HclFile; syntax: SyntaxDiagnostic[] }
  | { kind: 'cloudformation'; template: CfnTemplate | null; language: 'yaml' | 'json'; syntax: SyntaxDiagnostic[] }
  | { kind: 'none' };

interface CacheEntry {
  text: string;
  parsed: Parsed;
  /** An open template read after a keystroke inside one resource: the text before and where it changed. */
  edit?: { before: string; at: number; delta: number };
}

/** What a Terraform model was built from: a folder listing, a parsed file, or a text read (modules.json). */
type Dependency = { kind: 'dir'; dir: string; names: string } | { kind: 'file'; path: string; entry: CacheEntry } | { kind: 'text'; path: string; text: string | undefined };

interface ModelEntry {
  /** The parse entries it was built from: rebuilt when any differs. */
  inputs: CacheEntry[];
  /** Terraform: every folder and file read (the module, its var files, the modules it calls, transitively). */
  deps?: Dependency[];
  /** Information about evaluation (a module source not on disk, a module calling itself). */
  notes: EvaluationNote[];
  model: CloudModel;
  findings: Finding[];
  runs: RuleRun[];
  resourcesByAddress: Map<string, ModelResource>;
  /** The resources resourcesByAddress was made of, in order: the next keystroke's reuses it when they are the same objects. */
  addressed: readonly ModelResource[];
  /** An open Terraform document's: what the next keystroke may reuse (tf-reuse.ts). */
  reuse?: ReuseState;
  /** Terraform, made for a scan of some of the folder's files: only their results are whole (analyzeFile's `focus`). */
  focus?: ReadonlySet<string>;
}

export interface AnalysisOptions {
  fs?: FileSystem;
  rules: readonly Rule[];
  /** Today's date for suppression expiry (tests pin it). */
  today?: string;
  /** Exceptions from the project file (`.iac-compliance.yaml`): the one covering a finding, if any. */
  exceptions?: (f: Finding, path: string) => Suppression | undefined;
  /** Defaults on or off, and variable and parameter values given from outside the code. */
  inputs?: EvaluationInputs;
  /** Largest file analyzed, in bytes (default DEFAULT_MAX_FILE_SIZE); larger files get one error and are not read. */
  maxFileSize?: number;
}

export class AnalysisService {
  private readonly fs: FileSystem;
  private readonly overlays = new Map<string, string>();
  private readonly parseCache = new Map<string, CacheEntry>();
  private readonly diskCache = new Map<string, string | undefined>();
  private readonly dirCache = new Map<string, string[] | undefined>();
  private readonly models = new Map<string, ModelEntry>();
  /** Open documents' incremental parsers (they keep the previous tree of the text). */
  private readonly incremental = new Map<string, Incremental>();
  /** Open templates: the judge of the last text analysed (cfn-reuse.ts), for the next keystroke. */
  private readonly cfnJudges = new Map<string, { judge: ScenarioJudge; text: string; template: CfnTemplate }>();
  private rules: readonly Rule[];
  private baseRules: readonly Rule[];
  private config: ProjectConfig | undefined;

  private inputs: EvaluationInputs;
  private maxFileSize: number;
  /** Files over the size limit, with their size in bytes (read as absent by everything else). */
  private readonly tooLarge = new Map<string, number>();
  /** Files read from disk that are not valid UTF-8 (reported on the file; open documents are already text). */
  private readonly encodingProblems = new Map<string, EncodingProblem>();

  constructor(private readonly options: AnalysisOptions) {
    this.inputs = options.inputs ?? DEFAULT_INPUTS;
    this.maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
    this.fs = options.fs ?? nodeFileSystem;
    this.rules = options.rules;
    this.baseRules = options.rules;
  }

  setRules(rules: readonly Rule[]): void {
    this.baseRules = rules;
    this.rules = projectRules(rules, this.config);
    this.models.clear();
    this.aloneCache.clear();
    this.aliases = undefined;
  }

  /**
   * The project file's settings (`.iac-compliance.yaml`): rules left out or re-graded, paths excluded,
   * documented exceptions. Undefined clears them.
   */
  setProjectConfig(config: ProjectConfig | undefined): void {
    this.config = config;
    this.setRules(this.baseRules);
  }

  get projectConfig(): ProjectConfig | undefined {
    return this.config;
  }

  /** Defaults on or off and input values (the settings or the command line changed). */
  setInputs(inputs: EvaluationInputs): void {
    this.inputs = inputs;
    this.models.clear();
    this.aloneCache.clear();
  }

  get evaluationInputs(): EvaluationInputs {
    return this.inputs;
  }

  /** The largest file analyzed, in bytes (the setting or the command line changed). */
  setMaxFileSize(bytes: number): void {
    if (bytes === this.maxFileSize) return;
    this.maxFileSize = bytes;
    this.diskCache.clear();
    this.tooLarge.clear();
    this.parseCache.clear();
    this.models.clear();
    this.aloneCache.clear();
  }

  get fileSizeLimit(): number {
    return this.maxFileSize;
  }

  /** The rules in force (the project file applied). */
  get activeRules(): readonly Rule[] {
    return this.rules;
  }

  private aliases: Map<string, string[]> | undefined;

  /** `tool:PEER-ID` (upper case) -> our rule ids, from the rules' `aliases`. */
  private aliasIndex(): Map<string, string[]> {
    if (!this.aliases) {
      this.aliases = new Map();
      for (const r of this.rules) {
        for (const [tool, ids] of Object.entries(r.meta.aliases ?? {})) {
          for (const id of ids ?? []) {
            const key = `${tool}:${id.toUpperCase()}`;
            this.aliases.set(key, [...(this.aliases.get(key) ?? []), r.meta.id]);
          }
        }
      }
    }
    return this.aliases;
  }

  /** An open document's text (newest wins over the disk). */
  setOverlay(path: string, text: string): void {
    this.overlays.set(path, text);
  }

  removeOverlay(path: string): void {
    this.overlays.delete(path);
    this.incremental.delete(path);
    this.cfnJudges.delete(path);
  }

  /** Forgets what was read from disk for a path (a file watcher saw it change). */
  invalidate(path: string): void {
    this.diskCache.delete(path);
    this.tooLarge.delete(path);
    this.dirCache.delete(dirname(path));
  }

  private readonly lineIndexes = new Map<string, { text: string; index: LineIndex }>();

  /** Text held by the disk cache, in UTF-16 units (what releaseScanned bounds). */
  private cachedText = 0;

  /**
   * A scan is done with these files (it reads each folder once): their folder's model is dropped, and the
   * texts and parse trees read so far once they pass SCAN_CACHE_BUDGET (files of a module other folders
   * call are read again when needed). Keeps a workspace scan's memory flat; the editor never calls it.
   */
  releaseScanned(paths: readonly string[]): void {
    for (const p of paths) {
      this.models.delete(`tf:${dirname(p)}`);
      this.models.delete(`cfn:${p}`);
    }
    if (this.cachedText <= SCAN_CACHE_BUDGET) return;
    this.models.clear();
    this.aloneCache.clear();
    this.parseCache.clear();
    this.diskCache.clear();
    this.dirCache.clear();
    this.listings.clear();
    this.aloneCache.clear();
    this.lineIndexes.clear();
    this.cachedText = 0;
  }

  /**
   * What the analyses of these files (one scan unit) read besides the files themselves: every file and
   * folder their models recorded (service/scan-cache.ts keeps the unit's results against them). Asked before
   * releaseScanned, which forgets the models.
   */
  unitInputs(paths: readonly string[]): UnitInputs {
    const files = new Set<string>();
    const dirs = new Set<string>();
    for (const p of paths) {
      dirs.add(dirname(p));
      for (const entry of [this.models.get(`tf:${dirname(p)}`), this.models.get(`cfn:${p}`)]) {
        for (const d of entry?.deps ?? []) {
          if (d.kind === 'dir') dirs.add(d.dir);
          else {
            files.add(d.path);
            dirs.add(dirname(d.path));
          }
        }
      }
    }
    return { files: [...files], dirs: [...dirs] };
  }

  /** Where a ref is, in lines and characters, in the text the analysis read for its file. */
  locate(ref: SourceRef): { line: number; character: number } | undefined {
    const text = this.read(ref.file);
    if (text === undefined) return undefined;
    let cached = this.lineIndexes.get(ref.file);
    if (!cached || cached.text !== text) {
      cached = { text, index: new LineIndex(text) };
      this.lineIndexes.set(ref.file, cached);
    }
    return cached.index.lspPosition(Math.min(ref.span.start, text.length));
  }

  /** A file's text as the analysis sees it (open copy first, then disk). */
  readText(path: string): string | undefined {
    return this.read(path);
  }

  private read(path: string): string | undefined {
    const o = this.overlays.get(path);
    if (o !== undefined) {
      // UTF-8 bytes, as on disk; counted only when the text could be over the limit.
      const size = o.length * 3 > this.maxFileSize ? Buffer.byteLength(o) : 0;
      if (size > this.maxFileSize) {
        this.tooLarge.set(path, size);
        return undefined;
      }
      this.tooLarge.delete(path);
      return o;
    }
    if (!this.diskCache.has(path)) {
      const size = this.fs.fileSize?.(path);
      if (size !== undefined && size > this.maxFileSize) {
        this.tooLarge.set(path, size);
        this.diskCache.set(path, undefined);
      } else if (this.fs.readFileChecked) {
        const r = this.fs.readFileChecked(path);
        this.diskCache.set(path, r?.text);
        this.cachedText += r?.text.length ?? 0;
        if (r?.problem) this.encodingProblems.set(path, r.problem);
        else this.encodingProblems.delete(path);
      } else {
        const text = this.fs.readFile(path);
        this.diskCache.set(path, text);
        this.cachedText += text?.length ?? 0;
      }
    }
    return this.diskCache.get(path);
  }

  /**
   * The error for a file over the size limit, or null. A YAML/JSON file is ours only when its first bytes
   * look like a template: a large data file (a lock file, a dataset) is not reported.
   */
  private sizeError(path: string, kind: FileKind): SyntaxDiagnostic | null {
    const size = this.tooLarge.get(path);
    if (size === undefined) return null;
    if (kind === 'yaml' || kind === 'json') {
      const overlay = this.overlays.get(path);
      const head = overlay !== undefined ? overlay.slice(0, SIZE_PROBE_BYTES) : this.fs.readHead?.(path, SIZE_PROBE_BYTES);
      if (head === undefined || !mightBeCloudFormation(head)) return null;
    }
    const message = `This file is ${formatSize(size)}, over the ${formatSize(this.maxFileSize)} limit (setting iacCompliance.maxFileSize, CLI --max-file-size): it is not checked, and other files of its module read it as absent.`;
    return { severity: 'error', message, start: 0, end: 0 };
  }

  /** Modules without calls, judged alone: shared by every root that calls them (terraform-modules.ts). */
  private readonly aloneCache: AloneCache = new Map();

  /** listDir's answers while no document is open (a scan asks for the same folders over and over). */
  private readonly listings = new Map<string, string[]>();

  private listDir(dir: string): string[] {
    if (this.overlays.size === 0) {
      const listed = this.listings.get(dir);
      if (listed && this.dirCache.has(dir)) return listed;
    }
    if (!this.dirCache.has(dir)) this.dirCache.set(dir, this.fs.readDir(dir));
    const onDisk = (this.dirCache.get(dir) ?? []).map((n) => join(dir, n));
    const open = [...this.overlays.keys()].filter((p) => dirname(p) === dir);
    const listed = [...new Set([...onDisk, ...open])].sort();
    if (this.overlays.size === 0) this.listings.set(dir, listed);
    else this.listings.clear();
    return listed;
  }

  private parse(path: string, text: string): CacheEntry {
    const cached = this.parseCache.get(path);
    if (cached && cached.text === text) return cached;
    // Open documents are re-parsed on every keystroke: their YAML is read chunk by chunk, reusing the
    // chunks an edit did not touch.
    let incremental: Incremental | undefined;
    const kind = fileKind(path);
    if (this.overlays.has(path) && (kind === 'yaml' || kind === 'terraform' || kind === 'terraform-vars')) {
      incremental = this.incremental.get(path) ?? (kind === 'yaml' ? new IncrementalYaml() : new IncrementalHcl());
      this.incremental.set(path, incremental);
    }
    const entry: CacheEntry = { text, parsed: parseText(path, text, incremental) };
    if (incremental instanceof IncrementalYaml && incremental.lastEdit) entry.edit = incremental.lastEdit;
    this.parseCache.set(path, entry);
    return entry;
  }

  /**
   * The Terraform native-syntax tree of `text` at `path` (.tf, .tfvars): the parse the analysis uses, from
   * its cache when the text is the one analysed. Null for other kinds of file.
   */
  terraformSyntax(path: string, text: string): HclFile | null {
    const kind = fileKind(path);
    if (kind !== 'terraform' && kind !== 'terraform-vars') return null;
    const parsed = this.parse(path, text).parsed;
    return parsed.kind === 'terraform' ? parsed.hcl : null;
  }

  /**
   * Analyzes one file (with its Terraform directory as context). Never throws for any input.
   *
   * @param focus a scan's files of this file's folder (it includes `path`), when the scan will ask for no
   *   other file of the folder: the analysis may then leave out what only the folder's other files report
   *   (TerraformModules.analyzeRoot). A later call for a file outside it analyses the folder again.
   */
  analyzeFile(path: string, focus?: ReadonlySet<string>): FileAnalysis {
    const read = this.read(path);
    const kind = fileKind(path);
    if (read === undefined && this.tooLarge.has(path)) {
      const lines = new LineIndex('');
      const error = this.sizeError(path, kind);
      const none = { path, kind, text: '', lines, findings: [], suppressionProblems: [], runs: [], resources: [], locate: () => undefined, notes: [], enclosingBlock: () => null };
      return error && !isExcludedByConfig(this.config, path) ? { ...none, relevant: true, syntax: [error] } : { ...none, relevant: false, syntax: [] };
    }
    const text = read ?? '';
    const entry = this.parse(path, text);
    const lines = new LineIndex(text);
    const locate = (ref: SourceRef): { line: number; character: number } | undefined => (ref.file === path ? lines.lspPosition(ref.span.start) : this.locate(ref));
    const parsed = entry.parsed;
    const enclosingBlock = enclosingLocator(parsed);
    const base = { path, kind, text, lines, findings: [], suppressionProblems: [], runs: [], resources: [], locate, notes: [], enclosingBlock };
    if (parsed.kind === 'none' || isExcludedByConfig(this.config, path)) return { ...base, relevant: false, syntax: [] };
    // Variable files have no resources: only their syntax is ours to report (their values are used later).
    if (kind === 'terraform-vars' && parsed.kind === 'terraform') return { ...base, relevant: true, syntax: parsed.syntax };
    if (parsed.kind === 'cloudformation' && !parsed.template) return { ...base, relevant: false, syntax: [] };
    let model: ModelEntry;
    try {
      model = parsed.kind === 'terraform' ? this.terraformModel(path, focus) : this.cloudFormationModel(path, entry);
    } catch (e) {
      // A bug in an adapter must not cost the user their syntax diagnostics or crash the caller: report it
      // on the file and carry on.
      const message = `iac-compliance could not check this file (internal error: ${e instanceof Error ? e.message : String(e)}).`;
      return { ...base, relevant: true, syntax: [...parsed.syntax, { severity: 'warning', message, start: 0, end: 0 }] };
    }
    // Sorted by position, then rule: stable output for goldens, the CLI and the Problems panel.
    const mine = model.findings
      .filter((f) => f.ref.file === path)
      .sort((a, b) => a.ref.span.start - b.ref.span.start || a.ref.span.end - b.ref.span.end || byText(a.ruleId, b.ruleId) || byText(a.message, b.message));
    const suppressed = applySuppressions(mine, {
      text,
      lines,
      aliases: (tool, id) => this.aliasIndex().get(`${tool}:${id.toUpperCase()}`) ?? [],
      resourceOf: resourceLocator(parsed, model, path, lines),
      enclosingHeaderOf: (f) => {
        const b = f.ref.file === path ? enclosingBlock(f.ref.span.start) : null;
        return b ? lines.lineOf(b.header) : null;
      },
      metadataOf: parsed.kind === 'cloudformation' ? metadataLocator(parsed.template!) : undefined,
      configOf: (f) => configException(this.config, f, path) ?? this.options.exceptions?.(f, path),
      today: this.options.today,
    });
    const resources = resourcesIn(model.resourcesByAddress, path);
    const encoding = this.overlays.has(path) ? undefined : this.encodingProblems.get(path);
    return {
      ...base,
      notes: model.notes.filter((n) => n.ref.file === path),
      relevant: true,
      syntax: encoding ? [{ severity: 'error', message: encoding.message, start: encoding.offset, end: encoding.offset }, ...parsed.syntax] : parsed.syntax,
      findings: suppressed.findings,
      suppressionProblems: suppressed.problems,
      runs: model.runs,
      resources,
    };
  }

  private terraformModel(path: string, focus: ReadonlySet<string> | undefined): ModelEntry {
    const dir = dirname(path);
    const key = `tf:${dir}`;
    const cached = this.models.get(key);
    if (cached?.deps && covers(cached.focus, focus) && this.fresh(cached.deps) && cached.deps.some((d) => d.kind === 'file' && d.path === path)) return cached;
    const deps: Dependency[] = [];
    const files = this.moduleFiles(dir, deps, path) ?? [];
    const rootVars = this.rootVars(dir, deps);
    const locks = this.providerLocks(dir, deps);
    const host = {
      moduleFiles: (d: string): TfFile[] | undefined => this.moduleFiles(d, deps),
      hasModuleFiles: (d: string): boolean => this.moduleListing(d, deps).length > 0,
      readText: (p: string): string | undefined => {
        const text = this.read(p);
        deps.push({ kind: 'text', path: p, text });
        return text;
      },
    };
    const modules = new TerraformModules(host, this.rules, this.inputs.defaults, this.aloneCache);
    // Project-level findings of the module go to main.tf when there is one, else its first file.
    const anchorPath = files.find((f) => /(^|[\\/])main\.tf$/.test(f.path))?.path ?? files[0]?.path ?? path;
    // An open document's keystroke reuses what the edit cannot have changed (tf-reuse.ts): only when
    // nothing but the module's own .tf files changed since (var files, lock file, called modules, listing).
    const reuse = this.overlays.has(path) && reuseEnabled() ? new Reuse(cached?.reuse && cached.deps && this.freshBesides(cached.deps, dir) ? cached.reuse : undefined, files) : undefined;
    // A focus that holds every file of the folder leaves nothing out: the entry then serves any later call.
    const only = focus && files.some((f) => !focus.has(f.path)) ? focus : undefined;
    const analyze = (): RootAnalysis => modules.analyzeRoot(dir, files, rootVars, { anchor: { file: anchorPath, span: { start: 0, end: 0 } }, platform: 'terraform' }, locks, reuse, only);
    // What a later keystroke may reuse records the spans it copies, to move them (tf-reuse.ts).
    const root = reuse ? trackingCopies(analyze) : analyze();
    const entry = this.entry(root.model, { findings: root.findings, runs: root.runs }, [], root.notes, root.calls, undefined, false, reuse ? cached : undefined);
    entry.deps = deps;
    if (only) entry.focus = only;
    if (reuse) {
      entry.reuse = reuse.state();
      this.lastReuse = reuse.stats;
    }
    this.models.set(key, entry);
    return entry;
  }

  /**
   * Folders whose Terraform model read `path` (its own folder, modules calling a module it belongs to,
   * the root module a var file feeds), for re-validating open documents of those folders after an edit.
   */
  dependentDirs(path: string): string[] {
    const out: string[] = [];
    for (const [key, entry] of this.models) {
      if (!key.startsWith('tf:') || !entry.deps) continue;
      if (entry.deps.some((d) => (d.kind === 'dir' ? d.dir === dirname(path) : d.path === path))) out.push(key.slice(3));
    }
    return out;
  }

  /** What the last keystroke of an open Terraform document reused (tests, benchmark). */
  lastReuse: Reuse['stats'] | undefined;

  /** fresh, not counting the .tf files of the module folder `dir` itself (tf-reuse.ts compares those). */
  private freshBesides(deps: readonly Dependency[], dir: string): boolean {
    return this.fresh(deps.filter((d) => !(d.kind === 'file' && dirname(d.path) === dir && isTerraformModuleFile(d.path))));
  }

  /** Whether nothing a model was built from has changed (each check is a cache lookup). */
  private fresh(deps: readonly Dependency[]): boolean {
    for (const d of deps) {
      if (d.kind === 'dir') {
        if (this.listDir(d.dir).filter(isTerraformModuleFile).join('\n') !== d.names) return false;
      } else if (d.kind === 'file') {
        if (this.parse(d.path, this.read(d.path) ?? '') !== d.entry) return false;
      } else if (this.read(d.path) !== d.text) return false;
    }
    return true;
  }

  /**
   * The Terraform module files a folder lists, recorded once per model as an input (a model re-checks its
   * dependencies on every keystroke of an open document: `fresh`).
   */
  private moduleListing(dir: string, deps: Dependency[]): string[] {
    const paths = this.listDir(dir).filter(isTerraformModuleFile);
    if (!deps.some((d) => d.kind === 'dir' && d.dir === dir)) deps.push({ kind: 'dir', dir, names: paths.join('\n') });
    return paths;
  }

  /** The Terraform files of a folder, parsed (with `include` even when it is not on disk yet). */
  private moduleFiles(dir: string, deps: Dependency[], include?: string): TfFile[] | undefined {
    const paths = this.moduleListing(dir, deps);
    if (include && !paths.includes(include)) paths.push(include);
    const files: TfFile[] = [];
    for (const p of paths) {
      const entry = this.parse(p, this.read(p) ?? '');
      deps.push({ kind: 'file', path: p, entry });
      if (entry.parsed.kind === 'terraform') files.push({ path: p, file: entry.parsed.hcl });
    }
    return files.length > 0 ? files : undefined;
  }

  /**
   * Variable values of a root module, in Terraform's precedence (later wins): terraform.tfvars,
   * terraform.tfvars.json, *.auto.tfvars(.json) in name order, then the var files and `--var`s given.
   */
  private rootVars(dir: string, deps: Dependency[]): Map<string, InputValue> {
    const vars = new Map<string, InputValue>();
    const files: [string, InputValue['origin']][] = autoVarFiles(this.listDir(dir)).map((p) => [p, 'tfvars']);
    for (const p of this.inputs.terraformVarFiles ?? []) files.push([p, 'tfvars']);
    for (const [p, origin] of files) {
      for (const [name, v] of this.varFileValues(p, origin, deps)) vars.set(name, v);
    }
    for (const [name, v] of this.inputs.terraformVars ?? []) vars.set(name, v);
    return vars;
  }

  /** The provider versions of the folder's `.terraform.lock.hcl`, when it has one (lock-file.ts). */
  private providerLocks(dir: string, deps: Dependency[]): ProviderLocks | undefined {
    const path = join(dir, LOCK_FILE_NAME);
    if (!this.listDir(dir).includes(path)) return undefined;
    const text = this.read(path);
    deps.push({ kind: 'text', path, text });
    const locks = text === undefined ? undefined : readLockFile(path, text);
    return locks && locks.size > 0 ? locks : undefined;
  }

  private varFileValues(path: string, origin: InputValue['origin'], deps: Dependency[]): Map<string, InputValue> {
    if (/\.json$/i.test(path)) {
      const text = this.read(path);
      deps.push({ kind: 'text', path, text });
      return text === undefined ? new Map() : tfvarsJsonValues(path, text, origin).values;
    }
    const entry = this.parse(path, this.read(path) ?? '');
    deps.push({ kind: 'file', path, entry });
    return entry.parsed.kind === 'terraform' ? tfvarsValues(path, entry.parsed.hcl, origin) : new Map();
  }

  private cloudFormationModel(path: string, entry: CacheEntry): ModelEntry {
    const key = `cfn:${path}`;
    const cached = this.models.get(key);
    if (cached && cached.inputs[0] === entry && (!cached.deps || this.fresh(cached.deps))) return cached;
    const parsed = entry.parsed as Extract<Parsed, { kind: 'cloudformation' }>;
    const template = parsed.template!;
    const deps: Dependency[] = [];
    const inputs = this.templateInputs(path, deps);
    const options: RunOptions = { anchor: { file: path, span: { start: 0, end: 0 } }, platform: 'cloudformation', scope: CLOUDFORMATION_SCOPE };
    // Judged per scenario of the conditions only the deployment decides (see cfn-scenarios.ts).
    const conditions = new CfnContext(path, template, parsed.language, inputs).conditions;
    const finalize = (model: CloudModel, findings: Finding[]): Finding[] => withoutLoopFixes(model, finalFindings(model, findings)).map((f) => fixAtParameterDefault(f, template));
    // Later scenarios reuse the parts of the first that their forced conditions do not change (cfn-reuse.ts).
    const open = this.overlays.has(path);
    const judge = reuseEnabled() ? new ScenarioJudge(path, template, parsed.language, inputs, this.rules, options, finalize, open, open ? this.previousJudge(path, entry, template) : undefined) : undefined;
    if (judge && open) this.cfnJudges.set(path, { judge, text: entry.text, template });
    else this.cfnJudges.delete(path);
    const merged = judgeScenarios(
      (forced) => {
        if (judge) return judge.judge(forced);
        const model = buildCloudFormationModel(path, template, parsed.language, inputs, forced);
        const run = runRules(model, this.rules, options);
        return { model, findings: finalize(model, run.findings), runs: run.runs };
      },
      (name) => conditions.isOpen(name),
    );
    const resources = merged.models.flatMap(allResources);
    const notes = [...(merged.models[0]!.notes ?? []), ...(inputs.notes ?? [])];
    const stored = this.entry(merged.models[0]!, { findings: merged.findings, runs: merged.runs }, [entry], notes, [], resources, true);
    if (deps.length > 0) stored.deps = deps;
    this.models.set(key, stored);
    return stored;
  }

  /**
   * An open template's judge of its last text, when this text came from it by a keystroke inside one
   * resource (the parts and rule results that did not read that resource are then reused, moved).
   */
  private previousJudge(path: string, entry: CacheEntry, template: CfnTemplate): PreviousJudge | undefined {
    const last = this.cfnJudges.get(path);
    const edit = entry.edit;
    if (!last || !edit || last.text !== edit.before) return undefined;
    const holding = (t: CfnTemplate): CfnTemplate['resources'][number] | undefined => {
      let best: CfnTemplate['resources'][number] | undefined;
      for (const r of t.resources) if (r.logicalIdRange.start <= edit.at && (!best || r.logicalIdRange.start > best.logicalIdRange.start)) best = r;
      return best;
    };
    const now = holding(template);
    const then = holding(last.template);
    if (!now || !then || now.logicalId !== then.logicalId) return undefined;
    // Fix targets name template resources: the moved copy of one is the new text's resource of that id.
    const byId = new Map(template.resources.map((r) => [r.logicalId, r]));
    if (byId.size !== template.resources.length || last.template.resources.length !== byId.size) return undefined;
    const replacements = new Map<object, CfnResource>();
    for (const r of last.template.resources) {
      const to = byId.get(r.logicalId);
      if (!to) return undefined;
      replacements.set(r, to);
    }
    return { judge: last.judge, edit: { id: now.logicalId, types: new Set([now.type, then.type]), shift: new OffsetShift(edit.at, edit.delta, replacements, (r) => resourceExtent(r).end) } };
  }

  /**
   * A template's parameter values: the setting's parameter files, then those the project file names for
   * this template, then `--parameters` / `--parameter` (later wins). A file that does not read as one is
   * a note on the template, and gives no values.
   */
  private templateInputs(path: string, deps: Dependency[]): EvaluationInputs & { notes?: EvaluationNote[] } {
    const files = [...(this.inputs.cfnParameterFiles ?? []), ...(this.config?.parameterFiles.get(path) ?? [])];
    if (files.length === 0) return this.inputs;
    const values = new Map<string, InputValue>();
    const notes: EvaluationNote[] = [];
    const at = { file: path, span: { start: 0, end: 0 } };
    for (const file of files) {
      const text = this.read(file);
      deps.push({ kind: 'text', path: file, text });
      if (text === undefined) {
        notes.push({ ref: at, message: `The parameter file ${file} was not found: its values are not used.` });
        continue;
      }
      const read = parameterFileValues(file, text);
      if (read.problems.length > 0) notes.push({ ref: at, message: `The parameter file ${file} does not read as one (${read.problems[0]!.message}): its values are not used.` });
      else for (const [name, v] of read.values) values.set(name, v);
    }
    for (const [name, v] of this.inputs.cfnParameters ?? []) values.set(name, v);
    return { ...this.inputs, cfnParameters: values, notes };
  }

  private entry(
    model: CloudModel,
    run: { findings: Finding[]; runs: RuleRun[] },
    inputs: CacheEntry[],
    notes: EvaluationNote[],
    extra: readonly ModelResource[],
    resources: readonly ModelResource[] = allResources(model),
    final = false,
    previous?: ModelEntry,
  ): ModelEntry {
    const findings = final ? run.findings : finalFindings(model, run.findings);
    const addressed = extra.length > 0 ? [...resources, ...extra] : resources;
    // A keystroke keeps the index, or updates the entries of the resources it rebuilt.
    const resourcesByAddress = previous ? updatedIndex(previous.resourcesByAddress, previous.addressed, addressed) : addressIndex(addressed);
    return { inputs, model, findings, runs: run.runs, resourcesByAddress, addressed, notes };
  }

  /**
   * The edits of one fix, per file. Terraform fixes may touch sibling files (a companion resource in
   * another file of the module); CloudFormation fixes stay in the template.
   */
  fixEdits(finding: Finding, fixId: string): Map<string, TextEdit[]> {
    const fix = finding.fixes.find((f) => f.id === fixId);
    const out = new Map<string, TextEdit[]>();
    if (!fix) return out;
    const files = new Set<string>();
    for (const op of fix.ops) files.add(op.op === 'set' ? op.location.target.file : op.target.file);
    for (const file of files) {
      const text = this.read(file);
      if (text === undefined) continue;
      const parsed = this.parse(file, text).parsed;
      let edits: TextEdit[] = [];
      if (parsed.kind === 'terraform') {
        const target = this.variablesTarget(file);
        const both = terraformEditsWithVariables(file, parsed.hcl, fix.ops, target);
        edits = both.edits;
        // Placeholder variables go to the module's variables.tf when it has one, as people lay modules out.
        if (both.variables.length > 0 && target?.path) out.set(target.path, [...(out.get(target.path) ?? []), ...both.variables]);
      } else if (parsed.kind === 'cloudformation' && parsed.template) edits = cfnEdits(text, parsed.template, parsed.language, fix.ops, file);
      if (edits.length > 0) out.set(file, [...edits, ...(out.get(file) ?? [])]);
    }
    return out;
  }

  /**
   * For a fix in a Terraform `.tf` file: the module's `variables.tf` (when it exists next to it and is not
   * the file itself) and the variables every file of the module declares.
   */
  private variablesTarget(file: string): (VariablesTarget & { path: string | null }) | undefined {
    if (fileKind(file) !== 'terraform') return undefined;
    const dir = dirname(file);
    const declared = new Set<string>();
    for (const f of this.moduleFiles(dir, [], file) ?? []) {
      for (const b of f.file.body.blocks) if (b.blockType === 'variable' && b.labels[0]) declared.add(b.labels[0].value);
    }
    const path = join(dir, 'variables.tf');
    if (path === file) return { file: null, declared, path: null };
    const text = this.read(path);
    const parsed = text === undefined ? undefined : this.parse(path, text).parsed;
    return parsed?.kind === 'terraform' ? { file: parsed.hcl, declared, path } : { file: null, declared, path: null };
  }
}

/**
 * `localeCompare`'s order (a collator made with the same defaults), without building one per call. Made
 * on first use: building it loads ICU's collation data (~7 ms), which a process that never sorts two
 * findings at the same place (`scan F` of a file without findings, `--help`, a worker's start) skips.
 */
let collator: Intl.Collator | undefined;
function byText(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b);
}

/** Every resource of a model: the typed lists and the catalog kinds. */
export const allResources = modelResources;

/**
 * Resources an Fn::ForEach loop creates share the loop's fragment: a fix there (or a companion resource for
 * one of them) would not be the fix of the finding, which stands for every resource of the loop.
 */
function withoutLoopFixes(model: CloudModel, findings: Finding[]): Finding[] {
  const loops = new Set<string>();
  for (const r of allResources(model)) {
    if (r.target.platform === 'cloudformation' && r.target.kind === 'resource' && (r.target.resource.loop || r.target.resource.generatedFrom)) {
      loops.add(r.address);
      loops.add(baseAddress(r.address));
    }
  }
  if (loops.size === 0) return findings;
  return findings.map((f) => (f.fixes.length > 0 && loops.has(f.resource) ? { ...f, fixes: [] } : f));
}

/** Resources by `platform:address`, and by the address without its instance key (findings on every instance name that). */
function addressIndex(resources: readonly ModelResource[]): Map<string, ModelResource> {
  const out = new Map<string, ModelResource>();
  for (const r of resources) {
    out.set(`${r.platform}:${r.address}`, r);
    const base = baseAddress(r.address);
    if (base !== r.address && !out.has(`${r.platform}:${base}`)) out.set(`${r.platform}:${base}`, r);
  }
  return out;
}

/** The resources a file declares (modules' calls aside), per index: an index a keystroke kept keeps these. */
const resourcesByFile = new WeakMap<Map<string, ModelResource>, Map<string, ModelResource[]>>();
function resourcesIn(index: Map<string, ModelResource>, path: string): ModelResource[] {
  let byFile = resourcesByFile.get(index);
  if (!byFile) resourcesByFile.set(index, (byFile = new Map()));
  let out = byFile.get(path);
  if (!out) byFile.set(path, (out = [...new Set(index.values())].filter((r) => r.ref.file === path && r.sourceType !== 'module')));
  return out;
}

/**
 * addressIndex(`now`) from the index of `was`: the same map when every resource is the same object; a copy
 * with the entries of the changed ones replaced when each has the address of the one at its place; else
 * built anew. (The index maps each key to the last resource with it, and the base address to the first.)
 */
function updatedIndex(index: Map<string, ModelResource>, was: readonly ModelResource[], now: readonly ModelResource[]): Map<string, ModelResource> {
  if (was.length !== now.length) return addressIndex(now);
  let changed: number[] | undefined;
  for (let i = 0; i < now.length; i++) {
    const a = was[i]!;
    const b = now[i]!;
    if (a === b) continue;
    if (a.platform !== b.platform || a.address !== b.address) return addressIndex(now);
    (changed ??= []).push(i);
  }
  if (!changed) return index;
  const out = new Map(index);
  for (const i of changed) {
    const a = was[i]!;
    const b = now[i]!;
    const key = `${b.platform}:${b.address}`;
    if (out.get(key) === a) out.set(key, b);
    const base = `${b.platform}:${baseAddress(b.address)}`;
    if (out.get(base) === a) out.set(base, b);
  }
  return out;
}

/**
 * Findings as reported: instances collapsed; messages name the defaults and inputs their values came
 * through (see Attr.via) and what decides whether a conditionally created resource exists.
 */
function finalFindings(model: CloudModel, findings: Finding[]): Finding[] {
  const collapsed = collapseInstances(findings, allResources(model));
  if (!reuseEnabled()) return withConditions(collapsed, model.conditional).map(finalMessage);
  const conditional = model.conditional;
  if (!conditional || conditional.size === 0) return collapsed.map(finalMessageOnce);
  const conditionOf = conditionLookup(conditional);
  return collapsed.map((f) => {
    const c = conditionOf(f);
    return c ? conditionedOnce(f, c) : finalMessageOnce(f);
  });
}

/**
 * finalMessage of `f` given the unknown that decides whether its resource exists. The unknown is the
 * model's, new on every keystroke; what is remembered, per reused Finding object, is the finding made of it
 * last time, given again while the new unknown says the same (its reason, words, shape and reference; its
 * span is where it is written, which nothing reports and tf-reuse's Mover does not move either). The same
 * object keeps the published diagnostic's memo (lsp/diagnostic-memo.ts) valid.
 */
const conditionedFindings = new WeakMap<Finding, { condition: Unknown; out: Finding }>();
function conditionedOnce(f: Finding, condition: Unknown): Finding {
  const known = conditionedFindings.get(f);
  if (known && sameUnknown(known.condition, condition)) return known.out;
  const out = finalMessage({ ...f, condition });
  conditionedFindings.set(f, { condition, out });
  return out;
}

/**
 * finalMessage per Finding object, remembered: a keystroke's reused rule results are the previous
 * keystroke's Finding objects, whose message needs no rewriting again. Safe because a finding's message,
 * `via` and `condition` never change once made, and the result holds no offset of its own (it shares the
 * finding's `ref`, which tf-reuse's Mover moves in place).
 */
const finalMessages = new WeakMap<Finding, Finding>();
function finalMessageOnce(f: Finding): Finding {
  let out = finalMessages.get(f);
  if (out === undefined) {
    out = finalMessage(f);
    finalMessages.set(f, out);
  }
  return out;
}

/**
 * Where a finding's resource is in this file: its header line and its whole block (Terraform) or mapping
 * (CloudFormation), for suppressions above the resource or inside it.
 */
function resourceLocator(parsed: Parsed, model: ModelEntry, path: string, lines: LineIndex): (f: Finding) => { headerLine: number; start: number; end: number } | null {
  const blocks = parsed.kind === 'terraform' ? parsed.hcl.body.blocks : [];
  const cfn = parsed.kind === 'cloudformation' && parsed.template ? new Map(parsed.template.resources.map((r) => [r.logicalId, r])) : undefined;
  // Many findings share a resource: located once per resource (per platform) for this text.
  const located = new Map<string, Map<string, { headerLine: number; start: number; end: number } | null>>();
  return (f) => {
    let byResource = located.get(f.platform);
    if (!byResource) located.set(f.platform, (byResource = new Map()));
    let out = byResource.get(f.resource);
    if (out === undefined) {
      out = locate(f);
      byResource.set(f.resource, out);
    }
    return out;
  };
  function locate(f: Finding): { headerLine: number; start: number; end: number } | null {
    const resource = model.resourcesByAddress.get(`${f.platform}:${f.resource}`);
    if (!resource || resource.ref.file !== path) return null;
    const at = resource.ref.span.start;
    const headerLine = lines.lineOf(at);
    if (cfn) {
      const r = cfn.get(f.resource);
      if (!r) return { headerLine, start: at, end: resource.ref.span.end };
      const { start, end } = resourceExtent(r);
      return { headerLine: lines.lineOf(start), start, end };
    }
    // Top-level blocks are in source order: binary search for the one holding the header.
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = blocks[mid]!;
      if (at < b.start) hi = mid - 1;
      else if (at >= b.end) lo = mid + 1;
      else return { headerLine: lines.lineOf(b.start), start: b.start, end: b.end };
    }
    return { headerLine, start: at, end: resource.ref.span.end };
  }
}

/** The top-level block or CloudFormation resource holding an offset (binary search: they are in source order). */
function enclosingLocator(parsed: Parsed): (offset: number) => { header: number; start: number; end: number } | null {
  const spans: { header: number; start: number; end: number }[] =
    parsed.kind === 'terraform'
      ? parsed.hcl.body.blocks.map((b) => ({ header: b.start, start: b.start, end: b.end }))
      : parsed.kind === 'cloudformation' && parsed.template
        ? parsed.template.resources.map((r) => ({ header: r.logicalIdRange.start, ...resourceExtent(r) }))
        : [];
  spans.sort((a, b) => a.start - b.start);
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = spans[mid]!;
      if (offset < b.start) hi = mid - 1;
      else if (offset >= b.end) lo = mid + 1;
      else return b;
    }
    return null;
  };
}

function metadataLocator(template: CfnTemplate): (f: Finding) => readonly MetadataSuppression[] {
  const cache = new Map<string, MetadataSuppression[]>();
  const byId = new Map(template.resources.map((r) => [r.logicalId, r]));
  return (f) => {
    let list = cache.get(f.resource);
    if (!list) {
      list = metadataSuppressions(byId.get(f.resource)?.metadata ?? null);
      cache.set(f.resource, list);
    }
    return list;
  };
}

type Incremental = IncrementalYaml | IncrementalHcl;

function parseText(path: string, text: string, incremental?: Incremental): Parsed {
  const kind = fileKind(path);
  switch (kind) {
    case 'terraform':
    case 'terraform-vars': {
      const hcl = incremental instanceof IncrementalHcl ? incremental.parse(text) : parseHcl(text);
      return { kind: 'terraform', hcl, syntax: hcl.diagnostics.map((d) => ({ severity: d.severity, message: `${d.summary}: ${d.detail}`, start: d.subject.start, end: d.subject.end })) };
    }
    case 'terraform-json': {
      const hcl = parseTfJson(text);
      return { kind: 'terraform', hcl, syntax: hcl.diagnostics.map((d) => ({ severity: d.severity, message: `${d.summary}: ${d.detail}`, start: d.subject.start, end: d.subject.end })) };
    }
    case 'yaml':
    case 'json': {
      const r = parseCloudFormation(text, kind, incremental instanceof IncrementalYaml ? incremental : undefined);
      if (!r.isCloudFormation || !r.template) return { kind: 'cloudformation', template: null, language: r.language, syntax: [] };
      return {
        kind: 'cloudformation',
        template: r.template,
        language: r.language,
        syntax: r.diagnostics.map((d) => ({ severity: d.severity === 'warning' ? 'warning' : 'error', message: d.message, start: d.start, end: d.end })),
      };
    }
    default:
      return { kind: 'none' };
  }
}

/** Whether an analysis made for `made` (undefined: the whole folder) holds whole results for every file of `wanted`. */
function covers(made: ReadonlySet<string> | undefined, wanted: ReadonlySet<string> | undefined): boolean {
  if (made === undefined || made === wanted) return true;
  if (wanted === undefined) return false;
  for (const p of wanted) if (!made.has(p)) return false;
  return true;
}
