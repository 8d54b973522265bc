// SPDX-License-Identifier: Apache-2.0
// Evaluation inputs sent to the scan's worker threads (server/src/core/encoded-inputs.ts): what a worker
// decodes after the structured clone of a message is what the main thread has, `Unknown` values included
// with every field, so the pool judges with the same inputs as one thread.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeInputs, encodeInputs } from '../../../server/src/core/encoded-inputs';
import type { EvaluationInputs } from '../../../server/src/core/inputs';
import { Unknown } from '../../../server/src/core/value';

const at = { file: '<command line>', span: { start: 0, end: 5 } };

void describe('scan inputs sent to the workers', () => {
  void it('come back the same after a structured clone, unknowns with all their fields', () => {
    const unknown = new Unknown('reference', { start: 3, end: 9 }, 'var.region', { kind: 'variable', name: 'region' }, 'arn:${var.region}', '[a-z0-9-]*');
    const inputs: EvaluationInputs = {
      defaults: 'unknown',
      terraformVars: new Map([
        ['plain', { value: 'eu-west-1', ref: at, origin: 'cli-var' }],
        ['nested', { value: { list: [1, true, null, unknown], name: 'x' }, ref: at, origin: 'tfvars' }],
      ]),
      terraformVarFiles: ['/w/prod.tfvars'],
      cfnParameters: new Map([['Env', { value: unknown, ref: at, origin: 'parameter-file' }]]),
      cfnParameterFiles: ['/w/params.json'],
    };
    const back = decodeInputs(structuredClone(encodeInputs(inputs)));
    assert.deepEqual(back, inputs);
    const decoded = back.cfnParameters!.get('Env')!.value;
    assert.ok(decoded instanceof Unknown, 'an Unknown again, with its methods');
    assert.equal(decoded.describe(), unknown.describe());
    assert.equal(decoded.shape, '[a-z0-9-]*');
  });
});
