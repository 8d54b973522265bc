// SPDX-License-Identifier: Apache-2.0
// The SAM transform (`Transform: AWS::Serverless-2016-10-31`), as far as rules need it: each
// `AWS::Serverless::*` resource becomes the CloudFormation resources SAM deploys, with the SAM resource's
// own nodes (and positions) as their property values, so the rules that judge a Lambda function, a
// function URL, a role, an API stage or a table judge them too. `Globals` (Function, Api, HttpApi,
// SimpleTable, StateMachine) fill the properties a resource does not set; `Environment.Variables` merge.
//
//   Serverless::Function     → Lambda::Function (Tracing → TracingConfig.Mode), Lambda::Url from
//                               FunctionUrlConfig (AuthType), IAM::Role from Policies (when no Role is given)
//   Serverless::Api          → ApiGateway::Stage (AccessLogSetting, TracingEnabled, MethodSettings)
//   Serverless::HttpApi      → ApiGatewayV2::Stage (AccessLogSettings)
//   Serverless::SimpleTable  → DynamoDB::Table (SSESpecification)
//   Serverless::StateMachine → StepFunctions::StateMachine, IAM::Role from Policies
//   Function Events Api / HttpApi with no API of their own → the implicit ServerlessRestApi (its Prod
//                               stage) / ServerlessHttpApi (its $default stage), configured by Globals
//
// The created resources point at the SAM resource's logical id; their findings carry no fix (the text to
// change is SAM's, not theirs).

import { mapGet, scalarString } from '../../../parsers/cfn';
import type { CfnKey, CfnMap, CfnMapEntry, CfnNode, CfnResource, CfnScalar, CfnTemplate } from '../../../parsers/cfn';

const GLOBALS: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
  'AWS::Serverless::StateMachine': 'StateMachine',
};

export function isSamTemplate(template: CfnTemplate): boolean {
  const t = mapGet(template.root, 'Transform');
  const names = t?.type === 'Sequence' ? t.items.map((i) => scalarString(i)) : [scalarString(t)];
  return names.includes('AWS::Serverless-2016-10-31') || template.resources.some((r) => r.type?.startsWith('AWS::Serverless::'));
}

/** The resources SAM creates from the template's serverless resources. */
export function expandSam(template: CfnTemplate): CfnResource[] {
  if (!isSamTemplate(template)) return [];
  const globals = mapGet(template.root, 'Globals');
  const out: CfnResource[] = [];
  const implicit = { rest: undefined as CfnResource | undefined, http: undefined as CfnResource | undefined };
  for (const r of template.resources) {
    const section = r.type ? GLOBALS[r.type] : undefined;
    if (!section) continue;
    const props = withGlobals(r.properties, mapGet(globals, section), r);
    switch (r.type) {
      case 'AWS::Serverless::Function':
        out.push(...fromFunction(r, props));
        implicitApis(r, props, implicit);
        break;
      case 'AWS::Serverless::Api':
        out.push(made(r, r.logicalId + stageName(props) + 'Stage', 'AWS::ApiGateway::Stage', pick(r, props, ['AccessLogSetting', 'TracingEnabled', 'MethodSettings', 'StageName'])));
        break;
      case 'AWS::Serverless::HttpApi':
        out.push(made(r, r.logicalId + 'ApiGatewayDefaultStage', 'AWS::ApiGatewayV2::Stage', pick(r, props, ['AccessLogSettings', 'StageName'])));
        break;
      case 'AWS::Serverless::SimpleTable':
        out.push(made(r, r.logicalId, 'AWS::DynamoDB::Table', pick(r, props, ['SSESpecification', 'TableName'])));
        break;
      case 'AWS::Serverless::StateMachine':
        out.push(made(r, r.logicalId, 'AWS::StepFunctions::StateMachine', pick(r, props, ['LoggingConfiguration', 'TracingConfiguration', 'Name'])));
        out.push(...role(r, props));
        break;
    }
  }
  // The APIs SAM creates for `Api` / `HttpApi` events that name no API of their own, configured by
  // Globals (Api, HttpApi) like any other: `ServerlessRestApi` with its `Prod` stage,
  // `ServerlessHttpApi` with its `$default` stage. Findings point at the first event that makes them.
  if (implicit.rest) {
    const props = withGlobals(null, mapGet(globals, 'Api'), implicit.rest);
    out.push(made(implicit.rest, 'ServerlessRestApiProdStage', 'AWS::ApiGateway::Stage', pick(implicit.rest, props, ['AccessLogSetting', 'TracingEnabled', 'MethodSettings'])));
  }
  if (implicit.http) {
    const props = withGlobals(null, mapGet(globals, 'HttpApi'), implicit.http);
    out.push(made(implicit.http, 'ServerlessHttpApiApiGatewayDefaultStage', 'AWS::ApiGatewayV2::Stage', pick(implicit.http, props, ['AccessLogSettings'])));
  }
  return out;
}

