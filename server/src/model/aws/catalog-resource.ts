// SPDX-License-Identifier: Apache-2.0
// A resource of a catalog kind (model/catalog): its normalized settings by name.

import type { Attr } from '../attr';
import type { ModelResource } from '../resource';

export interface CatalogResource extends ModelResource {
  kind: string;
  attrs: Record<string, Attr<unknown>>;
}
