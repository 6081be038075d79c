import {
  courseById,
  courseTiming,
  isSafeHttpUrl,
  pickText,
  type Course,
  type CourseTiming,
  type DataDocument,
  type PickedText,
} from '@lp-elements/model';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure } from '../base/data/render-data-problems.js';
import type { DataProblem } from '../base/events/data-error-event.js';
import { LpElement } from '../base/lp-element.js';
import { skeletonStyles } from '../base/theme/skeleton.styles.js';
import { courseCardStyles } from './course-card.styles.js';
import { languageName, priceText, skillAndLevel, timingText, workloadText } from './course-facts.js';
import { guardCourse, type GuardedCourse } from './course-guard.js';
import { reportProblems } from './report-problems.js';
import { selectCourse } from './select-course.js';

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
/** A list from a course object no document checked: anything but an array counts as none. */
const list = <T>(value: readonly T[] | undefined): readonly T[] =>
  Array.isArray(value) ? (value as readonly T[]) : [];
/** The provider of a course object no document checked, which may lack one. */
const providerOf = (course: Course) => (course as Partial<Course>).provider;
const STATUS_GLYPHS = { running: '●', upcoming: '◷', 'self-paced': '↻', past: '■' } as const;
/** Elements the learner interacts with inside a card: a click on them is theirs, not the card's. */
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, label, [tabindex]';

/** What the card shows, worked out once per update. */
interface Shown {
  readonly course: Course;
  readonly document: DataDocument | undefined;
  readonly name: PickedText;
  readonly url: string | undefined;
  readonly timing: CourseTiming;
}

/**
 * @tagname lp-course-card
 * @summary One course: provider, title, dates, ECTS, EQF level, mode, languages, workload, price, credential and the skills it builds.
 *
 * @description Give it a course object (`.course=${course}`), or a course id with the data
 * document (`course="https://…/lb-101" src="/lp/data.json"`). Following the course link — or a
 * click anywhere on the card — fires `lp-course-select` and an `lp-xapi-statement` (course
 * selected); the recorder still delivers the statement when the link leaves the page. Only
 * `http(s)` links and images are shown; others are left out and reported with `lp-data-error`.
 * `compact` shows one to three lines for lists inside other elements.
 *
 * Keyboard: the title is a link (Tab, Enter); slotted actions keep their own keys.
 *
 * @slot - Actions for the course, e.g. a button to add it to a plan.
 *
 * @csspart card - The card's box.
 * @csspart image - The course picture (decorative: the title names the course).
 * @csspart provider - The provider's name.
 * @csspart code - The course code.
 * @csspart title - The heading with the course name.
 * @csspart link - The link to the course page.
 * @csspart tags - The row of timing, mode, price and credential tags.
 * @csspart status - The timing tag: running, upcoming, self-paced or past.
 * @csspart credential - The micro-credential tag.
 * @csspart facts - The list of ECTS, EQF level, workload, languages and credential.
 * @csspart skills - The skills the course builds, with the level reached.
 * @csspart fields - The subject fields.
 * @csspart meta - The one-line summary of the compact card.
 * @csspart actions - The box around the slotted actions.
 * @csspart data-problems - The panel that shows problems with the data.
 *
 * @cssprop --lp-course-card-image-size - Width of the picture beside the text on wide cards (default 12rem).
 * @cssprop --lp-course-card-title-lines - Lines the title may take before it is cut (default 3); the full title stays available.
 *
 * @fires {LpCourseSelectEvent} lp-course-select - The learner opened the course; cancel it to keep the link from navigating. `detail.course`.
 * @fires {LpXapiStatementEvent} lp-xapi-statement - A course-selected statement for the nearest `<lp-xapi-recorder>`.
 * @fires {LpDataErrorEvent} lp-data-error - The course or its data had problems (e.g. a `javascript:` link, an unknown course id).
 */
