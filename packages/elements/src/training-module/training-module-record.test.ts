import type { DataDocument } from '@lp-elements/model';
import { listen } from '@lp-elements/test-support';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../xapi-recorder/define.js';
import './define.js';
import { LEARNER_ID } from './learner-document.js';
import { RECORD_WRITE_DELAY_MS } from './learner-record-controller.js';
import type { ModuleFrame } from './testing/module-frame.js';
import { assess, inside, matrixOf, press, progressOf } from './testing/module-parts.js';
import type { LpTrainingModule } from './training-module.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;

/** The record entries the module keeps in localStorage. */
const storedRecords = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('lp-record:'))
    .map((key) => ({ key, value: JSON.parse(localStorage.getItem(key)!) as Record<string, unknown> }));

/** Another page of this origin with the module: it shares localStorage and hears its `storage` events, as a tab does. */
async function openSecondPage(): Promise<{ frame: ModuleFrame; close: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.src = '/packages/elements/src/training-module/testing/module-frame.html';
  iframe.width = '1000';
  iframe.height = '800';
  document.body.append(iframe);
  await waitUntil(() => iframe.contentWindow?.lpModuleFrame, 'the second page shows its module', { timeout: 10_000 });
  return {
    frame: iframe.contentWindow!.lpModuleFrame!,
    close: () => {
      iframe.remove();
    },
  };
}

const afterWriteDelay = () => new Promise((resolve) => setTimeout(resolve, RECORD_WRITE_DELAY_MS + 200));

