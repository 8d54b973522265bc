// SPDX-License-Identifier: Apache-2.0
// Credentials recognised by their value, wherever they are written: AWS access key ids and secret keys,
// private keys, and tokens with a fixed published shape. Matches are described masked (a prefix and the
// length), never echoed: a finding, a report or a CI log must not become a second copy of the secret.

import { isObjectValue, Unknown } from '../api';
import type { Value } from '../api';

export interface SecretMatch {
  /** What was found: "an AWS access key id". */
  kind: string;
  /** The value masked for messages: `AKIA…` (20 characters). */
  masked: string;
  /** Where in the value (a key path such as `variables.DB_PASSWORD`, empty for the value itself). */
  path: string;
  /** Found in the text a base64 string stands for. */
  encoded?: true;
}

/** AWS documents example credentials (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY). */
const EXAMPLE = /EXAMPLE/;

const PATTERNS: { kind: string; re: RegExp }[] = [
  { kind: 'an AWS access key id', re: /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Z0-9])/g },
  { kind: 'a private key', re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: 'a GitHub token', re: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g },
  { kind: 'a Slack token', re: /(?<![A-Za-z0-9-])xox[abprs]-[A-Za-z0-9-]{10,}/g },
  // A secret access key is 40 base64 characters: only recognised next to its usual name, since plenty of
  // harmless values (hashes, ids) have that shape too.
  { kind: 'an AWS secret access key', re: /(?:aws_?secret_?access_?key|SecretAccessKey|secret_key)["']?\s*[:=]\s*["']?(?<v>[A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi },
];

/** Names under which a bare 40-character value is an AWS secret access key. */
const SECRET_KEY_NAME = /^(aws_?)?secret(_?access)?_?key$/i;

/** A key id or token: its first four characters (which say what it is) and its length. */
export function mask(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} characters)`;
}

/** A secret key or password: nothing of it but its length. */
export function hidden(secret: string): string {
  return `${secret.length} characters, not shown`;
}

/**
 * The text a base64 string stands for, when it is one: user data is often written encoded
 * (`user_data_base64`, `base64encode(...)`, CloudFormation `Fn::Base64`, which the evaluators apply), and
 * a key inside it is just as exposed. Only whole strings of the base64 alphabet that decode to readable
 * text count; a 40-character secret key or a hash decodes to bytes that are not text and is left alone.
 */
export function decodedBase64(s: string): string | null {
  const t = s.replace(/\s+/g, '');
  if (t.length < 16 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) return null;
  const text = Buffer.from(t, 'base64').toString('utf8');
  // Readable: no replacement characters and (almost) no control characters other than whitespace.
  if (text.includes('\uFFFD')) return null;
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  return controls === 0 && /[ -~]/.test(text) ? text : null;
}

/** What scanString found in one string, without the path (which the caller adds). */
type Found = { kind: string; masked: string; encoded?: true }[];

/**
 * scanString's results by string, per [secret-key name, path already reported]: every keystroke in the
 * editor scans every string of the module again, and nearly all of them are the same strings. Bounded.
 */
const memo: Map<string, Found>[] = [new Map(), new Map(), new Map(), new Map()];
const MEMO_ENTRIES = 20_000;
const MEMO_LENGTH = 4096;

function scanString(s: string, path: string, name: string | null, out: SecretMatch[]): void {
  const secretName = name !== null && SECRET_KEY_NAME.test(name);
  const reported = out.length > 0 && out.some((x) => x.path === path);
  const cache = s.length <= MEMO_LENGTH ? memo[(secretName ? 2 : 0) + (reported ? 1 : 0)]! : undefined;
  let found = cache?.get(s);
  if (!found) {
    found = [];
    scanText(s, secretName, reported, found, 0);
    if (cache) {
      if (cache.size >= MEMO_ENTRIES) cache.clear();
      cache.set(s, found);
    }
  }
  for (const f of found) out.push(f.encoded ? { kind: f.kind, masked: f.masked, path, encoded: true } : { kind: f.kind, masked: f.masked, path });
}

/** The credentials in one string (`reported`: the caller already has a finding at this path). */
function scanText(s: string, secretName: boolean, reported: boolean, out: Found, depth: number): void {
  const decoded = depth < 3 ? decodedBase64(s) : null;
  if (decoded !== null) {
    // Scan what the base64 stands for (nested encodings included), and say so.
    const before = out.length;
    scanText(decoded, secretName, reported, out, depth + 1);
    for (const m of out.slice(before)) m.encoded = true;
    if (out.length > before) return;
  }
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      const hit = m.groups?.v ?? m[0];
      if (EXAMPLE.test(hit) || EXAMPLE.test(s.slice(m.index ?? 0, (m.index ?? 0) + m[0].length + 12))) continue;
      out.push({ kind, masked: kind === 'a private key' ? 'a PEM private key block' : kind === 'an AWS secret access key' ? hidden(hit) : mask(hit) });
    }
  }
  if (secretName && /^[A-Za-z0-9/+=]{40}$/.test(s) && !EXAMPLE.test(s) && !reported && out.length === 0) {
    out.push({ kind: 'an AWS secret access key', masked: hidden(s) });
  }
}

/**
 * Every recognised credential in a value (strings, nested lists and maps, JSON documents inside strings
 * such as ECS container definitions; base64 text decoded), with the key path to it. Unknown parts are
 * skipped (a reference is not a literal secret), but the known text around them is read.
 */
export function findSecrets(v: Value | undefined, path = '', name: string | null = null, out: SecretMatch[] = [], depth = 0): SecretMatch[] {
  if (v === undefined || v === null || depth > 32) return out;
  if (v instanceof Unknown) {
    // A string with unknown parts (`!Sub "...${AWS::Region}..."`): its known text is written in the code.
    if (v.text !== undefined) scanString(v.text, path, name, out);
    return out;
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if ((t.startsWith('[') || t.startsWith('{')) && t.length < 1_000_000) {
      // A JSON document in a string (ECS container definitions written with jsonencode or by hand).
      try {
        return findSecrets(JSON.parse(t) as Value, path, name, out, depth + 1);
      } catch {
        // Not JSON: read it as text.
      }
    }
    scanString(v, path, name, out);
    return out;
  }
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      // `{ name = "AWS_SECRET_ACCESS_KEY", value = "..." }` (ECS environment): the entry's name names the value.
      const entryName = isObjectValue(x) && typeof x.name === 'string' ? x.name : isObjectValue(x) && typeof x.Name === 'string' ? x.Name : null;
      findSecrets(x, `${path}[${i}]`, entryName ?? name, out, depth + 1);
    });
    return out;
  }
  if (isObjectValue(v)) {
    for (const [k, x] of Object.entries(v)) {
      const keyName = (k === 'value' || k === 'Value') && name !== null ? name : k;
      findSecrets(x, path ? `${path}.${k}` : k, keyName, out, depth + 1);
    }
  }
  return out;
}
