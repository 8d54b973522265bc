// SPDX-License-Identifier: Apache-2.0
// Which of a set of ports a protocol + port range opens: shared by the network ACL and the CIFS rules.

import { Unknown } from '../api';
import type { Attr } from '../api';

export type Exposure =
  /** Ports of `ports` the range opens (empty: none), and whether the entry opens every port. */
  | { kind: 'known'; exposed: number[]; allPorts: boolean }
  /** An unknown protocol or port decides it. */
  | { kind: 'unknown'; at: Attr<unknown>; unknown: Unknown };

/** `-1` / `all` (and CloudFormation's numeric forms) mean every protocol and port. */
export function isAllProtocols(p: string): boolean {
  return p === '-1' || p.toLowerCase() === 'all';
}

/** TCP or UDP by name or protocol number. */
function carriesPorts(p: string, protocols: readonly ('tcp' | 'udp')[]): boolean {
  const v = p.toLowerCase();
  return protocols.some((x) => v === x || v === (x === 'tcp' ? '6' : '17'));
}

export function exposure(protocol: Attr<string>, fromPort: Attr<number>, toPort: Attr<number>, ports: readonly number[], protocols: readonly ('tcp' | 'udp')[]): Exposure {
  const p = protocol.value;
  if (p instanceof Unknown) return { kind: 'unknown', at: protocol, unknown: p };
  if (typeof p !== 'string') return { kind: 'known', exposed: [], allPorts: false };
  if (isAllProtocols(p)) return { kind: 'known', exposed: [...ports], allPorts: true };
  if (!carriesPorts(p, protocols)) return { kind: 'known', exposed: [], allPorts: false };
  const from = fromPort.value;
  const to = toPort.value;
  if (from instanceof Unknown) return { kind: 'unknown', at: fromPort, unknown: from };
  if (to instanceof Unknown) return { kind: 'unknown', at: toPort, unknown: to };
  if (from === undefined || to === undefined) return { kind: 'known', exposed: [], allPorts: false };
  return { kind: 'known', exposed: ports.filter((port) => from <= port && port <= to), allPorts: false };
}
