// SPDX-License-Identifier: Apache-2.0
// A resource of a catalog kind (model/catalog): its normalized settings by name.

import type { Attr } from '../attr';
import type { AttrLocation } from '../edit-target';
import type { Unknown } from '../../core/value';
import type { ModelResource } from '../resource';
import type { SourceRef } from '../source';

export interface CatalogResource extends ModelResource {
  kind: string;
  attrs: Record<string, Attr<unknown>>;
  /** Repeated nested settings (catalog `lists`), by normalized name; absent when the kind declares none. */
  lists?: Record<string, CatalogItems>;
  /**
   * CloudFormation `{Key, Value}` settings (catalog `cloudformationKey`) that are absent, by attr name:
   * where a whole new entry would be written (the absent Attr itself has no location).
   */
  newEntries?: Record<string, CatalogNewEntry>;
}

/** A new `{Key, Value}` list entry: write `{ Key: key, Value: <value> }` at `location`. */
export interface CatalogNewEntry {
  key: string;
  location: AttrLocation;
}

/** The items of a repeated nested setting. */
export interface CatalogItems {
  items: CatalogItem[];
  /** Set when some items cannot be read statically (a Terraform `dynamic` block, a list built by a function). */
  unknown: Unknown | null;
}

export interface CatalogItem {
  /** The item (its block header, or the list item). */
  ref: SourceRef;
  attrs: Record<string, Attr<unknown>>;
}
