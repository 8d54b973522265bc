// SPDX-License-Identifier: Apache-2.0
// A Terraform module as the adapters see it: every file of one directory, parsed, with its resources and
// data sources indexed by type. Split resources (a bucket and its public access block) live in different
// files as often as not, so adapters always work on the whole directory.

import type { Block, HclFile } from '../../../parsers/hcl/ast';

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

  constructor(readonly files: TfFile[]) {
    for (const f of files) {
      for (const block of f.file.body.blocks) {
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

  /** Resources (mode `resource`) of a type, in file order. */
  ofType(type: string): TfResource[] {
    return this.byType.get(`resource:${type}`) ?? [];
  }

  dataOfType(type: string): TfResource[] {
    return this.byType.get(`data:${type}`) ?? [];
  }
}
