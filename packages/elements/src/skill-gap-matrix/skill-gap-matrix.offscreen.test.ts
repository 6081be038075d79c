import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { emulateMedia as emulateMediaType, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;
const SKILLS = 120;
const PEOPLE = 12;
const BASE = 'https://lp-elements.example/offscreen';

/**
 * A team of `people` × `skillCount`; by default large enough that most of its rows are far out of
 * view. With `groups`, skill i is in group i mod `groups`, so rows are shown under headings.
 */
function largeTeam(skillCount = SKILLS, people = PEOPLE, groups = 0, name = 'Skill'): DataDocument {
  const skills = Array.from({ length: skillCount }, (_, index) => ({
    id: `${BASE}/skills/s${index}`,
    name: `${name} ${index}`,
    ...(groups > 0 ? { group: `g${index % groups}` } : {}),
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
        groups: Array.from({ length: groups }, (_, index) => ({ id: `g${index}`, name: `Group ${index}` })),
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
async function justRendered(dir: 'ltr' | 'rtl' = 'ltr', data = largeTeam(), sort = 'group'): Promise<LpSkillGapMatrix> {
  const container = await fixture<HTMLElement>(
    html`<div dir=${dir}><lp-skill-gap-matrix sort=${sort} .data=${data}></lp-skill-gap-matrix></div>`,
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

const busy = (element: LpSkillGapMatrix) => $(element, 'table').getAttribute('aria-busy');

/** Resolves once the grid has made its last row. */
const everyRowInDom = (element: LpSkillGapMatrix) =>
  waitUntil(() => busy(element) === null, 'every row is in the DOM', { timeout: RENDER_TIMEOUT });

const everyRowDrawn = async (element: LpSkillGapMatrix) => {
  await everyRowInDom(element);
  await waitUntil(() => skillRows(element).every((row) => drawn(row.cells[2]!)), 'every row is drawn', {
    timeout: RENDER_TIMEOUT,
  });
};

/** The grid's body as it reads: group headings and skill rows, in order. */
const bodyRows = (element: LpSkillGapMatrix) =>
  [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')].map(
    (row) => row.dataset.skill ?? `heading: ${row.textContent.trim()}`,
  );

/** A key pressed on the element in focus, handled before anything else happens (no frame passes). */
function keyNow(element: LpSkillGapMatrix, key: string, ctrlKey = false): void {
  focused(element)!.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey, bubbles: true, composed: true }));
}

describe('<lp-skill-gap-matrix> team grid rows out of view', function () {
  this.timeout(20_000);

  it('keeps a grid of up to 1,000 level cells a table whose columns fit their text', async () => {
    const small = await justRendered('ltr', largeTeam(40, 25));
    expect(getComputedStyle($(small, 'table')).display).to.equal('table');
    expect(skillRows(small), 'every row at once').to.have.length(40);
    expect(busy(small)).to.equal(null);
    expect(small.shadowRoot!.querySelector('tfoot')).to.not.equal(null);
    expect(skillRows(small).every((row) => getComputedStyle(row).contentVisibility === 'visible')).to.equal(true);
    const large = await justRendered();
    expect(getComputedStyle($(large, 'table')).display).to.equal('block');
    expect(getComputedStyle(skillRows(large)[0]!).contentVisibility).to.equal('auto');
  });

  it('draws the rows out of view in later frames', async () => {
    const element = await justRendered();
    await everyRowInDom(element);
    const rows = skillRows(element);
    expect(rows).to.have.length(SKILLS);
    expect(element.shadowRoot!.querySelectorAll('td.level')).to.have.length(SKILLS * PEOPLE);
    expect(rows.at(-1)!.textContent, 'in the DOM, for find in page').to.contain(`Skill ${SKILLS - 1}`);

    await everyRowDrawn(element);
    // Chromium leaves the cells of a skipped row out of the accessibility tree: none may stay skipped.
    for (const row of rows) {
      expect(row.hasAttribute('data-rendered'), row.dataset.skill).to.equal(true);
      expect([...row.cells].every(drawn), row.dataset.skill).to.equal(true);
    }
  });

  it('moves the focus into rows out of view with the keyboard, and shows them', async () => {
    const element = await justRendered();
    $(element, '.toolbar__csv').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.textContent.trim()).to.equal('Skill 0');

    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    const last = skillRows(element).at(-1)!;
    expect(last.dataset.skill).to.equal(`${BASE}/skills/s${SKILLS - 1}`);
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
    expect(skillRows(element).length).to.be.below(SKILLS);
    // Printing starts with `beforeprint`, then lays the page out for paper.
    window.dispatchEvent(new Event('beforeprint'));
    expect(skillRows(element), 'every row there before the page is laid out for paper').to.have.length(SKILLS);
    expect(busy(element)).to.equal(null);
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

describe('<lp-skill-gap-matrix> large team grid made over several frames', function () {
  this.timeout(20_000);

  it('makes the header and a first row at once, the rows in view in the first frame, the rest later', async () => {
    const element = await justRendered('ltr', largeTeam(SKILLS, PEOPLE, 4));
    expect(skillRows(element).length, 'no row beyond the first yet').to.be.below(SKILLS);
    expect(busy(element)).to.equal('true');
    expect(element.shadowRoot!.querySelector('tfoot'), 'the footer waits for the last row').to.equal(null);

    await nextFrame();
    const scroller = $(element, '.scroller--team').getBoundingClientRect();
    const lastRow = skillRows(element).at(-1)!.getBoundingClientRect();
    expect(lastRow.bottom, 'the first frame fills the view').to.be.at.least(Math.min(scroller.bottom, innerHeight));
    expect(skillRows(element).length, 'and makes no more than the view and a margin').to.be.below(SKILLS / 2);
    expect(busy(element)).to.equal('true');

    await everyRowInDom(element);
    const rows = skillRows(element);
    expect(rows).to.have.length(SKILLS);
    expect(new Set(rows.map((row) => row.dataset.skill)).size, 'no row twice').to.equal(SKILLS);
    expect(element.shadowRoot!.querySelectorAll('td.level')).to.have.length(SKILLS * PEOPLE);
    expect(element.shadowRoot!.querySelectorAll('tbody tr.group-row')).to.have.length(4);
    expect(element.shadowRoot!.querySelector('tfoot')).to.not.equal(null);
    expect(busy(element), 'aria-busy cleared').to.equal(null);
  });

  it('draws every row at once when Ctrl+End moves the focus to the last cell during the fill', async () => {
    const element = await justRendered();
    skillRows(element)[0]!.cells[0]!.focus();
    expect(busy(element)).to.equal('true');

    keyNow(element, 'End', true);
    expect(skillRows(element)).to.have.length(SKILLS);
    expect(busy(element)).to.equal(null);
    const footer = element.shadowRoot!.querySelector<HTMLTableRowElement>('tfoot tr')!;
    expect(focused(element), 'the grid’s last cell').to.equal(footer.cells[footer.cells.length - 1]);
    keyNow(element, 'ArrowUp');
    expect(focused(element), 'the last skill row').to.equal(skillRows(element).at(-1)!.cells[PEOPLE + 3]);
  });

  it('draws the rows an arrow down or Page Down moves into during the fill', async () => {
    const element = await justRendered();
    const drawnRows = skillRows(element).length;
    skillRows(element).at(-1)!.cells[2]!.click();

    keyNow(element, 'ArrowDown');
    expect(focused(element)).to.equal(skillRows(element)[drawnRows]!.cells[2]);
    keyNow(element, 'PageDown');
    expect(focused(element)).to.equal(skillRows(element)[drawnRows + 10]!.cells[2]);
    expect(focused(element)!.parentElement!.dataset.skill).to.equal(`${BASE}/skills/s${drawnRows + 10}`);
    expect(busy(element), 'the rest still follows').to.equal('true');
    await everyRowInDom(element);
    expect(skillRows(element)).to.have.length(SKILLS);
    expect(focused(element)!.parentElement!.dataset.skill, 'the focus stays').to.equal(
      `${BASE}/skills/s${drawnRows + 10}`,
    );
  });

  it('gives the right table after a level change and an attribute change during the fill', async () => {
    const element = await justRendered();
    await nextFrame();
    element.toggleAttribute('editable', true);
    await element.updateComplete;
    expect(busy(element)).to.equal('true');
    const cell = skillRows(element)[0]!.cells[2]!;
    expect(cell.textContent).to.contain('1');
    cell.click();
    keyNow(element, '+');
    await element.updateComplete;
    expect(busy(element), 'the fill goes on').to.equal('true');

    await everyRowInDom(element);
    const rows = skillRows(element);
    expect(rows.map((row) => row.dataset.skill)).to.deep.equal(
      Array.from({ length: SKILLS }, (_, index) => `${BASE}/skills/s${index}`),
    );
    expect(rows[0]!.cells[2]!.textContent).to.contain('2');
    expect(element.levels['person-0']![`${BASE}/skills/s0`]).to.equal(2);
    expect($(element, 'table').getAttribute('aria-readonly')).to.equal('false');
  });

  it('gives the same table as a grid sorted from the start after a sort during the fill', async () => {
    const data = largeTeam(SKILLS, PEOPLE, 4);
    const sorted = await justRendered('ltr', data, 'gap');
    await everyRowInDom(sorted);
    const expected = bodyRows(sorted);

    const element = await justRendered('ltr', data);
    await nextFrame();
    expect(busy(element)).to.equal('true');
    const select = $(element, '.toolbar__sort select') as HTMLSelectElement;
    select.value = 'gap';
    select.dispatchEvent(new Event('change'));
    await everyRowInDom(element);
    expect(bodyRows(element)).to.deep.equal(expected);
    expect(bodyRows(element)).to.not.deep.equal(bodyRows(await justRendered('ltr', data)));
  });

  it('goes on over new data during the fill, and starts again when the grid appears anew', async () => {
    const names = (element: LpSkillGapMatrix) => skillRows(element).map((row) => row.cells[0]!.textContent.trim());
    const element = await justRendered();
    await nextFrame();
    expect(busy(element)).to.equal('true');
    const drawnRows = skillRows(element).length;
    element.data = largeTeam(90, PEOPLE, 0, 'Other');
    await waitUntil(() => names(element)[0] === 'Other 0', 'the new data is read', { timeout: RENDER_TIMEOUT });
    expect(skillRows(element).length, 'the rows drawn stay').to.be.at.least(drawnRows);
    await everyRowInDom(element);
    expect(names(element), 'every row of the new data, none of the old').to.deep.equal(
      Array.from({ length: 90 }, (_, index) => `Other ${index}`),
    );

    element.data = largeTeam();
    await waitUntil(() => names(element)[0] === 'Skill 0', 'the new data is read', { timeout: RENDER_TIMEOUT });
    await everyRowInDom(element);
    expect(names(element)).to.deep.equal(Array.from({ length: SKILLS }, (_, index) => `Skill ${index}`));

    element.setAttribute('current', 'person-3');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.matrix--rows')).to.equal(null);
    expect(busy(element), 'a person’s table is made at once').to.equal(null);
    expect(skillRows(element)).to.have.length(SKILLS);
    element.setAttribute('current', 'team');
    await element.updateComplete;
    expect(skillRows(element).length, 'the team grid appears anew').to.be.below(SKILLS);
    expect(busy(element)).to.equal('true');
    await everyRowInDom(element);
    expect(names(element)).to.deep.equal(Array.from({ length: SKILLS }, (_, index) => `Skill ${index}`));
  });

  it('stops the fill while disconnected and finishes it when connected again', async () => {
    const element = await justRendered();
    const container = element.parentElement!;
    await nextFrame();
    const drawnRows = skillRows(element).length;
    element.remove();
    for (let frame = 0; frame < 4; frame += 1) await nextFrame();
    expect(skillRows(element)).to.have.length(drawnRows);
    container.append(element);
    await everyRowInDom(element);
    expect(skillRows(element)).to.have.length(SKILLS);
  });
});