/**
 * Notes the first `Api` event without `RestApiId` and the first `HttpApi` event without `ApiId` of a
 * function: SAM creates one implicit API of each kind for all such events of the template. The event
 * stands for the API it makes (its key is where findings go).
 */
function implicitApis(r: CfnResource, props: CfnMap, implicit: { rest: CfnResource | undefined; http: CfnResource | undefined }): void {
  const events = mapGet(props, 'Events');
  if (events?.type !== 'Map') return;
  for (const e of events.entries) {
    const type = scalarString(mapGet(e.value, 'Type'));
    const eventProps = mapGet(e.value, 'Properties');
    if (e.value.type !== 'Map') continue;
    const at: CfnResource = { ...r, logicalIdRange: { start: e.key.start, end: e.key.end }, properties: null, node: e.value };
    if (type === 'Api' && !mapGet(eventProps, 'RestApiId')) implicit.rest ??= at;
    if (type === 'HttpApi' && !mapGet(eventProps, 'ApiId')) implicit.http ??= at;
  }
}

function fromFunction(r: CfnResource, props: CfnMap): CfnResource[] {
  const entries = props.entries.filter((e) => !['Tracing', 'FunctionUrlConfig', 'Policies', 'Events', 'CodeUri', 'InlineCode', 'AutoPublishAlias', 'DeploymentPreference'].includes(e.key.value));
  const tracing = mapEntry(props, 'Tracing');
  // `Tracing: Active` is `TracingConfig: {Mode: Active}`.
  if (tracing) entries.push(entry(tracing.key, 'TracingConfig', map(tracing, [entry(tracing.key, 'Mode', tracing.value)])));
  const out = [made(r, r.logicalId, 'AWS::Lambda::Function', map(props, entries))];
  const url = mapGet(props, 'FunctionUrlConfig');
  if (url?.type === 'Map') out.push(made(r, r.logicalId + 'Url', 'AWS::Lambda::Url', url));
  out.push(...role(r, props));
  return out;
}

/** The role SAM creates for `Policies` when the resource names no `Role`: inline statements and managed policies. */
function role(r: CfnResource, props: CfnMap): CfnResource[] {
  const policies = mapEntry(props, 'Policies');
  if (!policies || mapGet(props, 'Role')) return [];
  const items = policies.value.type === 'Sequence' ? policies.value.items : [policies.value];
  const managed: CfnNode[] = [];
  const inline: CfnNode[] = [];
  items.forEach((item, i) => {
    const name = scalarString(item);
    if (name !== undefined) {
      // A managed policy's name (`AWSLambdaExecute`) or ARN.
      managed.push(name.startsWith('arn:') ? item : scalar(item, `arn:aws:iam::aws:policy/${name}`));
    } else if (item.type === 'Map' && mapGet(item, 'Statement')) {
      inline.push(map(item, [entry(policies.key, 'PolicyName', scalar(item, `${r.logicalId}RolePolicy${i}`)), entry(policies.key, 'PolicyDocument', item)]));
    } else if (item.type === 'Intrinsic') {
      managed.push(item);
    }
    // SAM policy templates (`S3ReadPolicy: {BucketName: ...}`) grant narrow, named permissions: not read.
  });
  const entries: CfnMapEntry[] = [];
  if (managed.length > 0) entries.push(entry(policies.key, 'ManagedPolicyArns', seq(policies.value, managed)));
  if (inline.length > 0) entries.push(entry(policies.key, 'Policies', seq(policies.value, inline)));
  return entries.length > 0 ? [made(r, r.logicalId + 'Role', 'AWS::IAM::Role', map(policies.value, entries))] : [];
}

