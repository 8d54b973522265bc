// SPDX-License-Identifier: Apache-2.0
// Terraform text the tests write again and again, built one way: an RDS instance with the settings every
// such test sets, plus the ones it is about.

/** The attributes every test's `aws_db_instance` sets, whatever it is about. */
const DB_BASE: readonly (readonly [string, string])[] = [
  ['identifier', '"db"'],
  ['engine', '"postgres"'],
  ['instance_class', '"db.t4g.micro"'],
  ['allocated_storage', '20'],
  ['username', '"app"'],
  ['manage_master_user_password', 'true'],
];

/**
 * `resource "aws_db_instance" "<name>"` with the base attributes, then `attrs` in order (values as written),
 * the `=` signs aligned as `terraform fmt` aligns them.
 */
export function dbInstance(name: string, attrs: Record<string, string>): string {
  const all = [...DB_BASE, ...Object.entries(attrs)];
  const width = Math.max(...all.map(([k]) => k.length));
  return `resource "aws_db_instance" "${name}" {\n${all.map(([k, v]) => `  ${k.padEnd(width)} = ${v}\n`).join('')}}\n`;
}
