// SPDX-License-Identifier: Apache-2.0
// The command table. A new command (scan, rules, report...) is one file in this folder plus one line here.

import type { Command } from '../command';
import { baselineCommand } from './baseline';
import { parseCommand } from './parse';
import { reportCommand } from './report';
import { rulesCommand } from './rules';
import { scanCommand } from './scan';

export const COMMANDS: readonly Command[] = [scanCommand, reportCommand, baselineCommand, rulesCommand, parseCommand];
