import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findScormApi, type ApiWindow } from './find-scorm-api.js';

const api12 = Object.fromEntries(
  [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ].map((name) => [name, () => '']),
);
const api2004 = Object.fromEntries(
  ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'].map(
    (name) => [name, () => ''],
  ),
);

/** A chain of plain objects standing in for windows (the browser tests use real frames). */
function windows(depth: number, top: Partial<ApiWindow> = {}): ApiWindow[] {
  const chain: { parent?: ApiWindow; opener?: ApiWindow | null; API?: unknown; API_1484_11?: unknown }[] = [];
  for (let index = 0; index <= depth; index += 1) chain.push({});
  Object.assign(chain[depth]!, top);
  chain.forEach((win, index) => (win.parent = chain[index + 1] ?? win));
  return chain;
}

describe('findScormApi', () => {
  it('finds SCORM 1.2’s API in a parent', () => {
    const [sco] = windows(2, { API: api12 });
    assert.equal(findScormApi(sco!)?.version, '1.2');
  });

  it('finds SCORM 2004’s API_1484_11, and prefers it where both are offered', () => {
    const [sco] = windows(1, { API: api12, API_1484_11: api2004 });
    assert.equal(findScormApi(sco!)?.version, '2004');
    assert.equal(findScormApi(sco!, ['1.2', '2004'])?.version, '1.2');
  });

  it('gives up after seven parents', () => {
    assert.equal(findScormApi(windows(7, { API: api12 })[0]!)?.version, '1.2');
    assert.equal(findScormApi(windows(8, { API: api12 })[0]!), undefined);
  });

  it('looks in the opener and its parents', () => {
    const [opener] = windows(2, { API_1484_11: api2004 });
    const chain = windows(1, { opener: opener! });
    assert.equal(findScormApi(chain[0]!)?.version, '2004');
  });

  it('ignores an object that is not an API, and a window it may not read', () => {
    const forbidden = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    const chain = windows(1, { API_1484_11: { Initialize: () => 'true' } });
    (chain[1] as { parent?: ApiWindow }).parent = forbidden;
    assert.equal(findScormApi(chain[0]!), undefined);
  });
});
