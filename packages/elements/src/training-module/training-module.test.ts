import type { DataDocument } from '@lp-elements/model';
import { listen, localLrs, runDataSourceSuite, storedStatements, validateStatements } from '@lp-elements/test-support';
import { randomUuid, type Statement } from '@lp-elements/xapi';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LpCareerTrack } from '../career-track/career-track.js';
import type { LpCourseCatalogue } from '../course-catalogue/course-catalogue.js';
import type { LpSkillGapMatrix } from '../skill-gap-matrix/skill-gap-matrix.js';
import '../xapi-recorder/define.js';
import type { LpXapiRecorder } from '../xapi-recorder/xapi-recorder.js';
import { connectTrainingElements } from './connect-training-elements.js';
import './define.js';
import { LEARNER_ID } from './learner-document.js';
import { assess, inside, press, progressOf } from './testing/module-parts.js';
import type { LpTrainingModule } from './training-module.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
const TRACK = 'https://lp-elements.example/tracks/learning-professional';
const MODULE = `${TRACK}/module`;
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;

interface Parts {
  readonly track: LpCareerTrack;
  readonly matrix: LpSkillGapMatrix;
  readonly catalogue: LpCourseCatalogue;
}

async function partsOf(module: LpTrainingModule): Promise<Parts> {
  await waitUntil(() => inside(module, 'lp-skill-gap-matrix'), 'the module composes its elements', { timeout: 5000 });
  const parts = {
    track: module.shadowRoot!.querySelector('lp-career-track')!,
    matrix: module.shadowRoot!.querySelector('lp-skill-gap-matrix')!,
    catalogue: module.shadowRoot!.querySelector('lp-course-catalogue')!,
  };
  await waitUntil(() => inside(parts.matrix, 'table'), 'the matrix renders', { timeout: 5000 });
  await waitUntil(() => inside(parts.track, '[data-step] .toggle'), 'the track renders', { timeout: 5000 });
  await waitUntil(() => parts.catalogue.results.length > 0, 'the catalogue renders', { timeout: 5000 });
  return parts;
}