describe('<lp-training-module> keeps the learner record', function () {
  this.timeout(60_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('resumes in a new page with the same storage (a new tab, tomorrow): the levels, the step, and no second completion', async () => {
    const first = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const matrix = await matrixOf(first);
    inside(first.shadowRoot!.querySelector('lp-career-track')!, '[data-step="practitioner"] .toggle')!.click();
    await waitUntil(() => matrix.required === 'practitioner');
    await matrix.updateComplete;
    await assess(matrix);
    await waitUntil(() => progressOf(first) === 'Module completed: well done.');
    expect(storedRecords()[0]?.value.completed, 'completion is stored at once').to.have.property('at');
    // Leaving writes what the delay still held.
    first.remove();
    expect(storedRecords()).to.have.length(1);
    expect(JSON.stringify(storedRecords()[0]), 'no name or e-mail address is stored').not.to.match(/@|Amira|name/);
    sessionStorage.clear();

    const second = await openSecondPage();
    try {
      expect(second.frame.step(), 'the step chosen before').to.equal('practitioner');
      await waitUntil(() => second.frame.levels()[SKILL('communication')] === 3, 'the levels set before');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(second.frame.completions, 'completion was reported before').to.equal(0);
    } finally {
      second.close();
    }
  });

  it('loses nothing when two pages edit at once, and each follows the other', async () => {
    const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const matrix = await matrixOf(module);
    const second = await openSecondPage();
    try {
      const firstSkill = matrix.shadowRoot!.querySelector('tbody tr[data-skill]')!.getAttribute('data-skill')!;
      const otherSkill = SKILL('proposal-writing');
      await assess(matrix, '2', 1);
      // The second page's learner sets a level at the same moment: the event its matrix fires on a pick.
      second.frame.setLevel(otherSkill, 4);
      await afterWriteDelay();
      const [stored] = storedRecords();
      expect(Object.keys(stored?.value.levels as object)).to.have.members([firstSkill, otherSkill]);
      await waitUntil(() => matrix.levels[LEARNER_ID]?.[otherSkill] === 4, 'this page follows the other');
      await waitUntil(() => second.frame.levels()[firstSkill] === 2, 'the other page follows this one');
      expect(matrix.levels[LEARNER_ID]?.[firstSkill], 'its own edit is kept').to.equal(2);
    } finally {
      second.close();
    }
  });

  it('reads a damaged stored record part by part: one warning, one event, the sound parts used', async () => {
    const first = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    await assess(await matrixOf(first), '1', 1);
    first.remove();
    const [{ key } = { key: '' }] = storedRecords();
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        step: { id: 'practitioner', at: '2026-12-01T10:00:00.000Z' },
        levels: {
          [SKILL('communication')]: { level: 2, at: '2026-12-01T10:00:00.000Z' },
          [SKILL('networking')]: { level: 'expert', at: '2026-12-01T10:00:00.000Z' },
          'https://another-framework.example/skills/welding': { level: 3, at: '2026-12-01T10:00:00.000Z' },
        },
        completed: 'yes',
      }),
    );
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    const { events, stop } = listen('lp-data-error');
    try {
      const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
      const matrix = await matrixOf(module);
      await waitUntil(() => matrix.required === 'practitioner', 'the sound step is used');
      expect(matrix.levels[LEARNER_ID]).to.include({ [SKILL('communication')]: 2 });
      expect(matrix.levels[LEARNER_ID]).not.to.have.property(SKILL('networking'));
      const own = warnings.filter((args) => String(args[0]).startsWith('<lp-training-module>'));
      expect(own).to.have.length(1);
      expect(String(own[0]?.[0])).to.contain(`$.levels["${SKILL('networking')}"].level`);
      const reported = events.filter((event) => event.detail.source === 'record');
      expect(reported).to.have.length(1);
      expect(reported[0]?.detail.problems.map((problem) => problem.code)).to.have.members([
        'invalid-value',
        'unknown-skill',
        'invalid-value',
      ]);
      expect(reported[0]?.detail.problems[0]?.message).to.contain('could not be read');
      expect(progressOf(module)).not.to.equal('Module completed: well done.');
    } finally {
      stop();
      console.warn = warn;
    }
  });

  it('forgets the answers after a confirmation, with the keyboard, here and in storage', async () => {
    const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const matrix = await matrixOf(module);
    await assess(matrix, '3', 2);
    await afterWriteDelay();
    expect(storedRecords()).to.have.length(1);

    const forget = inside(module, '[part="forget-button"]')!;
    expect(forget.textContent.trim()).to.equal('Forget my answers');
    forget.focus();
    await press('Enter');
    await module.updateComplete;
    const question = inside(module, '[part="forget-confirmation"]')!;
    expect(question.getAttribute('role')).to.equal('group');
    expect(module.shadowRoot!.activeElement?.textContent.trim(), 'the safe answer has the focus').to.equal('Keep them');
    await expect(module).to.be.accessible();
    await press('Escape');
    await module.updateComplete;
    expect(module.shadowRoot!.activeElement?.getAttribute('part')).to.equal('forget-button');
    expect(storedRecords(), 'kept').to.have.length(1);

    await press('Enter');
    await module.updateComplete;
    await sendKeys({ down: 'Shift' });
    await press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(module.shadowRoot!.activeElement?.textContent.trim()).to.equal('Forget them');
    await press('Enter');
    await waitUntil(() => storedRecords().length === 0, 'the stored record is deleted');
    await waitUntil(() => Object.keys(matrix.levels[LEARNER_ID] ?? {}).length === 0, 'the levels are gone');
    expect(progressOf(module)).to.equal('0 of 7 skills for LP Associate assessed');
    expect(inside(module, '.forget-notice')?.textContent).to.contain('were forgotten');
    expect(module.shadowRoot!.activeElement?.getAttribute('part')).to.equal('forget-button');
    await afterWriteDelay();
    expect(storedRecords(), 'nothing written back after forgetting').to.have.length(0);
  });

  it('shows the record read-only in an LMS’s Review mode, never writing it, with nothing to forget', async () => {
    const first = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    await assess(await matrixOf(first), '2', 3);
    first.remove();
    const before = JSON.stringify(storedRecords());
    expect(before).not.to.equal('[]');

    const container = await fixture<HTMLElement>(html`
      <lp-xapi-recorder launch-mode="Review"
        ><lp-training-module .data=${sample}></lp-training-module
      ></lp-xapi-recorder>
    `);
    const module = container.querySelector('lp-training-module')!;
    const matrix = await matrixOf(module);
    expect(matrix.editable).to.equal(false);
    expect(Object.values(matrix.levels[LEARNER_ID] ?? {}), 'the learner’s levels, not an empty matrix').to.deep.equal([
      2, 2, 2,
    ]);
    expect(inside(module, '[part="forget-button"]')).to.equal(null);
    window.dispatchEvent(new Event('pagehide'));
    await afterWriteDelay();
    expect(JSON.stringify(storedRecords())).to.equal(before);
  });
});
