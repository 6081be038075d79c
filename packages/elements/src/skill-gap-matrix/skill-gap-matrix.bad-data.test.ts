import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearDataDocumentCache, type DataDocument } from '@lp-elements/model';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';
import { runDataSourceSuite, watchReports } from '@lp-elements/test-support';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;

const SAMPLE = '/packages/model/sample/lp-sample.json';
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;

const $ = (element: LpSkillGapMatrix, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);

/**
 * A page with the matrix under test and a well-configured neighbour, which must keep working
 * whatever the first one was given.
 */
async function page(matrix: ReturnType<typeof html>, lang = 'en') {
  const container = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      ${matrix}
      <lp-skill-gap-matrix class="neighbour" .data=${sample} current="person-amira"></lp-skill-gap-matrix>
    </div>`,
  );
  const [element, neighbour] = [...container.querySelectorAll('lp-skill-gap-matrix')] as [
    LpSkillGapMatrix,
    LpSkillGapMatrix,
  ];
  await waitUntil(
    () => element.shadowRoot?.querySelector('table, .data-problems--failure, .empty'),
    'the matrix renders something',
    { timeout: RENDER_TIMEOUT },
  );
  await waitUntil(() => neighbour.shadowRoot?.querySelector('table'), 'the neighbour renders its matrix', {
    timeout: RENDER_TIMEOUT,
  });
  await element.updateComplete;
  return { element, neighbour };
}

/** The problems listed in a failure panel or notice: attribute (or JSON path) and message. */
const listed = (element: LpSkillGapMatrix) =>
  [...element.shadowRoot!.querySelectorAll('.data-problems dt')].map((term) => ({
    path: term.textContent.trim(),
    message: term.nextElementSibling?.textContent.trim(),
  }));

describe('<lp-skill-gap-matrix> with bad input', function () {
  this.timeout(20_000);
  let reports: ReturnType<typeof watchReports>;

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });
  beforeEach(() => {
    clearDataDocumentCache();
    reports = watchReports();
  });
  afterEach(() => {
    reports.stop();
  });

  const attributeCases = [
    {
      name: 'an unknown person',
      matrix: () => html`<lp-skill-gap-matrix .data=${sample} current="person-nobody"></lp-skill-gap-matrix>`,
      problems: [{ path: 'current', message: 'no profile has the id "person-nobody"' }],
    },
    {
      name: 'no current at all',
      matrix: () => html`<lp-skill-gap-matrix .data=${sample}></lp-skill-gap-matrix>`,
      problems: [
        { path: 'current', message: 'name a person’s profile id, several separated by spaces, or a team’s id' },
      ],
    },
    {
      name: 'an unknown requirement',
      matrix: () =>
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-amira"
          required="lp-astronaut"
        ></lp-skill-gap-matrix>`,
      problems: [{ path: 'required', message: 'no profile has the id "lp-astronaut"' }],
    },
    {
      name: 'people without a shared role',
      matrix: () =>
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira person-jonas"></lp-skill-gap-matrix>`,
      problems: [
        {
          path: 'required',
          message: 'name the role, programme or career step to compare with: the people have no role in common',
        },
      ],
    },
    {
      name: 'an unknown framework',
      matrix: () =>
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-amira"
          framework="https://lp-elements.example/frameworks/nothing"
        ></lp-skill-gap-matrix>`,
      problems: [
        { path: 'framework', message: 'no framework has the id "https://lp-elements.example/frameworks/nothing"' },
      ],
    },
    {
      name: 'a team without members',
      matrix: () =>
        html`<lp-skill-gap-matrix
          .data=${{ ...sample, profiles: [...(sample.profiles ?? []), { id: 'team-empty', kind: 'team', name: 'Empty', members: [] }] }}
          current="team-empty"
          required="lp-associate"
        ></lp-skill-gap-matrix>`,
      problems: [{ path: 'current', message: 'the team "team-empty" has no members in the data' }],
    },
  ];

  for (const { name, matrix, problems } of attributeCases) {
    it(`names the attribute for ${name}, reports once and leaves the page working`, async () => {
      const { element, neighbour } = await page(matrix());
      expect($(element, '[role="alert"]')).not.to.equal(null);
      expect(listed(element)).to.deep.equal(problems);
      expect(reports.events).to.have.length(1);
      expect(reports.events[0]?.detail.source).to.equal('attributes');
      expect(reports.events[0]?.detail.problems.map((problem) => problem.path)).to.deep.equal(
        problems.map((problem) => problem.path),
      );
      expect(reports.warnings).to.have.length(1);
      expect(reports.warnings[0]).to.contain(problems[0]!.path);
      element.requestUpdate();
      await element.updateComplete;
      expect(reports.events, 'a re-render reports nothing new').to.have.length(1);
      expect(neighbour.shadowRoot!.querySelectorAll('tbody tr[data-skill]').length).to.be.above(0);
      await expect(element).to.be.accessible();
    });
  }

  it('says it in the page’s language', async () => {
    const { element } = await page(
      html`<lp-skill-gap-matrix .data=${sample} current="person-nobody"></lp-skill-gap-matrix>`,
      'de',
    );
    expect($(element, '.data-problems__title')?.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Dieser Inhalt kann nicht angezeigt werden (1 Problem)',
    );
    expect(listed(element)).to.deep.equal([
      { path: 'current', message: 'Es gibt kein Profil mit der ID „person-nobody“' },
    ]);
  });

  it('shows the people it knows when some of several are unknown, and lists the others', async () => {
    const { element } = await page(
      html`<lp-skill-gap-matrix .data=${sample} current="person-amira ghost person-kadri" required="lp-practitioner">
      </lp-skill-gap-matrix>`,
    );
    const people = [...element.shadowRoot!.querySelectorAll('thead th.person')].map((cell) => cell.textContent.trim());
    expect(people).to.deep.equal(['Amira Haddad', 'Kadri Tamm']);
    expect($(element, 'details.data-problems summary')?.textContent).to.equal('One attribute value could not be used:');
    expect(listed(element)).to.deep.equal([{ path: 'current', message: 'no profile has the id "ghost"' }]);
    expect(reports.events).to.have.length(1);
  });

  it('keeps the framework’s order for an unknown sort or grouping, and says so', async () => {
    const { element } = await page(
      html`<lp-skill-gap-matrix
        .data=${sample}
        current="person-amira"
        sort="random"
        group="colour"
      ></lp-skill-gap-matrix>`,
    );
    expect(listed(element).map((problem) => problem.path)).to.deep.equal(['sort', 'group']);
    expect(listed(element)[0]?.message).to.equal('"random" is not one of: group, name, gap, coverage');
    expect(element.shadowRoot!.querySelectorAll('.group-row').length).to.be.above(1);
    expect(reports.events).to.have.length(1);
  });

  for (const [name, data] of [
    ['a number', 42],
    ['an array', []],
    ['frameworks as a string', { frameworks: 'LP' }],
  ] as const) {
    it(`copes with ${name} as data`, async () => {
      const { element } = await page(
        html`<lp-skill-gap-matrix .data=${data} current="person-amira"></lp-skill-gap-matrix>`,
      );
      expect($(element, '.data-problems--failure, .empty')).not.to.equal(null);
      expect(reports.events.length).to.be.at.most(2);
    });
  }

  it('leaves out the broken parts of the data, says which, and shows the rest', async () => {
    const profiles = (sample.profiles ?? []).map((profile) =>
      profile.id === 'lp-practitioner'
        ? { ...profile, levels: { ...profile.levels, [SKILL('networking')]: 9, 'https://x.example/unknown': 2 } }
        : profile,
    );
    const { element } = await page(
      html`<lp-skill-gap-matrix .data=${{ ...sample, profiles }} current="person-amira"></lp-skill-gap-matrix>`,
    );
    expect($(element, 'details.data-problems--skipped summary')?.textContent).to.match(
      /parts? of the data (was|were) left out/,
    );
    const paths = listed(element).map((problem) => problem.path);
    expect(paths.some((path) => path.startsWith('$.profiles['))).to.equal(true);
    expect(reports.events).to.have.length(1);
    expect(reports.events[0]?.detail.problems.map((problem) => problem.code)).to.include.members([
      'level-not-on-scale',
      'unknown-skill',
    ]);
  });
});

runDataSourceSuite({ tag: 'lp-skill-gap-matrix', attributes: { current: 'person-amira' }, shows: 'table' });
