// SPDX-License-Identifier: Apache-2.0
// The YAML tag table for CloudFormation's short function forms. Registering every `!Tag` for all three node
// kinds (scalar, sequence, mapping) stops the `yaml` library from warning about unknown tags and keeps the
// node exactly as written; the tag name stays on the node (`node.tag`) and `parseYaml` turns it into an
// Intrinsic. This mirrors yaml-language-server's custom-tag-provider, which also registers one tag per kind.
// Whether a function accepts a given argument kind is a semantic question left to the rules.

import type { CollectionTag, ScalarTag } from 'yaml';
import { SHORT_TAGS } from './intrinsics';

function tagsFor(tag: string): (ScalarTag | CollectionTag)[] {
  // `identify` answering false means these tags are never chosen when stringifying plain JS values.
  const identify = (): boolean => false;
  return [
    { tag, identify, resolve: (value: string): string => value },
    { tag, identify, collection: 'seq', resolve: (value) => value },
    { tag, identify, collection: 'map', resolve: (value) => value },
  ];
}

/** Built once: the table is immutable and `parseAllDocuments` only reads it. */
export const CFN_CUSTOM_TAGS: (ScalarTag | CollectionTag)[] = [...SHORT_TAGS.keys()].flatMap(tagsFor);
