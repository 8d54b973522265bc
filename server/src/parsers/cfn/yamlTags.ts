// SPDX-License-Identifier: Apache-2.0
// The YAML tag table for CloudFormation's short function forms. Registering every `!Tag` for all three node
// kinds (scalar, sequence, mapping) stops the `yaml` library from warning about unknown tags and keeps the
// node exactly as written; the tag name stays on the node (`node.tag`) and `parseYaml` turns it into an
// Intrinsic. This mirrors yaml-language-server's custom-tag-provider, which also registers one tag per kind.
// Whether a function accepts a given argument kind is a semantic question left to the rules.

import type { CollectionTag, ScalarTag } from 'yaml';
import { SHORT_TAGS } from './intrinsics';
import type { CfnDiagnostic, IntrinsicName, Span } from './ast';

function tagsFor(tag: string): (ScalarTag | CollectionTag)[] {
  // `identify` answering false means these tags are never chosen when stringifying plain JS values.
  const identify = (): boolean => false;
  return [
    { tag, identify, resolve: (value: string): string => value },
    { tag, identify, collection: 'seq', resolve: (value) => value },
    { tag, identify, collection: 'map', resolve: (value) => value },
  ];
}

/**
 * The offset of `tag` between `lo` and `valueStart`, skipping comments (`!If # see !If docs`). YAML nodes do
 * not record where their tag is, only where their value starts (parseYaml); the direct reader checks that
 * the tag it read is the one this finds.
 */
export function findTag(source: string, tag: string, lo: number, valueStart: number): number {
  for (let i = Math.max(0, lo); i < valueStart; i++) {
    const ch = source[i];
    if (ch === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      const newline = source.indexOf('\n', i);
      if (newline < 0 || newline >= valueStart) break;
      i = newline;
    } else if (ch === '!' && source.startsWith(tag, i)) {
      return i;
    }
  }
  return -1;
}

/**
 * A short function tag with nothing after it (`!Ref` while typing): YAML's empty string, never a valid
 * argument. `!GetAZs` alone is the exception (the current region), so it has none.
 */
export function missingArgument(tag: string, name: IntrinsicName, tagRange: Span): CfnDiagnostic | undefined {
  return name === 'Fn::GetAZs' ? undefined : { message: `${tag} needs an argument`, ...tagRange, severity: 'error', code: 'MISSING_ARGUMENT' };
}

/** Built once: the table is immutable and `parseAllDocuments` only reads it. */
export const CFN_CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_TAGS.keys()].flatMap(tagsFor);
