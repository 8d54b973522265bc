// SPDX-License-Identifier: Apache-2.0
// The check behind the two CIS object-level logging recommendations (S3 write events, S3 read events):
// some trail of the module/template must log them; a trail whose S3 selectors leave them out is flagged.

import { list, lit, unitWord, Unknown } from '../api';
import type { CloudModel, CloudTrail, ModuleContext, PlannedFix } from '../api';

export type Direction = 'read' | 'write';

function logs(d: Direction, s: CloudTrail['s3DataSelectors'][number]): boolean | Unknown {
  return d === 'read' ? s.logsReads : s.logsWrites;
}

/** Adds an event selector for all S3 object events to a trail that has none yet. */
function addSelectorFix(trail: CloudTrail): PlannedFix[] {
  if (trail.eventSelectorCount > 0) return [];
  const at = (...path: string[]): { target: CloudTrail['target']; path: string[] } => ({ target: trail.target, path });
  const ops =
    trail.platform === 'terraform'
      ? [
          { op: 'set' as const, location: at('event_selector', 'read_write_type'), value: lit('All') },
          { op: 'set' as const, location: at('event_selector', 'include_management_events'), value: lit(true) },
          { op: 'set' as const, location: at('event_selector', 'data_resource', 'type'), value: lit('AWS::S3::Object') },
          { op: 'set' as const, location: at('event_selector', 'data_resource', 'values'), value: list(lit('arn:aws:s3')) },
        ]
      : [
          { op: 'set' as const, location: at('EventSelectors', '0', 'ReadWriteType'), value: lit('All') },
          { op: 'set' as const, location: at('EventSelectors', '0', 'IncludeManagementEvents'), value: lit(true) },
          { op: 'set' as const, location: at('EventSelectors', '0', 'DataResources', '0', 'Type'), value: lit('AWS::S3::Object') },
          { op: 'set' as const, location: at('EventSelectors', '0', 'DataResources', '0', 'Values'), value: list(lit('arn:aws:s3')) },
        ];
  return [{ id: 'log-s3-data-events', title: `Log S3 object-level events on ${trail.address} (billed per event)`, safety: 'unsafe', ops }];
}

export function checkS3DataEvents(d: Direction, model: CloudModel, ctx: ModuleContext): void {
  const events = d === 'read' ? 'read events (GetObject and the like)' : 'write events (PutObject, DeleteObject and the like)';
  let covered = false;
  let undecided = false;
  let flagged = false;
  for (const trail of model.aws.cloudTrails) {
    if (trail.s3DataSelectors.length === 0) continue;
    const values = trail.s3DataSelectors.map((s) => logs(d, s));
    if (values.includes(true)) {
      covered = true;
      continue;
    }
    const unknown = trail.s3DataSelectors.find((s) => logs(d, s) instanceof Unknown);
    if (unknown) {
      undecided = true;
      ctx.cannotVerify(trail, unknown.ref, logs(d, unknown) as Unknown, `whether the trail logs S3 object-level ${d} events`);
      continue;
    }
    flagged = true;
    ctx.report(trail, trail.s3DataSelectors[0]!.ref, `The trail logs S3 object-level events but not ${events}: its S3 selectors log ${d === 'read' ? 'writes' : 'reads'} only.`);
  }
  if (covered || undecided || flagged) return;
  const trail = model.aws.cloudTrails.find((t) => t.isMultiRegion.value === true) ?? model.aws.cloudTrails[0];
  const where = unitWord(ctx);
  ctx.reportMissing(
    trail
      ? `No trail in this ${where} logs S3 object-level ${events}: add a data event selector for AWS::S3::Object to a trail.`
      : `No trail in this ${where} logs S3 object-level ${events} (there is no CloudTrail trail): unless an organization trail covers the account, add one with a data event selector for AWS::S3::Object.`,
    { fixes: trail ? addSelectorFix(trail) : [] },
  );
}
