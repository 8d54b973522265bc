// SPDX-License-Identifier: Apache-2.0
// From a plan's module instance and resource address back to the source: the module path's calls
// (configuration `module_calls[].source`) give the folder, relative to the configuration beside the plan;
// its `.tf`/`.tf.json` files hold the `resource "type" "name"` block all instances of the resource share.
//
// A module that is not a local path (a registry or git module installed under `.terraform/modules`) is not
// the user's code: its resources map to the outermost such `module` block in the user's code, as the
// source scan reports them. When nothing is found the caller names the plan address instead.

import { join, resolve } from 'node:path';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Block, HclFile } from '../parsers/hcl/ast';
import { parseHcl } from '../parsers/hcl/parser';
import { parseTfJson } from '../parsers/hcl/tfjson';
import { fileKind, isTerraformModuleFile } from '../service/file-kinds';
import type { ConfigModule } from './plan-json';

export interface SourceFile {
  path: string;
  text: string;
  hcl: HclFile;
}

/** Where a module instance's resources are written. */
export type ModuleSource =
  /** A local module folder (or the root): its resources' own blocks. */
  | { kind: 'folder'; dir: string; files: SourceFile[] }
  /** A module that is not the user's code: the `module` block in the user's code that brings it in. */
  | { kind: 'call'; file: SourceFile; block: Block; address: string }
  | { kind: 'absent'; why: string };

/** At most this many files of one folder are read (a hostile folder cannot make us parse forever). */
const MAX_FILES = 2000;

export class PlanSources {
  private readonly folders = new Map<string, SourceFile[]>();

  constructor(readonly rootDir: string) {}

  /** The parsed Terraform files of a folder (empty when there is none or it cannot be read). */
  folderFiles(dir: string): SourceFile[] {
    const cached = this.folders.get(dir);
    if (cached) return cached;
    const files: SourceFile[] = [];
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort().slice(0, MAX_FILES);
    } catch {
      names = [];
    }
    for (const n of names) {
      const path = join(dir, n);
      if (!isTerraformModuleFile(path)) continue;
      try {
        if (!statSync(path).isFile()) continue;
        const text = readFileSync(path, 'utf8');
        files.push({ path, text, hcl: fileKind(path) === 'terraform-json' ? parseTfJson(text) : parseHcl(text) });
      } catch {
        // An unreadable file holds no block we can point at.
      }
    }
    this.folders.set(dir, files);
    return files;
  }

  /** The source of a module instance, given its call names from the root (`['a', 'b']`). */
  moduleSource(config: ConfigModule | undefined, names: readonly string[]): ModuleSource {
    let dir = this.rootDir;
    let m = config;
    let address = '';
    for (const name of names) {
      const call = m?.module_calls?.[name];
      const callerFiles = this.folderFiles(dir);
      const site = findBlock(callerFiles, 'module', [name]);
      address += `${address ? '.' : ''}module.${name}`;
      const source = call?.source;
      if (source === undefined) return { kind: 'absent', why: `the plan's configuration has no call ${address}` };
      if (!(source === '.' || source === '..' || source.startsWith('./') || source.startsWith('../'))) {
        return site ? { kind: 'call', file: site.file, block: site.block, address } : { kind: 'absent', why: `${address} (source ${source}) is not in the code beside the plan` };
      }
      dir = resolve(dir, source);
      m = call?.module;
    }
    const files = this.folderFiles(dir);
    if (files.length === 0) return { kind: 'absent', why: `no Terraform files in ${dir}` };
    return { kind: 'folder', dir, files };
  }
}

const blockIndexes = new WeakMap<readonly SourceFile[], Map<string, { file: SourceFile; block: Block }>>();

/** The first top-level block of a type with these labels in the files, with its file (indexed once per folder). */
export function findBlock(files: readonly SourceFile[], type: string, labels: readonly string[]): { file: SourceFile; block: Block } | undefined {
  let index = blockIndexes.get(files);
  if (!index) {
    index = new Map();
    for (const file of files) {
      for (const block of file.hcl.body.blocks) {
        const key = [block.blockType, ...block.labels.map((l) => l.value)].join('\u0000');
        if (!index.has(key)) index.set(key, { file, block });
      }
    }
    blockIndexes.set(files, index);
  }
  return index.get([type, ...labels].join('\u0000'));
}

/** A step into a block: a nested block (its type and rank among blocks of that type) or an attribute. */
export type PathStep = { block: string; index: number } | { attribute: string };

/** The path from a block to the innermost nested block or attribute holding `offset`. */
export function pathAt(block: Block, offset: number): PathStep[] {
  const out: PathStep[] = [];
  let current = block;
  for (;;) {
    let next: Block | undefined;
    const counts = new Map<string, number>();
    for (const item of current.body.items) {
      if (item.type === 'Block') {
        const index = counts.get(item.blockType) ?? 0;
        counts.set(item.blockType, index + 1);
        if (offset >= item.start && offset < item.end) {
          out.push({ block: item.blockType, index });
          next = item;
          break;
        }
      } else if (offset >= item.start && offset < item.end) {
        out.push({ attribute: item.name });
        return out;
      }
    }
    if (!next) return out;
    current = next;
  }
}

/**
 * The span in `block` of the same path: the attribute, or the deepest nested block found (its header).
 * A nested block written as `dynamic "x"` is found as that dynamic block.
 */
export function spanOfPath(block: Block, path: readonly PathStep[]): { start: number; end: number } {
  let current = block;
  for (const step of path) {
    if ('attribute' in step) {
      const a = current.body.attributes.find((x) => x.name === step.attribute);
      return a ? { start: a.start, end: a.end } : header(current);
    }
    const same = current.body.blocks.filter((b) => b.blockType === step.block);
    const next = same[step.index] ?? current.body.blocks.find((b) => b.blockType === 'dynamic' && b.labels[0]?.value === step.block);
    if (!next) return header(current);
    current = next;
  }
  return header(current);
}

/** `resource "aws_s3_bucket" "logs"`: where findings on a block without a closer place go. */
export function header(block: Block): { start: number; end: number } {
  const last = block.labels[block.labels.length - 1];
  return { start: block.typeRange.start, end: last ? last.end : block.typeRange.end };
}
