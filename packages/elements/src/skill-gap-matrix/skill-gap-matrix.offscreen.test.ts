import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { emulateMedia as emulateMediaType, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;
const SKILLS = 120;
const PEOPLE = 12;
const BASE = 'https://lp-elements.example/offscreen';

/** A team of `people` × `skillCount`; by default large enough that most of its rows are far out of view. */
function largeTeam(skillCount = SKILLS, people = PEOPLE): DataDocument {
  const skills = Array.from({ length: skillCount }, (_, index) => ({
    id: `${BASE}/skills/s${index}`,
    name: `Skill ${index}`,
  }));
  const members = Array.from({ length: people }, (_, index) => ({
    id: `person-${index}`,
    kind: 'person',
    name: `Person ${index}`,
    role: 'role',
    levels: Object.fromEntries(skills.map((skill, at) => [skill.id, 1 + ((index + at) % 5)])),
  }));
  return {
    lang: 'en',
    frameworks: [
      {
        id: `${BASE}/framework`,
        name: 'Large framework',
        scale: { levels: [1, 2, 3, 4, 5].map((value) => ({ value, name: `Level ${value}` })) },
        skills,
      },
    ],
    profiles: [
      {
        id: 'role',
        kind: 'role',
        name: 'Large role',
        levels: Object.fromEntries(skills.map((skill) => [skill.id, 3])),
      },
      ...members,
      { id: 'team', kind: 'team', name: 'Large team', members: members.map((person) => person.id) },
    ],
  } as DataDocument;
}

const $ = (element: LpSkillGapMatrix, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const skillRows = (element: LpSkillGapMatrix) => [
  ...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-skill]'),
];
/** Whether the browser renders an element, or skips it as part of a row out of view. */
const drawn = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true });
const focused = (element: LpSkillGapMatrix) => element.shadowRoot!.activeElement;

/**
 * The team grid just rendered, before a frame has passed: the matrix first waits with its data
 * read (no `current`), then is given the team, as the benchmark does.
 */
async function justRendered(dir: 'ltr' | 'rtl' = 'ltr', data = largeTeam()): Promise<LpSkillGapMatrix> {
  const container = await fixture<HTMLElement>(
    html`<div dir=${dir}><lp-skill-gap-matrix .data=${data}></lp-skill-gap-matrix></div>`,
  );
  const element = container.querySelector('lp-skill-gap-matrix')!;
  await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]'), 'waits for a subject', {
    timeout: RENDER_TIMEOUT,
  });
  element.setAttribute('current', 'team');
  await element.updateComplete;
  // Laid out (as a first render ends), so that which rows are skipped is settled.
  expect($(element, 'table').offsetHeight).to.be.above(0);
  return element;
}

const everyRowDrawn = (element: LpSkillGapMatrix) =>
  waitUntil(() => skillRows(element).every((row) => drawn(row.cells[2]!)), 'every row is drawn', {
    timeout: RENDER_TIMEOUT,
  });

describe('<lp-skill-gap-matrix> team grid rows out of view', function () {
  this.timeout(20_000);

  it('keeps a grid of up to 1,000 level cells a table whose columns fit their text', async () => {
    const small = await justRendered('ltr', largeTeam(40, 25));
    expect(getComputedStyle($(small, 'table')).display).to.equal('table');
    expect(skillRows(small).every((row) => getComputedStyle(row).contentVisibility === 'visible')).to.equal(true);
    const large = await justRendered();
    expect(getComputedStyle($(large, 'table')).display).to.equal('block');
    expect(getComputedStyle(skillRows(large)[0]!).contentVisibility).to.equal('auto');
  });

  it('has every cell in the DOM at once and draws the rows out of view in later frames', async () => {
    const element = await justRendered();
    const rows = skillRows(element);
    expect(rows).to.have.length(SKILLS);
    expect(element.shadowRoot!.querySelectorAll('td.level')).to.have.length(SKILLS * PEOPLE);
    expect(rows.at(-1)!.textContent, 'in the DOM, for find in page').to.contain(`Skill ${SKILLS - 1}`);
    expect(drawn(rows.at(-1)!.cells[2]!), 'the last row waits').to.equal(false);

    await everyRowDrawn(element);
    // Chromium leaves the cells of a skipped row out of the accessibility tree: none may stay skipped.
    for (const row of rows) {
      expect(row.hasAttribute('data-rendered'), row.dataset.skill).to.equal(true);
      expect([...row.cells].every(drawn), row.dataset.skill).to.equal(true);
    }
  });

  it('moves the focus into rows out of view with the keyboard, and shows them', async () => {
    const element = await justRendered();
    const last = skillRows(element).at(-1)!;
    expect(drawn(last.cells[2]!)).to.equal(false);
    $(element, '.toolbar__csv').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.textContent.trim()).to.equal('Skill 0');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    const cell = last.cells[2]!;
    expect(focused(element)).to.equal(cell);
    await waitUntil(() => drawn(cell), 'the focused row is drawn');
    const box = cell.getBoundingClientRect();
    const view = $(element, '.scroller--team').getBoundingClientRect();
    expect(box.top, 'scrolled into view').to.be.at.least(view.top - 1);
    expect(box.bottom, 'scrolled into view').to.be.at.most(view.bottom + 1);

    await sendKeys({ press: 'PageUp' });
    expect(focused(element)).to.equal(skillRows(element).at(-11)!.cells[2]);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    expect(focused(element)?.textContent.trim()).to.equal('Skill');
  });

  it('prints every row, as a table', async () => {
    const element = await justRendered();
    await emulateMediaType({ media: 'print' });
    try {
      expect(getComputedStyle($(element, 'table')).display).to.equal('table');
      for (const row of skillRows(element)) {
        expect(getComputedStyle(row).display, row.dataset.skill).to.equal('table-row');
        expect(drawn(row.cells[2]!), row.dataset.skill).to.equal(true);
      }
      expect(getComputedStyle($(element, 'thead')).position).to.equal('static');
    } finally {
      await emulateMediaType({ media: 'screen' });
    }
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`keeps every row’s cells under their column headers, with sticky headers (${dir})`, async () => {
      const element = await justRendered(dir);
      await everyRowDrawn(element);
      expect(getComputedStyle($(element, 'table')).display).to.equal('block');
      expect(getComputedStyle($(element, 'thead')).position).to.equal('sticky');
      const headers = [...element.shadowRoot!.querySelectorAll('thead th')];
      expect(getComputedStyle(headers[0]!).position).to.equal('sticky');
      const edges = (cells: Iterable<Element>) =>
        [...cells].map((cell) => Math.round(cell.getBoundingClientRect()[dir === 'rtl' ? 'right' : 'left']));
      const columns = edges(headers);
      for (const row of [skillRows(element)[0]!, skillRows(element).at(-1)!, $(element, 'tfoot tr')]) {
        expect(edges(row.children), row.dataset.skill ?? 'footer').to.deep.equal(columns);
      }
      const table = $(element, 'table').getBoundingClientRect();
      expect(columns[0], 'the skill column at the start').to.equal(
        Math.round(dir === 'rtl' ? table.right : table.left),
      );
      expect(getComputedStyle(skillRows(element).at(-1)!.cells[0]!).position).to.equal('sticky');
    });
  }
});