export class LpCourseCard extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles, skeletonStyles, courseCardStyles];

  /** A course object, or the id of a course in the data document (attribute `course`). */
  @property({ attribute: 'course' }) course?: Course | string;

  /** URL of the data document, for a course given by id or to name the skills a course teaches. */
  @property() src?: string;

  /** The data document (an object or JSON text), for a course given by id or to name its skills. */
  @property({ attribute: false }) data?: unknown;

  /** One to three lines instead of the full card, for lists inside other elements. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of the course title's heading, 2–6 (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The moment the timing ("starts in 3 weeks") is judged from; now by default. */
  @property({ attribute: false }) now?: Date;

  /** Reads `src` or `data` when a course id needs looking up; a course object only borrows `data` to name skills. */
  private readonly dataController = new DataDocumentController(this, this.localize, {
    when: () => typeof this.course === 'string' || (this.data !== undefined && !isObject(this.data)),
  });

  private guarded = new WeakMap<object, GuardedCourse>();
  private reported: unknown;
  private shown: Shown | undefined;
  private problems: readonly DataProblem[] = [];

  /** Opens the course as following its link does: the events fire, then the link navigates unless cancelled. */
  open(): void {
    const link = this.renderRoot.querySelector<HTMLAnchorElement>('a[part="link"]');
    if (link) link.click();
  }

  protected override willUpdate(): void {
    const loaded = this.dataController.value?.document;
    const document: DataDocument | undefined = loaded ?? (isObject(this.data) ? this.data : undefined);
    let course: Course | undefined;
    let problems: DataProblem[] = [];
    let reportAs: unknown;
    if (typeof this.course === 'string') {
      course = loaded && courseById(loaded, this.course);
      if (loaded && !course) {
        problems = [
          { path: 'course', code: 'unknown-course', message: this.localize.term('unknownCourse', this.course) },
        ];
        reportAs = `${this.course}\n${this.src ?? ''}`;
      }
    } else if (this.course !== undefined) {
      const given: unknown = this.course;
      const key = isObject(given) ? given : { given };
      let guarded = this.guarded.get(key);
      if (!guarded) {
        guarded = guardCourse(given);
        this.guarded.set(key, guarded);
      }
      course = guarded.course;
      problems = guarded.problems.map((problem) => this.dataController.describe(problem));
      reportAs = given;
    }
    this.problems = problems;
    if (problems.length > 0 && this.reported !== reportAs) {
      this.reported = reportAs;
      reportProblems(this, typeof this.course === 'string' ? 'attribute' : 'property', problems);
    }
    this.shown = course && this.describeCourse(course, document);
  }

  private describeCourse(course: Course, document: DataDocument | undefined): Shown {
    const lang = this.localize.lang;
    const instances = list(course.instances).filter(isObject);
    const timed = instances.length === course.instances?.length ? course : { ...course, instances };
    const timing = courseTiming(timed, { now: this.now ?? new Date() });
    const url = [course.url, timing.instance?.url].find(isSafeHttpUrl);
    return { course, document, name: pickText(course.name, lang, document?.lang), url, timing };
  }

  protected override render() {
    // The page may give a language without a direction (a Hebrew block in a left-to-right page).
    return html`<div class="root" dir=${this.localize.dir}>${this.renderContent()}</div>`;
  }

  private renderContent() {
    const failure = this.dataController.failure;
    if (failure && typeof this.course === 'string') {
      return renderDataFailure(this.localize, failure, () => {
        this.dataController.retry();
      });
    }
    const shown = this.shown;
    if (!shown) {
      if (this.problems.length > 0) {
        return renderDataFailure(
          this.localize,
          { source: 'attribute', problems: this.problems, retryable: false },
          () => {
            this.dataController.retry();
          },
        );
      }
      return this.dataController.pending ? this.renderSkeleton() : nothing;
    }
    return this.compact ? this.renderCompact(shown) : this.renderFull(shown);
  }

  private renderSkeleton() {
    return html`<div class="card skeleton" part="card" aria-busy="true">
      <span class="visually-hidden">${this.localize.term('loading')}</span>
      <span class="bone bone--short"></span><span class="bone"></span><span class="bone bone--tags"></span>
    </div>`;
  }

  private renderTitle({ name, url }: Shown) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const text = html`<span lang=${ifDefined(name.lang)}>${name.text}</span>`;
    return html`<div class="title" part="title" role="heading" aria-level=${level}>
      ${
        url
          ? html`<a part="link" href=${url} title=${name.text} @click=${this.onLinkClick} @auxclick=${this.onLinkClick}
              >${text}</a
            >`
          : text
      }
    </div>`;
  }

  private renderFull(shown: Shown) {
    const { course, document, timing } = shown;
    const lang = this.localize.lang;
    const provider = pickText(providerOf(course)?.name, lang, document?.lang);
    const image = isSafeHttpUrl(course.image) ? course.image : undefined;
    const logo = providerOf(course)?.logo;
    return html`<div class="card ${shown.url ? 'card--link' : ''}" part="card" @click=${this.onCardClick}>
      ${image ? html`<img class="image" part="image" src=${image} alt="" loading="lazy" decoding="async" />` : nothing}
      <div class="body">
        ${this.renderTitle(shown)}
        <p class="eyebrow">
          ${isSafeHttpUrl(logo) ? html`<img class="logo" src=${logo} alt="" loading="lazy" decoding="async" />` : nothing}
          <span part="provider"
            ><span class="visually-hidden">${this.localize.term('provider')}: </span
            ><span lang=${ifDefined(provider.lang)}>${provider.text}</span></span
          >
          ${
            typeof course.code === 'string'
              ? html`<span class="code" part="code"
                  ><span class="visually-hidden">${this.localize.term('code')}: </span>${course.code}</span
                >`
              : nothing
          }
        </p>
        ${this.renderTags(course, timing)} ${this.renderFacts(course, timing, document)}
        ${this.renderSkills(course, document)} ${this.renderFields(course)}
        <div class="actions" part="actions"><slot></slot></div>
      </div>
    </div>`;
  }

  private renderTags(course: Course, timing: CourseTiming) {
    const terms = this.localize.translation;
    const price = priceText(this.localize, course.price);
    const mode = course.mode && terms.courseMode[course.mode];
    return html`<ul class="tags" part="tags">
      <li class="tag tag--${timing.status}" part="status">
        <span class="glyph" aria-hidden="true">${STATUS_GLYPHS[timing.status]}</span>
        ${timingText(this.localize, timing, this.now ?? new Date())}
      </li>
      ${timing.startsSoon ? html`<li class="tag tag--soon">${this.localize.term('startsSoon')}</li>` : nothing}
      ${mode ? html`<li class="tag">${mode}</li>` : nothing}
      ${price ? html`<li class="tag tag--price">${price}</li>` : nothing}
      ${
        course.credential?.kind === 'micro-credential'
          ? html`<li class="tag tag--credential" part="credential">
              <span class="glyph" aria-hidden="true">◆</span>${terms.credentialKind['micro-credential']}
            </li>`
          : nothing
      }
    </ul>`;
  }

  private renderFacts(course: Course, timing: CourseTiming, document: DataDocument | undefined) {
    const lang = this.localize.lang;
    const number = (value: unknown) => (typeof value === 'number' ? this.localize.number(value) : '');
    const languages = list(course.languages)
      .filter((tag) => typeof tag === 'string')
      .map((tag) => languageName(tag, lang));
    const credential = course.credential && pickText(course.credential.name, lang, document?.lang);
    const facts: [string, string, string | undefined][] = [
      [this.localize.term('ects'), number(course.ects), undefined],
      [this.localize.term('eqfLevel'), number(course.eqfLevel), undefined],
      [this.localize.term('workload'), workloadText(this.localize, course.workload, timing), undefined],
      [this.localize.term('languages'), languages.length > 0 ? this.localize.list(languages) : '', undefined],
      [this.localize.term('credential'), credential?.text ?? '', credential?.lang],
    ];
    return html`<dl class="facts" part="facts">
      ${facts
        .filter(([, value]) => value !== '')
        .map(
          ([label, value, valueLang]) =>
            html`<div class="fact">
              <dt>${label}</dt>
              <dd lang=${ifDefined(valueLang)}>${value}</dd>
            </div>`,
        )}
    </dl>`;
  }

  private renderSkills(course: Course, document: DataDocument | undefined) {
    const taught = list(course.teaches).filter((item) => isObject(item) && typeof item.skill === 'string');
    if (taught.length === 0) return nothing;
    return html`<div class="skills" part="skills">
      <p class="label">${this.localize.term('skillsTaught')}</p>
      <ul>
        ${taught.map(({ skill, level }) => {
          const named = skillAndLevel(document, skill, level, this.localize.lang);
          return html`<li>
            <span lang=${ifDefined(named.skill.lang)}>${named.skill.text}</span>
            <span class="level">${this.localize.term('skillLevel', level, named.level)}</span>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderFields(course: Course) {
    const fields = list(course.fields).filter((field) => typeof field === 'string');
    if (fields.length === 0) return nothing;
    const names = this.localize.translation.fieldName;
    return html`<div class="fields" part="fields">
      <p class="label">${this.localize.term('fields')}</p>
      <ul>
        ${fields.map((field) => html`<li>${names[field] ?? field}</li>`)}
      </ul>
    </div>`;
  }

  private renderCompact(shown: Shown) {
    const { course, document, timing } = shown;
    const lang = this.localize.lang;
    const provider = pickText(providerOf(course)?.name, lang, document?.lang);
    const mode = course.mode && this.localize.translation.courseMode[course.mode];
    const meta: TemplateResult[] = [
      html`<span lang=${ifDefined(provider.lang)}>${provider.text}</span>`,
      html`<span class="status status--${timing.status}"
        ><span class="glyph" aria-hidden="true">${STATUS_GLYPHS[timing.status]}</span>
        ${timingText(this.localize, timing, this.now ?? new Date())}</span
      >`,
    ];
    if (typeof course.ects === 'number') {
      meta.push(html`<span>${this.localize.number(course.ects)} ${this.localize.term('ects')}</span>`);
    }
    if (mode) meta.push(html`<span>${mode}</span>`);
    const price = priceText(this.localize, course.price);
    if (price) meta.push(html`<span>${price}</span>`);
    return html`<div class="card card--compact ${shown.url ? 'card--link' : ''}" part="card" @click=${this.onCardClick}>
      ${this.renderTitle(shown)}
      <p class="meta" part="meta">
        ${meta.map((item, index) => html`${index > 0 ? html` <span class="dot" aria-hidden="true">·</span> ` : nothing}${item}`)}
      </p>
      <div class="actions" part="actions"><slot></slot></div>
    </div>`;
  }

  private onLinkClick(event: MouseEvent): void {
    // A middle click opens the course in a new tab; right and other buttons do not open it.
    if (event.type === 'auxclick' && event.button !== 1) return;
    const shown = this.shown;
    if (!shown) return;
    if (!selectCourse(this, shown.course, shown.name, this.localize.lang)) event.preventDefault();
  }

  /** A click on the card's free space opens the course, unless it lands on something interactive or ends a text selection. */
  private onCardClick(event: MouseEvent): void {
    if (event.defaultPrevented || !this.shown?.url) return;
    const card = event.currentTarget as HTMLElement;
    for (const node of event.composedPath()) {
      if (node === card) break;
      if (node instanceof Element && node.matches(INTERACTIVE)) return;
    }
    if (document.getSelection()?.toString()) return;
    this.open();
  }
}
