// SPDX-License-Identifier: Apache-2.0
// Where a model value came from. Rules report these, never lines: the engine turns a SourceRef into a range
// with the file's LineIndex at the edge (LSP positions, CLI columns, SARIF regions).

export type { SourceRef } from '../core/span';
export { nodeRef, sourceRef } from '../core/span';

export type Platform = 'terraform' | 'cloudformation';