describe('<lp-training-module>', function () {
  this.timeout(60_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('composes the track, the matrix and the catalogue for a learner the data does not know', async () => {
    const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const { track, matrix, catalogue } = await partsOf(module);
    expect(track.current).to.equal(LEARNER_ID);
    expect(matrix.current).to.equal(LEARNER_ID);
    expect(catalogue.recommendFor).to.equal(LEARNER_ID);
    expect(matrix.required, 'a new learner starts on the first step').to.equal('associate');
    expect(matrix.editable).to.equal(true);
    expect(catalogue.required).to.equal('lp-associate');
    expect(track.data, 'one document for the three, checked once').to.equal(matrix.data).and.equal(catalogue.data);
    expect(progressOf(module)).to.equal('0 of 7 skills for LP Associate assessed');
    expect(
      sample.profiles?.some((profile) => profile.id === LEARNER_ID),
      'the page’s data is untouched',
    ).to.equal(false);
    await expect(module).to.be.accessible();
  });

  it('makes a step opened on the track the matrix’s and the catalogue’s requirement', async () => {
    const module = await fixture<LpTrainingModule>(
      html`<lp-training-module .data=${sample} person="person-amira"></lp-training-module>`,
    );
    const { track, matrix, catalogue } = await partsOf(module);
    inside(track, '[data-step="programme-designer"] .toggle')!.click();
    await waitUntil(() => matrix.required === 'programme-designer', 'the matrix follows the step');
    expect(catalogue.required).to.equal('lp-programme-designer');
    expect(track.goal).to.equal('programme-designer');
    await module.updateComplete;
    expect(inside(module, '#gaps-heading')?.textContent).to.contain('Programme Designer');
  });

  it('lets keyboard users skip past the track to the skills', async () => {
    const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const { matrix } = await partsOf(module);
    const skip = inside(module, '.skip')!;
    expect(skip.getBoundingClientRect().width, 'hidden until it has the focus').to.be.lessThan(2);
    skip.focus();
    expect(skip.getBoundingClientRect().width).to.be.greaterThan(20);
    await press('Enter');
    expect(module.shadowRoot!.activeElement?.id).to.equal('gaps-heading');
    for (let presses = 0; presses < 5 && !matrix.shadowRoot!.activeElement?.closest('table'); presses += 1) {
      await press('Tab');
    }
    expect(matrix.shadowRoot!.activeElement?.closest('table'), 'a few Tabs on, the matrix grid').not.to.equal(null);
  });

  it('keeps its wiring when the page moves it', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-training-module .data=${sample} person="person-amira"></lp-training-module>
        <section></section>
      </div>`,
    );
    const module = container.querySelector('lp-training-module')!;
    const { track, matrix } = await partsOf(module);
    container.querySelector('section')!.append(module);
    inside(track, '[data-step="teaching-mentor"] .toggle')!.click();
    await waitUntil(() => matrix.required === 'teaching-mentor', 'the matrix still follows the track');
    await waitUntil(() => inside(module, '#gaps-heading')?.textContent.includes('Teaching Mentor'));
  });

  it('lets self-assessment move step statuses and recommendations, and completes once when every skill is assessed', async () => {
    const module = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const { track, matrix, catalogue } = await partsOf(module);
    const recommendedBefore = catalogue.results.slice(0, 3).map((entry) => entry.course.id);
    const associateStatus = () => inside(track, '[data-step="associate"]')?.getAttribute('data-status');
    expect(associateStatus()).not.to.equal('achieved');
    const { events, stop } = listen('lp-module-complete', 'lp-level-change');
    try {
      await assess(matrix);
      await waitUntil(() => events.some((event) => event.type === 'lp-module-complete'), 'the module completes');
      await module.updateComplete;
      expect(events.filter((event) => event.type === 'lp-module-complete')).to.have.length(1);
      expect(events.filter((event) => event.type === 'lp-level-change')).to.have.length(7);
      expect(events.find((event) => event.type === 'lp-module-complete')?.detail).to.deep.equal({
        module: MODULE,
        name: 'Learning Professional career track',
        lang: 'en',
      });
      expect(progressOf(module)).to.equal('Module completed: well done.');
      await waitUntil(() => associateStatus() === 'achieved', 'the track follows the levels');
      await waitUntil(
        () => catalogue.results.slice(0, 3).some((entry, index) => entry.course.id !== recommendedBefore[index]),
        'the recommendations follow the levels',
      );
      // Raising a level again changes nothing about completion.
      await press('ArrowUp');
      await press('4');
      await module.updateComplete;
      expect(events.filter((event) => event.type === 'lp-module-complete')).to.have.length(1);
    } finally {
      stop();
    }
  });

  it('under `complete-when="met"` completes only when the levels meet the step', async () => {
    const module = await fixture<LpTrainingModule>(
      html`<lp-training-module .data=${sample} complete-when="met"></lp-training-module>`,
    );
    const { matrix } = await partsOf(module);
    const { events, stop } = listen('lp-module-complete');
    try {
      await assess(matrix, '1');
      await module.updateComplete;
      expect(progressOf(module), 'level 1 meets the three skills that require 1').to.equal(
        '3 of 7 skills for LP Associate met',
      );
      expect(events).to.have.length(0);
      await assess(matrix);
      await waitUntil(() => events.length === 1, 'completed once the levels meet the step');
    } finally {
      stop();
    }
  });

  it('resumes after a reload: the step, the levels, and no second completion', async () => {
    const first = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
    const { track, matrix } = await partsOf(first);
    inside(track, '[data-step="practitioner"] .toggle')!.click();
    await waitUntil(() => matrix.required === 'practitioner');
    await matrix.updateComplete;
    await assess(matrix);
    await waitUntil(() => progressOf(first) === 'Module completed: well done.');
    first.remove();

    const { events, stop } = listen('lp-module-complete');
    try {
      const again = await fixture<LpTrainingModule>(html`<lp-training-module .data=${sample}></lp-training-module>`);
      const parts = await partsOf(again);
      expect(parts.matrix.required, 'the step chosen before').to.equal('practitioner');
      expect(parts.matrix.levels[LEARNER_ID]).to.include({ [SKILL('communication')]: 3 });
      expect(progressOf(again)).to.equal('Module completed: well done.');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(events).to.have.length(0);
    } finally {
      stop();
    }
  });

  it('sends its completion through the recorder to the LRS, valid', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const container = await fixture<LpXapiRecorder>(html`
      <lp-xapi-recorder
        endpoint=${endpoint}
        auth=${auth}
        registration=${registration}
        queue-name=${`module-${registration}`}
        activity="https://university.example/lp-module"
      >
        <lp-training-module .data=${sample}></lp-training-module>
      </lp-xapi-recorder>
    `);
    const module = container.querySelector('lp-training-module')!;
    const { matrix } = await partsOf(module);
    await assess(matrix);
    await waitUntil(() => progressOf(module) === 'Module completed: well done.');
    await container.flush();
    let statements: Statement[] = [];
    await waitUntil(
      async () => {
        statements = await storedStatements(registration);
        return statements.some((statement) => statement.verb.id.endsWith('/completed'));
      },
      'the LRS holds the completion',
      { timeout: 10_000 },
    );
    // The track also says `completed` for the step the levels achieved; this one is about the module.
    const completed = statements.filter(
      (statement) =>
        statement.verb.id === 'http://adlnet.gov/expapi/verbs/completed' &&
        (statement.object as { id?: string }).id === MODULE,
    );
    expect(completed).to.have.length(1);
    const assessed = statements.filter((statement) => statement.verb.id.endsWith('/self-assessed'));
    expect(assessed.length, 'each self-assessment').to.be.greaterThanOrEqual(7);
    expect(await validateStatements(statements)).to.deep.equal(statements.map(() => []));
  });

  it('is read-only in an LMS’s Review mode and offers Exit under a launch', async () => {
    const container = await fixture<HTMLElement>(html`
      <lp-xapi-recorder launch-mode="Review"
        ><lp-training-module .data=${sample}></lp-training-module
      ></lp-xapi-recorder>
    `);
    const module = container.querySelector('lp-training-module')!;
    const { matrix } = await partsOf(module);
    expect(matrix.editable).to.equal(false);
    expect(inside(module, '[part="mode-notice"]')?.textContent).to.contain('Review mode');
    const exits = listen('lp-module-exit');
    try {
      inside(module, '[part="exit-button"]')!.click();
      expect(exits.events).to.have.length(1);
      expect(exits.events[0]?.cancelable).to.equal(true);
    } finally {
      exits.stop();
    }
    container.setAttribute('launch-mode', 'Normal');
    await waitUntil(() => matrix.editable, 'the mode is followed');
    await expect(module).to.be.accessible();
  });

  it('names unknown track, step and person by attribute, reports them once and keeps working', async () => {
    const { events, stop } = listen('lp-data-error');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const module = await fixture<LpTrainingModule>(
        html`<lp-training-module .data=${sample} step="no-such-step" person="nobody"></lp-training-module>`,
      );
      await partsOf(module);
      const notice = inside(module, '[part="data-problems"]')!;
      expect(notice.textContent).to.contain('step').and.contain('“no-such-step”').and.contain('“nobody”');
      const own = events.filter((event) => event.target === module);
      expect(own).to.have.length(1);
      expect(own[0]?.detail.problems.map((problem) => problem.path)).to.deep.equal(['step', 'person']);
      module.requestUpdate();
      await module.updateComplete;
      expect(events.filter((event) => event.target === module)).to.have.length(1);
      expect(
        warnings.filter((args) => String((args as unknown[])[0]).startsWith('<lp-training-module>')),
      ).to.have.length(1);

      const noTrack = await fixture<LpTrainingModule>(
        html`<lp-training-module .data=${sample} track="https://example.org/none"></lp-training-module>`,
      );
      await waitUntil(() => inside(noTrack, '[part="data-problems"]'));
      expect(inside(noTrack, '[part="data-problems"]')?.textContent).to.contain('https://example.org/none');
      await expect(noTrack).to.be.accessible();
    } finally {
      stop();
      console.warn = warn;
    }
  });

  it('gives pages that place the elements themselves the same wiring', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-career-track .data=${sample} current="person-amira"></lp-career-track>
        <lp-skill-gap-matrix .data=${sample} current="person-amira" editable></lp-skill-gap-matrix>
        <lp-course-catalogue .data=${sample} recommend-for="person-amira"></lp-course-catalogue>
      </div>`,
    );
    const track = container.querySelector('lp-career-track')!;
    const matrix = container.querySelector('lp-skill-gap-matrix')!;
    const catalogue = container.querySelector('lp-course-catalogue')!;
    const disconnect = connectTrainingElements({ track, matrix, catalogue });
    await waitUntil(() => inside(track, '[data-step="industry-liaison"] .toggle'), 'the track renders', {
      timeout: 5000,
    });
    inside(track, '[data-step="industry-liaison"] .toggle')!.click();
    expect(matrix.required).to.equal('industry-liaison');
    expect(catalogue.required).to.equal('lp-industry-liaison');
    disconnect();
    inside(track, '[data-step="practitioner"] .toggle')!.click();
    expect(matrix.required, 'undone').to.equal('industry-liaison');
  });

  it('speaks German and reads right to left in Hebrew, accessible in both', async () => {
    for (const [lang, dir, heading] of [
      ['de', 'ltr', 'Wählen Sie Ihren nächsten Schritt'],
      ['he', 'rtl', 'בחרו את הצעד הבא שלכם'],
    ] as const) {
      const container = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${dir}><lp-training-module .data=${sample}></lp-training-module></div>`,
      );
      const module = container.querySelector('lp-training-module')!;
      await partsOf(module);
      expect(inside(module, '#track-heading')?.textContent).to.equal(heading);
      expect(inside(module, '.module')?.getAttribute('dir')).to.equal(dir);
      await expect(module).to.be.accessible();
    }
  });
});

runDataSourceSuite({ tag: 'lp-training-module', shows: 'lp-skill-gap-matrix' });
