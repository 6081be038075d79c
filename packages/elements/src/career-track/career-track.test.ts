import {
  careerProgress,
  clearDataDocumentCache,
  profileById,
  type DataDocument,
  type Profile,
  type StepStatus,
  type Track,
} from '@lp-elements/model';
import {
  emulateMedia,
  localLrs,
  runDataSourceSuite,
  storedStatements,
  validateStatements,
} from '@lp-elements/test-support';
import { randomUuid, type PartialStatement } from '@lp-elements/xapi';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import type { LpDataErrorEvent } from '../base/events/data-error-event.js';
import { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import type { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import '../xapi-recorder/define.js';
import type { LpCareerTrack } from './career-track.js';
import './define.js';
import type { LpStepSelectEvent } from './step-select-event.js';

const SAMPLE = '/packages/model/sample/lp-sample.json';
const NOW = new Date('2026-11-28T12:00:00Z');
const EXTERNAL_PROGRAMMES = 'https://lp-elements.example/skills/external-programmes';
const PROGRESS = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

let sample: DataDocument;
let track: Track;

/** The sample's people: Jonas is new, Amira is mid-career, Claire stands at the fork after the practitioner step. */
const NEWCOMER = 'person-jonas';
const MID_CAREER = 'person-amira';
const AT_A_BRANCH = 'person-claire';

const shadow = (element: LpCareerTrack) => element.shadowRoot!;
const steps = (element: LpCareerTrack) => [...shadow(element).querySelectorAll<HTMLElement>('li[data-step]')];
const stepItem = (element: LpCareerTrack, id: string) =>
  shadow(element).querySelector<HTMLElement>(`li[data-step="${id}"]`)!;
const button = (element: LpCareerTrack, id: string) =>
  stepItem(element, id).querySelector<HTMLButtonElement>('.toggle')!;
const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const focusedStep = (element: LpCareerTrack) =>
  (shadow(element).activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-step]')?.dataset.step;

/** Waits until the track shows its steps. */
async function shown(element: LpCareerTrack): Promise<LpCareerTrack> {
  await waitUntil(() => steps(element).length > 0, 'the steps are shown', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

async function trackFor(current: string | undefined, attributes: Partial<LpCareerTrack> = {}): Promise<LpCareerTrack> {
  const element = await fixture<LpCareerTrack>(
    html`<lp-career-track .data=${sample} .now=${NOW} current=${ifDefined(current)}></lp-career-track>`,
  );
  Object.assign(element, attributes);
  return shown(element);
}

function modelStatuses(person: Profile | Record<string, number>): Record<string, StepStatus> {
  const progress = careerProgress(sample, track, person, { now: NOW });
  return Object.fromEntries(progress.steps.map((entry) => [entry.step.id, entry.status]));
}

const renderedStatuses = (element: LpCareerTrack): Record<string, string | undefined> =>
  Object.fromEntries(
    steps(element).map((item): [string, string | undefined] => [item.dataset.step ?? '', item.dataset.status]),
  );

/** Collects the statements and step selections the element reports while a test runs. */
function listen() {
  const statements: PartialStatement[] = [];
  const selections: LpStepSelectEvent[] = [];
  const courses: LpCourseSelectEvent[] = [];
  const errors: LpDataErrorEvent[] = [];
  const warnings: string[] = [];
  const onStatement = (event: LpXapiStatementEvent) => statements.push(event.detail.statement);
  const onSelect = (event: LpStepSelectEvent) => selections.push(event);
  const onCourse = (event: LpCourseSelectEvent) => {
    event.preventDefault();
    courses.push(event);
  };
  const onError = (event: LpDataErrorEvent) => errors.push(event);
  const originalWarn = console.warn;
  console.warn = (message: unknown) => warnings.push(String(message));
  document.addEventListener('lp-xapi-statement', onStatement);
  document.addEventListener('lp-step-select', onSelect);
  document.addEventListener('lp-course-select', onCourse);
  document.addEventListener('lp-data-error', onError);
  return {
    statements,
    selections,
    courses,
    errors,
    warnings,
    stop: () => {
      console.warn = originalWarn;
      document.removeEventListener('lp-xapi-statement', onStatement);
      document.removeEventListener('lp-step-select', onSelect);
      document.removeEventListener('lp-course-select', onCourse);
      document.removeEventListener('lp-data-error', onError);
    },
  };
}

async function recordedTrack(current: string): Promise<{ element: LpCareerTrack; registration: string }> {
  const { endpoint, auth } = await localLrs();
  const registration = randomUuid();
  const originalWarn = console.warn;
  // The recorder warns that Basic credentials in a page are for local development only.
  console.warn = () => undefined;
  try {
    const recorder = await fixture<HTMLElement>(html`
      <lp-xapi-recorder
        endpoint=${endpoint}
        auth=${auth}
        registration=${registration}
        queue-name="lp-career-track-${registration}"
      >
        <lp-career-track .data=${sample} .now=${NOW} current=${current}></lp-career-track>
      </lp-xapi-recorder>
    `);
    return { element: await shown(recorder.querySelector('lp-career-track')!), registration };
  } finally {
    console.warn = originalWarn;
  }
}

const levelChange = (person: string, skill: string, newLevel: number, oldLevel?: number) =>
  new LpLevelChangeEvent({ person, skill, oldLevel, newLevel });

describe('<lp-career-track>', function () {
  this.timeout(20_000);
  let reports: ReturnType<typeof listen>;

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
    track = sample.tracks![0]!;
  });

  beforeEach(() => {
    clearDataDocumentCache();
    reports = listen();
  });

  afterEach(async () => {
    reports.stop();
    await emulateMedia({});
  });

  describe('statuses from the model', () => {
    for (const [who, id, current] of [
      ['a newcomer', NEWCOMER, 'associate'],
      ['a mid-career person', MID_CAREER, 'practitioner'],
      ['someone at a branch', AT_A_BRANCH, 'programme-designer'],
    ] as const) {
      it(`shows ${who} (${id}) exactly as careerProgress sees them`, async () => {
        const element = await trackFor(id);
        const person = profileById(sample, id)!;
        expect(renderedStatuses(element)).to.deep.equal(modelStatuses(person));
        const marked = shadow(element).querySelectorAll('[aria-current]');
        expect(marked).to.have.length(1);
        expect(marked[0]?.getAttribute('aria-current')).to.equal('step');
        expect(marked[0]?.closest<HTMLElement>('[data-step]')?.dataset.step).to.equal(current);
        const progress = careerProgress(sample, track, person, { now: NOW });
        for (const entry of progress.steps) {
          const item = stepItem(element, entry.step.id);
          const { met, above, required } = entry.gaps.summary;
          expect(text(item.querySelector('.fact--requirements'))).to.equal(
            `${met + above} of ${required} requirements met`,
          );
        }
        expect(text(shadow(element).querySelector('.progress-summary'))).to.match(
          new RegExp(`: ${progress.achieved} of 7 steps achieved$`),
        );
        await expect(element).to.be.accessible();
      });
    }

    it('names each status in words next to its icon, and numbers the steps in reading order', async () => {
      const element = await trackFor(AT_A_BRANCH);
      const claire = stepItem(element, 'programme-designer');
      expect(text(claire.querySelector('.toggle'))).to.equal('Step 3 of 7 Programme Designer Current step');
      expect(text(stepItem(element, 'associate').querySelector('.status'))).to.equal('Achieved');
      expect(text(stepItem(element, 'industry-liaison').querySelector('.status'))).to.equal('Available');
      expect(text(stepItem(element, 'field-specialist').querySelector('.status'))).to.equal('Optional');
      expect(text(stepItem(element, 'lead').querySelector('.status'))).to.equal('Locked');
      for (const item of steps(element)) {
        expect(item.querySelector('.marker')?.getAttribute('aria-hidden')).to.equal('true');
        expect(item.querySelector('.marker svg')).not.to.equal(null);
      }
      expect(steps(element).map((item) => text(item.querySelector('.position')))).to.deep.equal(
        [1, 2, 3, 4, 5, 6, 7].map((n) => `Step ${n} of 7`),
      );
    });

    it('shows the credential, the usual duration and the effort of the courses that close the gaps', async () => {
      const element = await trackFor(MID_CAREER);
      const practitioner = stepItem(element, 'practitioner');
      const facts = [...practitioner.querySelectorAll<HTMLElement>('.fact')]
        .filter((fact) => getComputedStyle(fact).display !== 'none')
        .map(text);
      const effort = careerProgress(sample, track, profileById(sample, MID_CAREER)!, { now: NOW }).steps[1]!.effort!;
      expect(facts).to.deep.equal([
        '12 of 14 requirements met',
        'Credential: Learning Professional micro-credential (micro-credential)',
        'Usually takes 2 years',
        `Effort: ${effort.hours} hours of study, ${effort.ects} ECTS`,
      ]);
      // Achieved steps need no more effort.
      expect(text(stepItem(element, 'associate'))).not.to.contain('Effort');
    });

    it('takes explicit levels for a person who is not in the document, and a chosen goal', async () => {
      const levels = { ...profileById(sample, AT_A_BRANCH)!.levels };
      const element = await trackFor(undefined, { levels });
      expect(renderedStatuses(element)).to.deep.equal(modelStatuses(levels));
      expect(text(shadow(element).querySelector('.progress-summary'))).to.equal('2 of 7 steps achieved');
      element.goal = 'teaching-mentor';
      await element.updateComplete;
      expect(stepItem(element, 'teaching-mentor').dataset.status).to.equal('current');
      expect(stepItem(element, 'programme-designer').dataset.status).to.equal('available');
      expect(shadow(element).querySelectorAll('[aria-current="step"]')).to.have.length(1);
    });

    it('marks the furthest achieved step when nothing is left to work towards', async () => {
      const everything = Object.fromEntries(
        sample.frameworks!.flatMap((framework) => framework.skills.map((skill) => [skill.id, 5])),
      );
      const element = await trackFor(undefined, { levels: everything });
      expect(new Set(Object.values(renderedStatuses(element)))).to.deep.equal(new Set(['achieved']));
      const marked = shadow(element).querySelectorAll('[aria-current="step"]');
      expect(marked).to.have.length(1);
      expect(marked[0]?.closest<HTMLElement>('[data-step]')?.dataset.step).to.equal('lead');
    });
  });

  describe('branches', () => {
    it('is an ordered list with the paths of a fork nested, and joins that name where they come from', async () => {
      const element = await trackFor(AT_A_BRANCH);
      const main = shadow(element).querySelector('ol.sequence--main')!;
      expect(main.getAttribute('aria-labelledby')).to.equal('title');
      const topLevel = [...main.children].map((item) => (item as HTMLElement).dataset.step ?? 'fork');
      expect(topLevel).to.deep.equal(['associate', 'practitioner', 'fork', 'lead']);
      const fork = main.querySelector(':scope > li.fork')!;
      expect(text(fork.querySelector('.fork__label'))).to.equal('4 paths to choose from');
      const paths = [...fork.querySelectorAll(':scope > ul.paths > li.path')];
      expect(paths.map((path) => path.querySelector('ol.sequence')?.getAttribute('aria-label'))).to.deep.equal([
        'Path 1 of 4',
        'Path 2 of 4',
        'Path 3 of 4',
        'Path 4 of 4',
      ]);
      expect(paths.map((path) => path.classList.contains('path--joins'))).to.deep.equal([true, true, true, false]);
      expect(text(paths[3]?.querySelector('.path__end'))).to.equal('This path ends here');
      expect(text(stepItem(element, 'lead').querySelector('.joins'))).to.equal(
        'Reached from Programme Designer, Industry Liaison, or Teaching Mentor',
      );
      for (const line of shadow(element).querySelectorAll('.line'))
        expect(line.getAttribute('aria-hidden')).to.equal('true');
    });

    it('draws the fork and the join with lines on the side the paths start and end, in both directions', async () => {
      const element = await trackFor(AT_A_BRANCH, { orientation: 'horizontal' });
      const container = element.parentElement!;
      const sides = () => {
        const first = shadow(element).querySelector('li.path')!;
        const fork = first.querySelector('.line--fork')!.getBoundingClientRect();
        const join = first.querySelector('.line--join')!.getBoundingClientRect();
        const card = first.querySelector('.card')!.getBoundingClientRect();
        return { forkBeforeCard: fork.right <= card.left + 1, joinAfterCard: join.left >= card.right - 1 };
      };
      expect(sides()).to.deep.equal({ forkBeforeCard: true, joinAfterCard: true });
      container.dir = 'rtl';
      await waitUntil(() => getComputedStyle(shadow(element).querySelector('.sequence')!).direction === 'rtl');
      const first = shadow(element).querySelector('li.path')!;
      const fork = first.querySelector('.line--fork')!.getBoundingClientRect();
      const join = first.querySelector('.line--join')!.getBoundingClientRect();
      const card = first.querySelector('.card')!.getBoundingClientRect();
      expect(fork.left, 'the fork is to the right of the path').to.be.at.least(card.right - 1);
      expect(join.right, 'the join is to the left of the path').to.be.at.most(card.left + 1);
      container.removeAttribute('dir');
    });
  });

  describe('keyboard', () => {
    async function focusStep(element: LpCareerTrack, id: string) {
      button(element, id).focus();
      await element.updateComplete;
    }

    it('gives Tab to the current step and moves along the steps with the arrows, Home and End (left to right)', async () => {
      const element = await trackFor(MID_CAREER, { orientation: 'horizontal' });
      const tabbable = [...shadow(element).querySelectorAll('.toggle')].filter(
        (node) => node.getAttribute('tabindex') === '0',
      );
      expect(tabbable.map((node) => node.closest<HTMLElement>('[data-step]')?.dataset.step)).to.deep.equal([
        'practitioner',
      ]);
      await focusStep(element, 'practitioner');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedStep(element)).to.equal('programme-designer');
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedStep(element)).to.equal('industry-liaison');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedStep(element)).to.equal('programme-designer');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedStep(element), 'Down moves to the next path of the fork').to.equal('industry-liaison');
      await sendKeys({ press: 'End' });
      expect(focusedStep(element)).to.equal('lead');
      await sendKeys({ press: 'Home' });
      expect(focusedStep(element)).to.equal('associate');
      await element.updateComplete;
      expect(button(element, 'associate').tabIndex).to.equal(0);
      expect(button(element, 'practitioner').tabIndex).to.equal(-1);
    });

    it('mirrors Left and Right right to left', async () => {
      const container = await fixture<HTMLElement>(
        html`<div lang="he" dir="rtl">
          <lp-career-track .data=${sample} .now=${NOW} current=${MID_CAREER} orientation="horizontal"></lp-career-track>
        </div>`,
      );
      const element = await shown(container.querySelector('lp-career-track')!);
      await focusStep(element, 'practitioner');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedStep(element)).to.equal('programme-designer');
      await sendKeys({ press: 'ArrowLeft' });
      expect(focusedStep(element)).to.equal('industry-liaison');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(focusedStep(element)).to.equal('associate');
      expect(text(stepItem(element, 'associate').querySelector('.position'))).to.equal('שלב 1 מתוך 7');
    });

    it('moves with Up and Down in the vertical layout, and opens and closes a step with Enter and Space', async () => {
      const element = await trackFor(AT_A_BRANCH, { orientation: 'vertical' });
      await focusStep(element, 'practitioner');
      await sendKeys({ press: 'ArrowDown' });
      expect(focusedStep(element)).to.equal('programme-designer');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(focusedStep(element)).to.equal('associate');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const toggle = button(element, 'programme-designer');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const details = shadow(element).getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(details.classList.contains('details')).to.equal(true);
      expect(text(details)).to.contain('Requirements');
      expect(reports.selections.map((event) => event.detail.step.id)).to.deep.equal(['programme-designer']);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.hasAttribute('aria-controls')).to.equal(false);
      expect(details.isConnected).to.equal(false);
      expect(reports.selections, 'closing is not a selection').to.have.length(1);
      await expect(element).to.be.accessible();
    });
  });

  describe('details', () => {
    it('lists each requirement with the required and current level from the model, the courses and the credential', async () => {
      const element = await trackFor(AT_A_BRANCH);
      button(element, 'programme-designer').click();
      await element.updateComplete;
      const details = stepItem(element, 'programme-designer').querySelector('.details')!;
      const requirements = [...details.querySelectorAll('.requirement')].map(text);
      expect(requirements).to.have.length(8);
      expect(requirements).to.include(
        '✗ Programmes for external customers 1 level below Required: Advanced (4) · Current: Proficient (3)',
      );
      expect(requirements).to.include('✓ Cooperation Met Required: Proficient (3) · Current: Proficient (3)');
      const links = [...details.querySelectorAll<HTMLAnchorElement>('a.course__link')];
      expect(links.length).to.be.greaterThan(0);
      for (const link of links) expect(link.href).to.match(/^https?:\/\//);
      await expect(element).to.be.accessible();

      button(element, 'practitioner').click();
      await element.updateComplete;
      expect(stepItem(element, 'programme-designer').querySelector('.details')).to.equal(null);
      const credential = text(stepItem(element, 'practitioner').querySelector('.credential'));
      expect(credential).to.equal('Learning Professional micro-credential micro-credential · 10 ECTS · EQF level 7');
    });

    it('reports a followed course link with lp-course-select and a courseSelected statement', async () => {
      const element = await trackFor(AT_A_BRANCH);
      button(element, 'programme-designer').click();
      await element.updateComplete;
      const link = stepItem(element, 'programme-designer').querySelector<HTMLAnchorElement>('a.course__link')!;
      link.click();
      expect(reports.courses).to.have.length(1);
      const course = reports.courses[0]!.detail.course;
      expect(link.href).to.equal(course.url);
      const selected = reports.statements.filter((statement) => statement.verb.id.endsWith('/selected'));
      expect(selected.map((statement) => statement.object)).to.deep.include({
        objectType: 'Activity',
        id: course.id,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/course',
          name: typeof course.name === 'string' ? { en: course.name } : course.name,
        },
      });
    });
  });

  describe('statements', () => {
    it('sends careerStepSelected when a step is opened, and it reaches the LRS valid', async () => {
      const { element, registration } = await recordedTrack(AT_A_BRANCH);
      button(element, 'industry-liaison').click();
      await element.updateComplete;
      expect(reports.selections[0]?.detail.status).to.equal('available');
      expect(reports.selections[0]?.detail.track.id).to.equal(track.id);
      const [stored] = await storedStatements(registration, 1);
      expect(stored?.verb.id).to.equal('http://id.tincanapi.com/verb/selected');
      expect(stored?.object).to.deep.include({ id: `${track.id}/steps/industry-liaison` });
      expect(stored?.context?.contextActivities?.parent?.[0]?.id).to.equal(track.id);
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
    });

    it('follows level changes for its person and reports a completed step and the progress once', async () => {
      const before = JSON.stringify(sample);
      const { element, registration } = await recordedTrack(AT_A_BRANCH);
      expect(stepItem(element, 'programme-designer').dataset.status).to.equal('current');
      // Someone else's levels change nothing.
      document.dispatchEvent(levelChange(MID_CAREER, EXTERNAL_PROGRAMMES, 5, 3));
      document.dispatchEvent(levelChange(AT_A_BRANCH, EXTERNAL_PROGRAMMES, 4, 3));
      await element.updateComplete;
      expect(stepItem(element, 'programme-designer').dataset.status).to.equal('achieved');
      expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('Step achieved: Programme Designer');
      // The same event again, a re-render, a level going down and up again: still one of each.
      document.dispatchEvent(levelChange(AT_A_BRANCH, EXTERNAL_PROGRAMMES, 4, 4));
      element.requestUpdate();
      await element.updateComplete;
      document.dispatchEvent(levelChange(AT_A_BRANCH, EXTERNAL_PROGRAMMES, 3, 4));
      await element.updateComplete;
      expect(stepItem(element, 'programme-designer').dataset.status).to.equal('current');
      document.dispatchEvent(levelChange(AT_A_BRANCH, EXTERNAL_PROGRAMMES, 4, 3));
      await element.updateComplete;
      expect(renderedStatuses(element)).to.deep.equal(
        modelStatuses({ ...profileById(sample, AT_A_BRANCH)!.levels, [EXTERNAL_PROGRAMMES]: 4 }),
      );

      const sent = reports.statements.map((statement) => statement.verb.id.split('/').pop());
      expect(sent).to.deep.equal(['completed', 'progressed']);
      const stored = await storedStatements(registration, 2);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const all = await storedStatements(registration, 2);
      expect(all, 'no duplicates in the LRS').to.have.length(2);
      const completed = stored.find((statement) => statement.verb.id.endsWith('/completed'))!;
      const progressed = stored.find((statement) => statement.verb.id.endsWith('/progressed'))!;
      expect(completed.object).to.deep.include({ id: `${track.id}/steps/programme-designer` });
      expect(completed.result?.completion).to.equal(true);
      // Programme Designer is the third of four columns: associate, practitioner, the paths, lead.
      expect(progressed.result?.extensions?.[PROGRESS]).to.equal(75);
      expect((await validateStatements(stored)).flat()).to.deep.equal([]);
      expect(JSON.stringify(sample), 'the document is never changed').to.equal(before);
    });
  });

  describe('states', () => {
    it('shows that it is loading, then the track', async () => {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      const original = window.fetch;
      window.fetch = async (input, init) => {
        const url = input instanceof Request ? input.url : input.toString();
        if (url.endsWith('lp-sample.json')) await held;
        return original(input, init);
      };
      try {
        const element = await fixture<LpCareerTrack>(html`<lp-career-track src=${SAMPLE}></lp-career-track>`);
        await waitUntil(() => shadow(element).querySelector('[aria-busy="true"]'), 'a busy state');
        expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('Loading…');
        await expect(element).to.be.accessible();
        release();
        await shown(element);
      } finally {
        window.fetch = original;
      }
    });

    it('says so when there is no track', async () => {
      const element = await fixture<LpCareerTrack>(
        html`<lp-career-track .data=${{ ...sample, tracks: [] }}></lp-career-track>`,
      );
      await waitUntil(() => text(shadow(element).querySelector('.state__message')) !== '');
      expect(text(shadow(element).querySelector('.state__message'))).to.equal('There is no career track to show.');
      expect(reports.errors).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('keeps the usable steps of bad data, and opened steps link only to http(s)', async () => {
      const bad = structuredClone(sample) as unknown as { courses: Record<string, unknown>[] };
      bad.courses[0]!.url = 'javascript:window.hacked=true';
      const element = await fixture<LpCareerTrack>(
        html`<lp-career-track .data=${bad} .now=${NOW} current=${MID_CAREER}></lp-career-track>`,
      );
      await shown(element);
      expect(shadow(element).querySelector('details.data-problems')).not.to.equal(null);
      for (const id of ['associate', 'practitioner']) {
        button(element, id).click();
        await element.updateComplete;
        for (const link of shadow(element).querySelectorAll<HTMLAnchorElement>('a[href]')) {
          expect(link.href).to.match(/^https?:/);
        }
      }
      expect((window as { hacked?: boolean }).hacked).to.equal(undefined);
      expect(reports.errors).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('names the track attribute when it names no track, once', async () => {
      const element = await fixture<LpCareerTrack>(
        html`<lp-career-track .data=${sample} track="https://lp-elements.example/tracks/nope"></lp-career-track>`,
      );
      await waitUntil(() => shadow(element).querySelector('[role="alert"]'));
      const alert = shadow(element).querySelector('[role="alert"]')!;
      expect(text(alert.querySelector('code'))).to.equal('track');
      await expect(element).to.be.accessible();
      expect(text(alert.querySelector('dd'))).to.equal(
        'The data has no career track "https://lp-elements.example/tracks/nope" (attribute track).',
      );
      element.requestUpdate();
      await element.updateComplete;
      expect(reports.errors).to.have.length(1);
      expect(reports.errors[0]?.detail).to.deep.include({ source: 'attribute' });
      expect(reports.warnings.filter((warning) => warning.includes('nope'))).to.have.length(1);
      element.track = track.id;
      await shown(element);
      await expect(element).to.be.accessible();
    });

    it('shows the track without a person when current names no profile, and says why', async () => {
      const element = await trackFor('person-nobody');
      expect(text(shadow(element).querySelector('[part="notice"]'))).to.equal(
        'The data has no profile "person-nobody" (attribute current), so the track is shown without personal progress.',
      );
      expect(renderedStatuses(element)).to.deep.equal(modelStatuses({}));
      expect(reports.errors.map((event) => event.detail.problems[0]?.path)).to.deep.equal(['current']);
      await expect(element).to.be.accessible();
    });
  });

  describe('layout, languages and themes', () => {
    it('is horizontal when the whole track fits, vertical when narrow, and as asked', async () => {
      const container = await fixture<HTMLElement>(
        html`<div style="inline-size: 1400px">
          <lp-career-track .data=${sample} .now=${NOW} current=${AT_A_BRANCH}></lp-career-track>
        </div>`,
      );
      const element = await shown(container.querySelector('lp-career-track')!);
      const layout = () => shadow(element).querySelector('.track')?.classList.contains('track--horizontal');
      await waitUntil(() => layout() === true, 'horizontal when wide');
      container.style.inlineSize = '320px';
      await waitUntil(() => layout() === false, 'vertical when narrow');
      expect(element.layout).to.equal('vertical');
      element.orientation = 'horizontal';
      await element.updateComplete;
      expect(layout()).to.equal(true);
      expect(element.getAttribute('orientation')).to.equal('horizontal');
      await expect(element).to.be.accessible();
    });

    it('speaks the page language, in every shipped one', async () => {
      const expected: Record<string, string> = {
        de: 'Schritt 3 von 7',
        fr: 'Étape 3 sur 7',
        da: 'Trin 3 af 7',
        nl: 'Stap 3 van 7',
        et: 'Samm 3/7',
        cs: 'Krok 3 z 7',
        he: 'שלב 3 מתוך 7',
      };
      for (const [lang, position] of Object.entries(expected)) {
        const container = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <lp-career-track .data=${sample} .now=${NOW} current=${AT_A_BRANCH}></lp-career-track>
          </div>`,
        );
        const element = await shown(container.querySelector('lp-career-track')!);
        expect(text(stepItem(element, 'programme-designer').querySelector('.position')), lang).to.equal(position);
        expect(text(stepItem(element, 'programme-designer').querySelector('.status')), lang).not.to.equal(
          'Current step',
        );
      }
    });

    it('writes German data in German and marks English data on a French page', async () => {
      const german = await fixture<HTMLElement>(
        html`<div lang="de">
          <lp-career-track .data=${sample} .now=${NOW} current=${MID_CAREER}></lp-career-track>
        </div>`,
      );
      const element = await shown(german.querySelector('lp-career-track')!);
      expect(text(shadow(element).querySelector('.track-title'))).to.equal('Karrierepfad Learning Professional');
      expect(text(stepItem(element, 'practitioner').querySelector('.fact--requirements'))).to.equal(
        '12 von 14 Anforderungen erfüllt',
      );
      const french = await fixture<HTMLElement>(
        html`<div lang="fr">
          <lp-career-track .data=${sample} .now=${NOW} current=${MID_CAREER}></lp-career-track>
        </div>`,
      );
      const frenchTrack = await shown(french.querySelector('lp-career-track')!);
      expect(stepItem(frenchTrack, 'practitioner').querySelector('.title bdi')?.getAttribute('lang')).to.equal('en');
      expect(shadow(frenchTrack).querySelector('.progress-summary')?.textContent.trim()).to.equal(
        'Amira Haddad\u202f: 1 étape validée sur 7',
      );
    });

    it('is accessible in dark and forced colours, and takes its custom properties', async () => {
      const element = await trackFor(AT_A_BRANCH);
      button(element, 'programme-designer').click();
      await element.updateComplete;
      for (const media of [{ 'prefers-color-scheme': 'dark' }, { 'forced-colors': 'active' }] as const) {
        await emulateMedia(media);
        await expect(element).to.be.accessible();
      }
      await emulateMedia({});
      element.style.setProperty('--lp-career-track-marker-size', '3rem');
      const marker = shadow(element).querySelector('.marker')!;
      expect(marker.getBoundingClientRect().width).to.equal(48);
    });
  });
});

runDataSourceSuite({ tag: 'lp-career-track', attributes: { current: 'person-amira' }, shows: 'li[data-step]' });
