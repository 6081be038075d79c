import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { personGaps, profileById, recommendCourses, type DataDocument } from '@lp-elements/model';
import { listen, localLrs, storedStatements, validateStatements } from '@lp-elements/test-support';
import {
  courseSelected,
  matrixInteracted,
  randomUuid,
  skillSelfAssessed,
  type PartialStatement,
} from '@lp-elements/xapi';
import { sendKeys } from '@web/test-runner-commands';
import { brokenRules, hasDeterminingProperties } from '../../../xapi/src/profile/match-template.js';
import type { StatementTemplate } from '../../../xapi/src/profile/profile-types.js';
import { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import '../xapi-recorder/define.js';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;

const SAMPLE = '/packages/model/sample/lp-sample.json';
const PROFILE = '/packages/xapi/profile/lp-elements-profile.jsonld';
const NOW = new Date(2026, 10, 28, 12);
const HOME = 'https://university.example';
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;
let templates: readonly StatementTemplate[];

const $ = (element: LpSkillGapMatrix, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);

async function matrixIn(container: HTMLElement): Promise<LpSkillGapMatrix> {
  const element = container.querySelector('lp-skill-gap-matrix')!;
  await waitUntil(() => element.shadowRoot?.querySelector('table'), 'the matrix renders', { timeout: RENDER_TIMEOUT });
  await element.updateComplete;
  return element;
}

/** The profile's templates a statement follows: it must be exactly one, with none of its rules broken. */
function followedTemplates(statement: unknown): string[] {
  const matching = templates.filter((template) => hasDeterminingProperties(template, statement));
  for (const template of matching) expect(brokenRules(template, statement), template.id).to.deep.equal([]);
  return matching.map((template) => template.id.split('/').pop() ?? '');
}

const press = (key: string) => sendKeys({ press: key });

/** Puts the focus on the current level of the grid's first skill. */
async function focusFirstLevel(element: LpSkillGapMatrix): Promise<void> {
  $(element, '.toolbar__csv')!.focus();
  await press('Tab');
  await press('ArrowRight');
  await press('ArrowRight');
}

describe('<lp-skill-gap-matrix> events and statements', function () {
  this.timeout(30_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
    templates = ((await (await fetch(PROFILE)).json()) as { templates: StatementTemplate[] }).templates;
  });

  it('says what a self-assessment changed with a typed lp-level-change event', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-skill-gap-matrix
          .data=${sample}
          current="person-jonas"
          required="lp-practitioner"
          editable
        ></lp-skill-gap-matrix>
      </div>`,
    );
    const element = await matrixIn(container);
    const { events, stop } = listen('lp-level-change');
    try {
      await focusFirstLevel(element);
      await press('3');
      const persuasion = $(element, `tr[data-skill="${SKILL('persuasion')}"] td.editable`)!;
      persuasion.click();
      await waitUntil(() => $(element, '#chooser')?.matches(':popover-open'));
      await press('Enter');
      expect(events).to.have.length(2);
      const [first, second] = events;
      expect(first).to.be.instanceOf(LpLevelChangeEvent);
      expect(first?.bubbles && first.composed).to.equal(true);
      expect(first?.detail).to.deep.equal({
        person: 'person-jonas',
        skill: SKILL('communication'),
        oldLevel: 2,
        newLevel: 3,
      });
      expect(second?.detail, 'a skill not assessed before has no old level').to.deep.equal({
        person: 'person-jonas',
        skill: SKILL('persuasion'),
        oldLevel: undefined,
        newLevel: 1,
      });
      expect(element.levels['person-jonas']).to.include({ [SKILL('communication')]: 3, [SKILL('persuasion')]: 1 });
      expect(profileById(sample, 'person-jonas')?.levels, 'the data is untouched').to.deep.include({
        [SKILL('communication')]: 2,
      });
      expect(profileById(sample, 'person-jonas')?.levels).not.to.have.property(SKILL('persuasion'));
    } finally {
      stop();
    }
  });

  it('records a self-assessment that follows the profile, passes Learning Locker’s validator and reaches the LRS', async () => {
    const { endpoint, auth } = await localLrs();
    const registration = randomUuid();
    const container = await fixture<HTMLElement>(html`
      <lp-xapi-recorder
        endpoint=${endpoint}
        auth=${auth}
        registration=${registration}
        queue-name="lp-matrix-${registration}"
        actor-home-page=${HOME}
        actor-name="amira"
      >
        <lp-skill-gap-matrix .data=${sample} current="person-amira" editable></lp-skill-gap-matrix>
      </lp-xapi-recorder>
    `);
    const element = await matrixIn(container);
    const { events, stop } = listen('lp-xapi-statement');
    try {
      await focusFirstLevel(element);
      await press('+');
    } finally {
      stop();
    }
    const framework = sample.frameworks![0]!;
    const communication = framework.skills.find((skill) => skill.id === SKILL('communication'))!;
    const expected: PartialStatement = skillSelfAssessed(
      { id: communication.id, name: communication.name, lang: 'en' },
      { value: 4, min: 1, max: 5, name: 'Advanced' },
      { framework: { id: framework.id, name: framework.name, lang: 'en' }, requiredLevel: 3 },
    );
    expect(events).to.have.length(1);
    expect(events[0]).to.be.instanceOf(LpXapiStatementEvent);
    expect(events[0]?.detail.statement).to.deep.equal(expected);

    const [stored] = await storedStatements(registration, 1);
    expect((await validateStatements([stored])).flat()).to.deep.equal([]);
    expect(followedTemplates(stored)).to.deep.equal(['skill-self-assessed']);
    expect(stored?.object).to.deep.include({ id: SKILL('communication') });
    expect(stored?.result?.score).to.deep.equal({ raw: 4, min: 1, max: 5, scaled: 0.75 });
    expect(stored?.result?.response).to.equal('Advanced');
    expect(stored?.context?.extensions).to.deep.equal({
      'https://w3id.org/xapi/lp-elements/extensions/required-level': 3,
    });
  });

  it('records no self-assessment for levels set in a team view', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <lp-skill-gap-matrix
          .data=${sample}
          current="person-amira person-noa"
          required="lp-associate"
          editable
        ></lp-skill-gap-matrix>
      </div>`,
    );
    const element = await matrixIn(container);
    const { events, stop } = listen('lp-level-change', 'lp-xapi-statement');
    try {
      await focusFirstLevel(element);
      await press('5');
      expect(events.map((event) => event.type)).to.deep.equal(['lp-level-change']);
    } finally {
      stop();
    }
  });

  describe('recommended courses as links', () => {
    it('fires lp-course-select and a course-selected statement that reaches the LRS, and navigates', async () => {
      const { endpoint, auth } = await localLrs();
      const registration = randomUuid();
      const container = await fixture<HTMLElement>(html`
        <lp-xapi-recorder endpoint=${endpoint} auth=${auth} registration=${registration} actor-home-page=${HOME}>
          <lp-skill-gap-matrix .data=${sample} current="person-jonas" recommend .now=${NOW}></lp-skill-gap-matrix>
        </lp-xapi-recorder>
      `);
      const element = await matrixIn(container);
      expect(customElements.get('lp-course-card'), 'this page has no course card').to.equal(undefined);
      const gaps = personGaps(sample, profileById(sample, 'person-jonas')!, profileById(sample, 'lp-associate')!);
      const [first] = recommendCourses(sample, gaps, { now: NOW, limit: 5 });
      const { events, stop } = listen('lp-course-select', 'lp-xapi-statement');
      let navigates: boolean | undefined;
      const stayHere = (event: MouseEvent) => {
        navigates = !event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', stayHere);
      try {
        $(element, '.course__link')!.click();
      } finally {
        window.removeEventListener('click', stayHere);
        stop();
      }
      expect(navigates, 'the link still navigates').to.equal(true);
      expect(events.map((event) => event.type)).to.deep.equal(['lp-xapi-statement', 'lp-course-select']);
      const [statement, select] = events as [LpXapiStatementEvent, LpCourseSelectEvent];
      expect(statement.detail.statement).to.deep.equal(
        courseSelected({ id: first!.course.id, name: first!.course.name, lang: 'en' }),
      );
      expect(select).to.be.instanceOf(LpCourseSelectEvent);
      expect(select.detail.course).to.equal(first!.course);
      const [stored] = await storedStatements(registration, 1);
      expect((await validateStatements([stored])).flat()).to.deep.equal([]);
      expect(followedTemplates(stored)).to.deep.equal(['course-selected']);
    });

    it('stays on the page when the host cancels lp-course-select', async () => {
      const container = await fixture<HTMLElement>(
        html`<div>
          <lp-skill-gap-matrix .data=${sample} current="person-jonas" recommend .now=${NOW}></lp-skill-gap-matrix>
        </div>`,
      );
      const element = await matrixIn(container);
      const cancel = (event: Event) => {
        event.preventDefault();
      };
      document.addEventListener('lp-course-select', cancel);
      let navigates: boolean | undefined;
      const stayHere = (event: MouseEvent) => {
        navigates = !event.defaultPrevented;
        event.preventDefault();
      };
      window.addEventListener('click', stayHere);
      try {
        $(element, '.course__link')!.click();
      } finally {
        window.removeEventListener('click', stayHere);
        document.removeEventListener('lp-course-select', cancel);
      }
      expect(navigates).to.equal(false);
    });

    it('offers a button for a course without a link, and renders only http(s) links', async () => {
      const courses = (sample.courses ?? []).map(({ url: _, ...course }) => course);
      const container = await fixture<HTMLElement>(
        html`<div>
          <lp-skill-gap-matrix
            .data=${{ ...sample, courses }}
            current="person-jonas"
            recommend
            .now=${NOW}
          ></lp-skill-gap-matrix>
        </div>`,
      );
      const element = await matrixIn(container);
      expect(element.shadowRoot!.querySelectorAll('.recommendations a')).to.have.length(0);
      const { events, stop } = listen('lp-course-select', 'lp-xapi-statement');
      try {
        $(element, 'button.course__link')!.click();
      } finally {
        stop();
      }
      expect(events.map((event) => event.type)).to.deep.equal(['lp-xapi-statement', 'lp-course-select']);
      const hrefs = [...element.shadowRoot!.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
      expect(hrefs.every((href) => href?.startsWith('https://'))).to.equal(true);
    });
  });

  it('records a change of order as a matrix interaction that follows the profile', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><lp-skill-gap-matrix .data=${sample} current="team-lp-network"></lp-skill-gap-matrix></div>`,
    );
    const element = await matrixIn(container);
    const { events, stop } = listen('lp-xapi-statement');
    try {
      const select = $(element, '.toolbar select') as HTMLSelectElement;
      select.value = 'coverage';
      select.dispatchEvent(new Event('change'));
      await element.updateComplete;
    } finally {
      stop();
    }
    const framework = sample.frameworks![0]!;
    const partial = matrixInteracted({ id: `${framework.id}#skill-gap-matrix`, name: { en: 'Skill gaps' } }, 'sort');
    expect(events.map((event) => event.detail.statement)).to.deep.equal([partial]);
    expect(element.sort).to.equal('coverage');
    expect($(element, '[role="status"][aria-live="polite"]')?.textContent).to.match(/^Sorted by fewest meeting it\. /);
    const statement = {
      ...partial,
      id: randomUuid(),
      actor: { objectType: 'Agent', account: { homePage: HOME, name: 'anon' } },
      timestamp: new Date().toISOString(),
      context: {
        ...partial.context,
        registration: randomUuid(),
        contextActivities: {
          category: [
            {
              objectType: 'Activity',
              id: 'https://w3id.org/xapi/lp-elements/v1',
              definition: { type: 'http://adlnet.gov/expapi/activities/profile' },
            },
          ],
        },
      },
    };
    expect((await validateStatements([statement])).flat()).to.deep.equal([]);
    expect(followedTemplates(statement)).to.deep.equal(['matrix-interacted']);
  });
});
