// SPDX-License-Identifier: Apache-2.0
// The floor `npm run bench` compares the scan with: one process that lists the same files as the scan,
// reads them and tokenizes them (Terraform with our HCL lexer, YAML and JSON with `yaml`'s Lexer), and
// does nothing else. No audit can be faster than reading its input; the ratio says how far above it we are.
//   node out/scripts/bench-floor.js ROOT...

import { readFileSync } from 'node:fs';
import { Lexer } from 'yaml';
import { lexHclStream } from '../server/src/parsers/hcl/lexer';
import { listWorkspaceFiles } from '../server/src/service/workspace-files';
import { fileKind } from '../server/src/service/file-kinds';

let files = 0;
let tokens = 0;
for (const root of process.argv.slice(2)) {
  for (const path of listWorkspaceFiles(root)) {
    const text = readFileSync(path, 'utf8');
    files++;
    const kind = fileKind(path);
    if (kind === 'terraform' || kind === 'terraform-vars') tokens += lexHclStream(text).count;
    else for (const _ of new Lexer().lex(text)) tokens++;
  }
}
process.stdout.write(`${files} files, ${tokens} tokens\n`);
