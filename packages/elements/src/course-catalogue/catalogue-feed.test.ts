import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { DataDocument } from '@lp-elements/model';
import { sendKeys } from '@web/test-runner-commands';
import { largeCatalogue } from '../../../../stories/course-catalogue/large-catalogue.js';
import type { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import type { LpCourseCatalogue } from './course-catalogue.js';
import './define.js';

const NOW = new Date(2027, 1, 8, 12);
let sample: DataDocument;

const shadow = (element: Element) => element.shadowRoot!;
/** Where focus is inside the catalogue: the course's position, or the id or class of the control. */
function focused(catalogue: LpCourseCatalogue): string {
  const active = shadow(catalogue).activeElement;
  if (!active) return 'nothing';
  if (active.localName === 'lp-course-card') return `inside ${active.parentElement?.getAttribute('aria-posinset')}`;
  return active.getAttribute('aria-posinset') ?? (active.id || active.className || active.localName);
}

async function catalogueWith(data: DataDocument) {
  const catalogue = await fixture<LpCourseCatalogue>(
    html`<lp-course-catalogue .data=${data} .now=${NOW}></lp-course-catalogue>`,
  );
  await waitUntil(
    () => shadow(catalogue).querySelector('[role="feed"] [role="article"]'),
    'the catalogue shows its data',
  );
  return catalogue;
}

/** Presses a key, or a modifier and a key (`Control+End`), as a person does. */
async function press(catalogue: LpCourseCatalogue, key: string, expected: string) {
  const [modifier, main] = key.includes('+') ? (key.split('+') as [string, string]) : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: main });
  if (modifier) await sendKeys({ up: modifier });
  await waitUntil(
    () => focused(catalogue) === expected,
    `${key} moves focus to ${expected}, not ${focused(catalogue)}`,
    {
      timeout: 5000,
    },
  );
}

/**
 * The virtualiser measures courses with a ResizeObserver while they lay themselves out; Chromium
 * reports the notifications it defers to the next frame as a window error, which is harmless.
 * The test framework's own `onerror` would fail the test on it.
 */
function ignoreResizeObserverLoop(): () => void {
  const original = window.onerror;
  window.onerror = (message, ...rest): unknown =>
    typeof message === 'string' && message.startsWith('ResizeObserver loop')
      ? true
      : original?.call(window, message, ...rest);
  return () => {
    window.onerror = original;
  };
}

describe('<lp-course-catalogue> feed: keyboard and screen readers', function () {
  this.timeout(60_000);
  const selected: LpCourseSelectEvent[] = [];
  const stay = (event: LpCourseSelectEvent) => {
    event.preventDefault();
    selected.push(event);
  };

  before(async () => {
    sample = (await (await fetch('/packages/model/sample/lp-sample.json')).json()) as DataDocument;
  });
  let restoreOnError: () => void;

  beforeEach(() => {
    selected.length = 0;
    document.addEventListener('lp-course-select', stay);
    restoreOnError = ignoreResizeObserverLoop();
  });
  afterEach(() => {
    document.removeEventListener('lp-course-select', stay);
    restoreOnError();
  });

  it('moves between courses with Page Down, Page Up and the arrow keys; Home and End; Enter opens one', async () => {
    const catalogue = await catalogueWith(sample);
    shadow(catalogue).querySelector<HTMLInputElement>('#search')!.focus();
    await press(catalogue, 'Tab', 'sort');
    await sendKeys({ press: 'Tab' });
    await press(catalogue, 'Tab', '1');
    await press(catalogue, 'PageDown', '2');
    await press(catalogue, 'ArrowDown', '3');
    await press(catalogue, 'PageUp', '2');
    await press(catalogue, 'End', '64');
    await press(catalogue, 'ArrowDown', '64');
    await press(catalogue, 'Home', '1');
    await press(catalogue, 'ArrowUp', '1');
    const tabStops = [...shadow(catalogue).querySelectorAll('[role="article"][tabindex="0"]')];
    expect(tabStops, 'one course in the tab order: the one last visited').to.have.length(1);
    await press(catalogue, 'PageDown', '2');
    await sendKeys({ press: 'Enter' });
    expect(selected.map((event) => event.detail.course.code)).to.deep.equal(['LB-102']);
    await press(catalogue, 'Control+Home', 'search');
    await press(catalogue, 'Tab', 'sort');
    await sendKeys({ press: 'Tab' });
    await press(catalogue, 'Tab', 'inside 1');
    await press(catalogue, 'Control+End', 'end');
  });

  it('moves on from inside a course with Page Down, leaving the course link to Tab', async () => {
    const catalogue = await catalogueWith(sample);
    const first = shadow(catalogue).querySelector<HTMLElement>('[role="article"]')!;
    first.focus();
    await sendKeys({ press: 'Tab' });
    const card = first.querySelector('lp-course-card')!;
    expect(shadow(card).activeElement?.getAttribute('part'), 'Tab goes into the course: its link').to.equal('link');
    expect(focused(catalogue)).to.equal('inside 1');
    await press(catalogue, 'PageDown', '2');
  });

  it('renders only the courses on screen of 5,000, and still reaches every one', async () => {
    const big = largeCatalogue(sample, 5000);
    const catalogue = await catalogueWith(big);
    await waitUntil(() => shadow(catalogue).querySelector('.feed--virtual'), 'switches to the virtualised list', {
      timeout: 5000,
    });
    await waitUntil(() => shadow(catalogue).querySelectorAll('lp-course-card').length > 0, 'renders the first courses');
    await waitUntil(() => !catalogue.checking, 'every course is checked', { timeout: 10_000 });
    await catalogue.updateComplete;
    const cards = () => shadow(catalogue).querySelectorAll('lp-course-card').length;
    expect(cards(), 'a few screens of courses, not 5,000').to.be.lessThan(60);
    const first = shadow(catalogue).querySelector('[role="article"]')!;
    expect(first.getAttribute('aria-setsize')).to.equal('5000');
    expect(shadow(catalogue).querySelector('[role="feed"]')?.getAttribute('aria-describedby')).to.equal('feed-hint');
    expect(shadow(catalogue).querySelector('#feed-hint')?.textContent).to.equal(
      'Page Down and Page Up move between courses; Enter opens the course.',
    );

    (first as HTMLElement).focus();
    await press(catalogue, 'End', '5000');
    const last = shadow(catalogue).activeElement!;
    expect(last.getAttribute('aria-label')).to.equal(
      (big.courses?.at(-1)?.name as Record<string, string> | undefined)?.en,
    );
    expect(cards(), 'still only what is on screen').to.be.lessThan(60);
    await press(catalogue, 'PageUp', '4999');
    await press(catalogue, 'Home', '1');
    for (const position of ['2', '3', '4']) await press(catalogue, 'PageDown', position);
    await sendKeys({ press: 'Enter' });
    expect(selected.map((event) => event.detail.course.id)).to.deep.equal([big.courses?.[3]?.id]);
    await expect(catalogue).to.be.accessible();
  });
});
