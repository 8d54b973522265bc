// SPDX-License-Identifier: Apache-2.0
// What each framework contains, so a report can list the controls no rule covers ("not assessed by this
// tool"). The data (ids, titles and levels only: facts, no licensed prose) is generated from
// ../shared/reference/compliance by scripts/gen-reference.ts into reference-data.ts, because the product
// must work offline without that folder; a test fails when the generated file is stale.

import type { FrameworkKey } from '../engine/frameworks';
import { REFERENCE_DATA } from './reference-data';

export interface FrameworkControl {
  id: string;
  title: string;
  /** CIS profile level, when the framework has levels. */
  level?: 1 | 2;
  /** Whether the reference data judges it checkable from code (CIS only): yes / partly / no. */
  checkable?: string;
}

export function frameworkControls(key: FrameworkKey): FrameworkControl[] {
  return REFERENCE_DATA[key] ?? [];
}
