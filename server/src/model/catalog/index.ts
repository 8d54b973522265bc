// SPDX-License-Identifier: Apache-2.0
// Every catalog kind. Service files export arrays of kinds; this list joins them.

import type { CatalogKind } from './types';
import { DYNAMODB } from './dynamodb';

export const CATALOG: readonly CatalogKind[] = [...DYNAMODB];

export type { AttrType, CatalogAttr, CatalogKind } from './types';