function stageName(props: CfnMap): string {
  return scalarString(mapGet(props, 'StageName')) ?? '';
}

/** The resource's properties with the Globals section's for those it does not set. */
function withGlobals(properties: CfnNode | null, globals: CfnNode | undefined, r: CfnResource): CfnMap {
  const own: CfnMapEntry[] = properties?.type === 'Map' ? [...properties.entries] : [];
  const at = properties ?? r.node;
  if (globals?.type !== 'Map') return map(at, own);
  for (const g of globals.entries) {
    const i = own.findIndex((e) => e.key.value === g.key.value);
    if (i < 0) own.push(g);
    else if (g.key.value === 'Environment') own[i] = mergedEnvironment(own[i]!, g);
  }
  return map(at, own);
}

/** `Environment.Variables` of the resource and of Globals, the resource's winning. */
function mergedEnvironment(own: CfnMapEntry, global: CfnMapEntry): CfnMapEntry {
  const mine = mapGet(own.value, 'Variables');
  const theirs = mapGet(global.value, 'Variables');
  if (mine?.type !== 'Map' || theirs?.type !== 'Map') return own;
  const vars = [...mine.entries, ...theirs.entries.filter((t) => !mine.entries.some((m) => m.key.value === t.key.value))];
  return entry(own.key, 'Environment', map(own.value, [entry(own.key, 'Variables', map(mine, vars))]));
}

function pick(r: CfnResource, props: CfnMap, keys: readonly string[]): CfnMap {
  return map(r.properties ?? r.node, props.entries.filter((e) => keys.includes(e.key.value)));
}

function made(from: CfnResource, logicalId: string, type: string, properties: CfnMap): CfnResource {
  const typeNode = scalar(from.node, type);
  return {
    logicalId,
    logicalIdRange: from.logicalIdRange,
    type,
    typeRange: from.typeRange,
    properties,
    metadata: from.metadata,
    condition: from.condition,
    node: map(from.node, [entry(keyAt(from.node, 'Type'), 'Type', typeNode), entry(keyAt(from.node, 'Properties'), 'Properties', properties)]),
    generatedFrom: from.logicalId,
  };
}

function mapEntry(node: CfnMap, key: string): CfnMapEntry | undefined {
  return node.entries.find((e) => e.key.value === key);
}

// Nodes built here take the span of the SAM node they stand for, so findings point into the template.
function map(at: { start: number; end: number }, entries: CfnMapEntry[]): CfnMap {
  return { type: 'Map', start: at.start, end: at.end, entries };
}

function seq(at: { start: number; end: number }, items: CfnNode[]): CfnNode {
  return { type: 'Sequence', start: at.start, end: at.end, items };
}

function scalar(at: { start: number; end: number }, value: string): CfnScalar {
  return { type: 'Scalar', start: at.start, end: at.end, value, raw: JSON.stringify(value), style: 'double' };
}

function keyAt(at: { start: number; end: number }, value: string): CfnKey {
  return { ...scalar(at, value), value };
}

function entry(at: CfnKey, key: string, value: CfnNode): CfnMapEntry {
  return { start: at.start, end: value.end, key: { ...at, value: key }, value };
}
