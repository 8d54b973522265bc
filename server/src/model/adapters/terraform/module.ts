// SPDX-License-Identifier: Apache-2.0
// A Terraform module as the adapters see it: every file of one directory, parsed, with its resources and
// data sources indexed by type. Split resources (a bucket and its public access block) live in different
// files as often as not, so adapters always work on the whole directory.

import type { Attribute, Block, Expression, HclFile } from '../../../parsers/hcl/ast';

export interface TfFile {
  path: string;
  file: HclFile;
}

export interface TfResource {
  /** `resource` or `data`. */
  mode: 'resource' | 'data';
  type: string;
  name: string;
  /** `aws_s3_bucket.logs`, `data.aws_iam_policy_document.p`. */
  address: string;
  block: Block;
  file: TfFile;
}

export class TfModule {
  readonly resources: TfResource[] = [];
  private readonly byType = new Map<string, TfResource[]>();
  /** `locals` values by name, for following `local.x` to what it stands for. */
  private readonly locals = new Map<string, Attribute>();

  constructor(readonly files: TfFile[]) {
    for (const f of files) {
      for (const block of f.file.body.blocks) {
        if (block.blockType === 'locals') {
          for (const a of block.body.attributes) this.locals.set(a.name, a);
          continue;
        }
        if ((block.blockType !== 'resource' && block.blockType !== 'data') || block.labels.length < 2) continue;
        const mode = block.blockType;
        const type = block.labels[0]!.value;
        const name = block.labels[1]!.value;
        const address = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
        const r: TfResource = { mode, type, name, address, block, file: f };
        this.resources.push(r);
        const key = `${mode}:${type}`;
        const list = this.byType.get(key);
        if (list) list.push(r);
        else this.byType.set(key, [r]);
      }
    }
  }

  /**
   * Follows `local.name` to the expression it is defined as (a few levels deep), so that
   * `vpc_id = local.vpc_id` with `locals { vpc_id = aws_vpc.this.id }` joins like a direct reference.
   */
  deref(expr: Expression): Expression {
    let e = expr;
    for (let depth = 0; depth < 8; depth++) {
      while (e.type === 'TemplateWrap' || e.type === 'Parentheses') e = e.type === 'TemplateWrap' ? e.wrapped : e.expr;
      if (e.type !== 'ScopeTraversal' || e.root !== 'local' || e.steps.length !== 1 || e.steps[0]!.type !== 'AttrStep') return e;
      const def = this.locals.get(e.steps[0]!.name);
      if (!def) return e;
      e = def.expr;
    }
    return e;
  }

  /** Resources (mode `resource`) of a type, in file order. */
  ofType(type: string): TfResource[] {
    return this.byType.get(`resource:${type}`) ?? [];
  }

  dataOfType(type: string): TfResource[] {
    return this.byType.get(`data:${type}`) ?? [];
  }
}
