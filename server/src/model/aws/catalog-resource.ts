// SPDX-License-Identifier: Apache-2.0
// A resource of a catalog kind (model/catalog): its normalized settings by name.

import type { Attr } from '../attr';
import type { AttrLocation } from '../edit-target';
import type { Unknown, Value } from '../../core/value';
import type { AttrType, CatalogDeclOf, CatalogKindName } from '../catalog';
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

/** The value type a setting of declared type `T` holds (lists and free-form settings stay raw values). */
export type CatalogValueOf<T extends AttrType> = T extends 'bool' ? boolean : T extends 'string' ? string : T extends 'number' ? number : Value;

/** The typed settings of a declaration's `attrs`: one Attr per declared name, of its declared type. */
export type CatalogAttrsOf<A> = { readonly [N in keyof A]: Attr<A[N] extends { readonly type: infer T extends AttrType } ? CatalogValueOf<T> : never> };

/** The items of a declared list, with typed settings. */
export type CatalogItemsOf<A> = Omit<CatalogItems, 'items'> & { items: (Omit<CatalogItem, 'attrs'> & { attrs: CatalogAttrsOf<A> })[] };

type ListsOf<D> = D extends { readonly lists: infer L } ? { lists: { readonly [N in keyof L]: CatalogItemsOf<L[N] extends { readonly attrs: infer A } ? A : never> } } : { lists?: undefined };

/**
 * A resource of catalog kind `K`, typed from its declaration (model/catalog, declared `as const`): a
 * setting or list the kind does not declare is a compile error in the rule that reads it.
 */
export type CatalogResourceOf<K extends CatalogKindName> = Omit<CatalogResource, 'kind' | 'attrs' | 'lists' | 'newEntries'> & {
  kind: K;
  attrs: CatalogAttrsOf<CatalogDeclOf<K>['attrs']>;
  newEntries?: { readonly [N in keyof CatalogDeclOf<K>['attrs']]?: CatalogNewEntry };
} & ListsOf<CatalogDeclOf<K>>;
