// SPDX-License-Identifier: Apache-2.0
// Credentials written in `provider "aws"` blocks. Provider blocks are not resources, so the module does not
// index them; they are read here from the module's files, evaluated in the module's scope (a variable's
// default counts as written in code, as it does for resource settings).

import type { CredentialSetting, CredentialSettingKind } from '../../../aws/credentials';
import type { TfFile, TfModule } from '../module';
import { blockTarget, evalExpr, findAttribute, headerRef, nestedBlock, readAttr } from '../values';
import type { Convert } from '../values';

const ARGUMENTS: [string[], CredentialSettingKind][] = [
  [['access_key'], 'access-key'],
  [['secret_key'], 'secret-key'],
  [['token'], 'session-token'],
  [['assume_role_with_web_identity', 'web_identity_token'], 'web-identity-token'],
];

const asIs: Convert<unknown> = (v) => v;

export function providerCredentials(mod: TfModule): CredentialSetting[] {
  const out: CredentialSetting[] = [];
  for (const f of mod.files) {
    const file: TfFile = { ...f, scope: { module: mod.scope } };
    for (const block of f.file.body.blocks) {
      if (block.blockType !== 'provider' || block.labels[0]?.value !== 'aws') continue;
      const alias = findAttribute(block, 'alias');
      const aliasName = alias ? evalExpr(file, alias.expr) : undefined;
      const address = typeof aliasName === 'string' ? `provider.aws.${aliasName}` : 'provider.aws';
      const ref = headerRef(file, block);
      const target = blockTarget(file, block);
      for (const [path, kind] of ARGUMENTS) {
        if (path.length > 1 && !nestedBlock(block, path[0]!)) continue;
        const value = readAttr(file, block, path, asIs, { target, absentRef: ref });
        if (!value.present) continue;
        out.push({ platform: 'terraform', address, sourceType: 'provider "aws"', ref, target, kind, name: path.join('.'), value });
      }
    }
  }
  return out;
}
