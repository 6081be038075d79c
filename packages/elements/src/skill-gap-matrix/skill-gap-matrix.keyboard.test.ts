import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { sendKeys } from '@web/test-runner-commands';
import type { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import './define.js';
import type { LpSkillGapMatrix } from './skill-gap-matrix.js';

/** The first matrix of a page also waits for the matrix's module, fetched on first use. */
const RENDER_TIMEOUT = 5000;

const SAMPLE = '/packages/model/sample/lp-sample.json';
const SKILL = (name: string) => `https://lp-elements.example/skills/${name}`;

let sample: DataDocument;

async function shown(template: ReturnType<typeof html>, lang = 'en'): Promise<LpSkillGapMatrix> {
  const container = await fixture<HTMLElement>(html`<div lang=${lang}>${template}</div>`);
  const element = container.querySelector('lp-skill-gap-matrix')!;
  await waitUntil(() => element.shadowRoot?.querySelector('table, .skill-list'), 'the matrix renders', {
    timeout: RENDER_TIMEOUT,
  });
  await element.updateComplete;
  return element;
}

const $ = (element: LpSkillGapMatrix, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const focused = (element: LpSkillGapMatrix) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Where the focus is in the grid: the row (`head`, `foot` or the skill) and the column index. */
function position(element: LpSkillGapMatrix): { row: string; column: number } {
  const cell = focused(element)?.closest('td, th') as HTMLTableCellElement | null;
  const row = cell?.parentElement as HTMLTableRowElement | null;
  const section = row?.parentElement?.localName;
  return {
    row: section === 'thead' ? 'head' : section === 'tfoot' ? 'foot' : (row?.dataset.skill ?? 'none'),
    column: cell?.cellIndex ?? -1,
  };
}

/** Tabs into the grid from the control before it. */
async function tabIntoGrid(element: LpSkillGapMatrix): Promise<void> {
  $(element, '.toolbar__csv')!.focus();
  await sendKeys({ press: 'Tab' });
}

/** Presses a key, or a combination such as `Control+End` (the modifier held down around the key). */
async function press(keys: string): Promise<void> {
  const [modifier, key] = keys.includes('+') && keys.length > 1 ? keys.split('+') : [undefined, keys];
  if (!modifier || !key) {
    await sendKeys({ press: keys });
    return;
  }
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

function levelChanges(): { events: LpLevelChangeEvent[]; stop: () => void } {
  const events: LpLevelChangeEvent[] = [];
  const keep = (event: LpLevelChangeEvent) => events.push(event);
  document.addEventListener('lp-level-change', keep);
  return {
    events,
    stop: () => {
      document.removeEventListener('lp-level-change', keep);
    },
  };
}

describe('<lp-skill-gap-matrix> keyboard', function () {
  this.timeout(20_000);

  before(async () => {
    sample = (await (await fetch(SAMPLE)).json()) as DataDocument;
  });

  it('is one tab stop; arrows, Home/End, Ctrl+Home/End and Page Up/Down move between cells', async () => {
    const element = await shown(
      html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
    );
    expect(element.shadowRoot!.querySelectorAll('table [tabindex="0"]')).to.have.length(1);
    await tabIntoGrid(element);
    expect(position(element)).to.deep.equal({ row: SKILL('communication'), column: 0 });
    expect(focused(element)?.localName, 'the skill cell passes the focus to its button').to.equal('button');

    await press('ArrowRight');
    expect(position(element)).to.deep.equal({ row: SKILL('communication'), column: 1 });
    await press('End');
    expect(position(element)).to.deep.equal({ row: SKILL('communication'), column: 3 });
    await press('ArrowRight');
    expect(position(element), 'stays at the row end').to.deep.equal({ row: SKILL('communication'), column: 3 });
    await press('ArrowDown');
    expect(position(element)).to.deep.equal({ row: SKILL('networking'), column: 3 });
    await press('Home');
    expect(position(element)).to.deep.equal({ row: SKILL('networking'), column: 0 });
    await press('ArrowUp');
    await press('ArrowUp');
    expect(position(element), 'the column headers are cells too').to.deep.equal({ row: 'head', column: 0 });
    await press('PageDown');
    const tenth = [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-skill]')][9];
    expect(position(element)).to.deep.equal({ row: tenth?.dataset.skill, column: 0 });
    await press('Control+End');
    const last = [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-skill]')].at(-1);
    expect(position(element)).to.deep.equal({ row: last?.dataset.skill, column: 3 });
    await press('Control+Home');
    expect(position(element)).to.deep.equal({ row: 'head', column: 0 });
    expect(element.shadowRoot!.querySelectorAll('table [tabindex="0"]'), 'still one tab stop').to.have.length(1);
  });

  it('leaves with Tab and comes back to the same cell', async () => {
    const element = await shown(
      html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
    );
    await tabIntoGrid(element);
    await press('ArrowDown');
    await press('ArrowRight');
    const before = position(element);
    await press('Tab');
    expect(focused(element)?.closest('table'), 'Tab leaves the grid').to.equal(null);
    await press('Shift+Tab');
    expect(position(element)).to.deep.equal(before);
  });

  it('mirrors left and right in right-to-left languages', async () => {
    const element = await shown(
      html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
      'he',
    );
    await tabIntoGrid(element);
    expect(position(element).column).to.equal(0);
    await press('ArrowLeft');
    expect(position(element), 'left goes on to the next column').to.deep.equal({
      row: SKILL('communication'),
      column: 1,
    });
    await press('ArrowLeft');
    await press('ArrowRight');
    expect(position(element), 'right goes back').to.deep.equal({ row: SKILL('communication'), column: 1 });
    const cell = focused(element)!.getBoundingClientRect();
    const header = element.shadowRoot!.querySelector('tbody th[scope="row"]')!.getBoundingClientRect();
    expect(cell.right, 'the next column is to the left').to.be.at.most(header.left + 1);
  });

  it('moves across people and the footer in the team view', async () => {
    const element = await shown(
      html`<lp-skill-gap-matrix .data=${sample} current="team-lp-network"></lp-skill-gap-matrix>`,
    );
    await tabIntoGrid(element);
    await press('End');
    expect(position(element).column).to.equal(8 + 3);
    await press('Control+End');
    expect(position(element)).to.deep.equal({ row: 'foot', column: 11 });
    await press('Home');
    expect(focused(element)?.textContent.trim()).to.equal('Required skills met');
  });

  it('moves the focus where a click lands', async () => {
    const element = await shown(
      html`<lp-skill-gap-matrix .data=${sample} current="person-amira"></lp-skill-gap-matrix>`,
    );
    $(element, `tr[data-skill="${SKILL('cooperation')}"] td:last-child`)!.click();
    expect(position(element)).to.deep.equal({ row: SKILL('cooperation'), column: 3 });
    await press('ArrowLeft');
    expect(position(element)).to.deep.equal({ row: SKILL('cooperation'), column: 2 });
  });

  describe('self-assessment', () => {
    it('sets a level with number keys and steps it with + and −, showing its description', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-amira" editable></lp-skill-gap-matrix>`,
      );
      const { events, stop } = levelChanges();
      try {
        await tabIntoGrid(element);
        await press('ArrowRight');
        await press('ArrowRight');
        expect(position(element)).to.deep.equal({ row: SKILL('communication'), column: 2 });
        expect($(element, '.edit-hint--active')?.textContent).to.contain(
          'Applies the skill independently in everyday work.',
        );
        await press('5');
        await press('-');
        await press('+');
        await press('+');
        await press('1');
        expect(events.map(({ detail }) => [detail.oldLevel, detail.newLevel])).to.deep.equal([
          [3, 5],
          [5, 4],
          [4, 5],
          [5, 1],
        ]);
        expect(
          events.every(({ detail }) => detail.person === 'person-amira' && detail.skill === SKILL('communication')),
        ).to.be.true;
        await element.updateComplete;
        expect(focused(element)?.textContent).to.contain('Foundation');
        expect($(element, '.edit-hint--active')?.textContent).to.contain('Knows the concepts and follows guidance');
        expect($(element, '[role="status"][aria-live="polite"]')?.textContent).to.match(
          /^Communication: now Foundation\. Knows the concepts .+ You meet \d+ of \d+ required skills; the largest gaps are /,
        );
        await press('9');
        expect(events, 'a key with no level does nothing').to.have.length(4);
      } finally {
        stop();
      }
    });

    it('opens the list of levels with Enter: arrows, Enter to pick, focus back on the cell', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix .data=${sample} current="person-jonas" editable></lp-skill-gap-matrix>`,
      );
      const { events, stop } = levelChanges();
      try {
        await tabIntoGrid(element);
        await press('ArrowRight');
        await press('ArrowRight');
        await press('Enter');
        const chooser = $(element, '#chooser')!;
        await waitUntil(() => chooser.matches(':popover-open'), 'the list opens');
        expect($(element, '#chooser-label')?.textContent).to.equal('Your level in Communication');
        const options = [...chooser.querySelectorAll('[role="option"]')];
        expect(
          options.map((option) => option.querySelector('.chip')?.textContent.replace(/\s+/g, ' ').trim()),
        ).to.deep.equal(['○ Foundation', '◔ Developing', '◑ Proficient', '◕ Advanced', '● Expert']);
        expect(options[1]?.textContent).to.contain('Applies the skill in familiar situations, with support.');
        expect(focused(element)?.getAttribute('aria-selected'), 'the current level has the focus').to.equal('true');
        await press('ArrowDown');
        await press('ArrowDown');
        expect(focused(element)?.textContent).to.contain('Advanced');
        await press('Enter');
        await waitUntil(() => !chooser.matches(':popover-open'), 'the list closes');
        expect(events.map(({ detail }) => [detail.oldLevel, detail.newLevel])).to.deep.equal([[2, 4]]);
        expect(position(element), 'the focus is back').to.deep.equal({ row: SKILL('communication'), column: 2 });

        await press('Enter');
        await waitUntil(() => chooser.matches(':popover-open'));
        await press('Home');
        await press('Escape');
        await waitUntil(() => !chooser.matches(':popover-open'), 'Escape closes the list');
        expect(events, 'Escape changes nothing').to.have.length(1);
        expect(position(element)).to.deep.equal({ row: SKILL('communication'), column: 2 });
      } finally {
        stop();
      }
    });

    it('opens the list with a click and picks with a click', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-jonas"
          required="lp-practitioner"
          editable
        ></lp-skill-gap-matrix>`,
      );
      const { events, stop } = levelChanges();
      try {
        $(element, `tr[data-skill="${SKILL('persuasion')}"] td.editable`)!.click();
        const chooser = $(element, '#chooser')!;
        await waitUntil(() => chooser.matches(':popover-open'), 'the list opens');
        expect(chooser.querySelector('[aria-selected="true"]'), 'not assessed: nothing is selected').to.equal(null);
        chooser.querySelectorAll<HTMLElement>('[role="option"]')[2]!.click();
        await waitUntil(() => !chooser.matches(':popover-open'));
        expect(events.map(({ detail }) => [detail.oldLevel, detail.newLevel])).to.deep.equal([[undefined, 3]]);
        expect($(element, `tr[data-skill="${SKILL('persuasion')}"] td.editable`)?.textContent).to.contain('Proficient');
      } finally {
        stop();
      }
    });

    it('edits each person’s column in an editable team view', async () => {
      const element = await shown(
        html`<lp-skill-gap-matrix
          .data=${sample}
          current="person-amira person-noa"
          required="lp-practitioner"
          editable
        ></lp-skill-gap-matrix>`,
      );
      const { events, stop } = levelChanges();
      try {
        await tabIntoGrid(element);
        await press('End');
        await press('ArrowLeft');
        await press('ArrowLeft');
        await press('4');
        expect(events.map(({ detail }) => [detail.person, detail.skill, detail.newLevel])).to.deep.equal([
          ['person-noa', SKILL('communication'), 4],
        ]);
        await element.updateComplete;
        expect(focused(element)?.textContent.trim()).to.equal('◕ 4');
        await press('ArrowLeft');
        await press('ArrowLeft');
        await press('4');
        expect(events, 'the required level is not editable').to.have.length(1);
      } finally {
        stop();
      }
    });

    it('sets levels from the list layout’s buttons', async () => {
      const container = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <lp-skill-gap-matrix .data=${sample} current="person-amira" editable></lp-skill-gap-matrix>
        </div>`,
      );
      const element = container.querySelector('lp-skill-gap-matrix')!;
      await waitUntil(() => element.shadowRoot?.querySelector('.skill-list'));
      const { events, stop } = levelChanges();
      try {
        const button = $(element, '.level-button')!;
        button.focus();
        await press('4');
        expect(events.map(({ detail }) => detail.newLevel)).to.deep.equal([4]);
        expect($(element, '.edit-hint--active')?.textContent).to.contain('Handles complex and new situations');
        await press('Enter');
        const chooser = $(element, '#chooser')!;
        await waitUntil(() => chooser.matches(':popover-open'), 'Enter opens the list');
        await press('ArrowUp');
        await press(' ');
        await waitUntil(() => !chooser.matches(':popover-open'));
        expect(events.map(({ detail }) => detail.newLevel)).to.deep.equal([4, 3]);
        expect(focused(element)).to.equal(button);
      } finally {
        stop();
      }
    });
  });
});
