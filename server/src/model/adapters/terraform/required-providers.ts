// SPDX-License-Identifier: Apache-2.0
// Provider version constraints of a module (`terraform { required_providers { azurerm = { version = ... } } }`
// or the legacy `azurerm = "~> 3.0"`). Some azurerm defaults changed between major versions
// (`cross_tenant_replication_enabled`, `no_public_ip`), so rules judging an unwritten setting need to know
// which major version the module runs.

import { isObjectValue, Unknown } from '../../../core/value';
import type { ProviderRequirement } from '../../model';
import type { TfFile, TfModule } from './module';
import { evalExpr, headerRef } from './values';
import { nodeRef } from '../../source';
import { implicitSource, normalizeSource } from './lock-file';

/** Each provider named in a `required_providers` block of the module, by local name. */
export function requiredProviders(mod: TfModule): Record<string, ProviderRequirement> {
  const out: Record<string, ProviderRequirement> = {};
  for (const f of mod.files) {
    const file: TfFile = { ...f, scope: { module: mod.scope } };
    for (const block of f.file.body.blocks) {
      if (block.blockType !== 'terraform') continue;
      for (const inner of block.body.blocks) {
        if (inner.blockType !== 'required_providers') continue;
        for (const a of inner.body.attributes) {
          const v = evalExpr(file, a.expr);
          const ref = nodeRef(f.path, a);
          let version: string | Unknown | undefined;
          let source = implicitSource(a.name);
          if (typeof v === 'string') version = v;
          else if (v instanceof Unknown) version = v;
          else if (isObjectValue(v)) {
            const written = v['version'];
            version = typeof written === 'string' || written instanceof Unknown ? written : undefined;
            const src = v['source'];
            if (typeof src === 'string') source = normalizeSource(src) ?? source;
          }
          // A later declaration of the same provider (another file) does not override one with a version.
          if (out[a.name]?.version !== undefined && version === undefined) continue;
          out[a.name] = { version, source, ref: version === undefined ? headerRef(file, inner) : ref };
        }
      }
    }
  }
  return out;
}
