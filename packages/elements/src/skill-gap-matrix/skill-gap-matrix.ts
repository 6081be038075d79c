import {
  pickText,
  recommendCourses,
  type Course,
  type DataDocument,
  type Levels,
  type Recommendation,
} from '@lp-elements/model';
import { courseSelected, matrixInteracted, skillSelfAssessed } from '@lp-elements/xapi';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure, renderSkippedNotice } from '../base/data/render-data-problems.js';
import { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import { LpDataErrorEvent, type DataProblem } from '../base/events/data-error-event.js';
import { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import { LpElement } from '../base/lp-element.js';
import { csvDelimiter, toCsv } from './csv.js';
import { downloadText } from './download.js';
import { gapsToClose } from './gaps-to-close.js';
import type { ShownLevel } from './level-scale.js';
import { matrixCsvRows } from './matrix-csv.js';
import { resolveInputs, targetName, type InputProblem, type MatrixSubject } from './matrix-inputs.js';
import { buildView, withLevel, type MatrixRow, type MatrixView } from './matrix-view.js';
import { renderChooser, type LevelChoice } from './render-chooser.js';
import type { MatrixRenderContext } from './render-context.js';
import { renderLegend } from './render-legend.js';
import { dirOf, langOf, levelChip } from './render-levels.js';
import { PERSON_CURRENT_COLUMN, renderPersonList, renderPersonTable } from './render-person.js';
import { renderRecommendations } from './render-recommendations.js';
import { renderTeamTable, TEAM_FIRST_PERSON_COLUMN } from './render-team.js';
import { RovingGrid } from './roving-grid.js';
import {
  arrangeRows,
  MATRIX_GROUPINGS,
  MATRIX_SORTS,
  type MatrixGrouping,
  type MatrixSort,
  type RowGroup,
} from './row-order.js';
import { skillGapMatrixStyles } from './skill-gap-matrix.styles.js';
import { summarize } from './summary.js';

/** At this width and below, the person view is a list per skill instead of a table. */
const NARROW_WIDTH = 480;
const HINT_ID = 'edit-hint';

/** Whose level in which skill a key press or a pick changes, and the element to return the focus to. */
interface EditTarget {
  readonly person: string;
  readonly skill: string;
  readonly element: HTMLElement;
}

const sameValues = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a?.length === b.length && a.every((value, index) => value === b[index]);

const SORT_TERMS = {
  group: 'sortByGroup',
  name: 'sortByName',
  gap: 'sortByGap',
  coverage: 'sortByCoverage',
} as const satisfies Record<MatrixSort, string>;

/**
 * @tagname lp-skill-gap-matrix
 * @summary Required against current skill levels for a person or a team, with self-assessment and the courses that close each gap.
 *
 * @description One person (`current="person-id"`) is shown skill by skill: required level, current
 * level and the signed gap, grouped by skill group, with a summary sentence on top. Several people
 * (`current="id id …"`, or one team's id) are shown side by side, with per skill how many meet the
 * requirement and the levels short. Every level shows its name or value, a glyph and a colour.
 * With `editable`, levels are set with number keys, + and −, or a list of levels with their
 * descriptions. With `recommend`, the catalogue's courses that close the gaps follow, each with why.
 *
 * The matrix is a grid with one tab stop: arrow keys (mirrored right to left), Home/End,
 * Ctrl+Home/End and Page Up/Down move between cells; on an editable level, number keys set it,
 * + and − step it, and Enter (or a click) opens the list of levels (arrows, Enter, Escape).
 * At 480 px and narrower the person view becomes a list per skill.
 *
 * @csspart table - The grid (or, when narrow, the list of skills).
 * @csspart header - A column header cell.
 * @csspart cell - A row header or data cell (a list item when narrow).
 * @csspart summary - The summary sentence above the matrix.
 * @csspart legend - The key to levels, glyphs and colours, with the level descriptions.
 * @csspart toolbar - The sort control and the CSV download.
 * @csspart scroller - The scrolling box around the team grid.
 * @csspart edit-hint - How to change a level, with the description of the level in focus.
 * @csspart level-chooser - The list of levels a person picks from.
 * @csspart recommendations - The recommended courses.
 * @csspart data-problems - The notice or panel listing data and attribute problems.
 * @csspart retry-button - The button that loads the data again after a network failure.
 *
 * @cssprop --lp-matrix-level-1 - Colour of the lowest level of the scale (cells are tinted with it).
 * @cssprop --lp-matrix-level-2 - Colour of the second level band.
 * @cssprop --lp-matrix-level-3 - Colour of the middle level band.
 * @cssprop --lp-matrix-level-4 - Colour of the fourth level band.
 * @cssprop --lp-matrix-level-5 - Colour of the highest level of the scale.
 * @cssprop --lp-matrix-tint - How strongly cells are tinted with their level colour (default 30%).
 * @cssprop --lp-matrix-below - Colour of gaps below the requirement (default: the danger colour).
 * @cssprop --lp-matrix-met - Colour of met requirements (default: the success colour).
 * @cssprop --lp-matrix-above - Colour of levels above the requirement (default: the accent colour).
 * @cssprop --lp-matrix-max-block-size - Height of the team grid's scrolling box (default 70vh).
 *
 * @fires lp-level-change - A person set a level: `detail.person`, `detail.skill`, `detail.oldLevel`, `detail.newLevel`.
 * @fires lp-xapi-statement - A self-assessment (person view), a course selected from a link, or a change of order.
 * @fires lp-course-select - A recommended course was opened from its link (cancelable: cancel to stay on the page).
 * @fires lp-data-error - The data or the attributes have problems; `detail.problems` names each with its path or attribute.
 */
export class LpSkillGapMatrix extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles, skillGapMatrixStyles];

  /** URL of the data document (fetched once per page, however many elements use it). */
  @property() src?: string;

  /** The data document itself: an object or JSON text. Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** IRI of the framework whose skills are shown; needed only when the document has several. */
  @property() framework?: string;

  /** Id of the role, programme, team or track step whose levels are required. Default: the people's shared role, or a team's own needs. */
  @property() required?: string;

  /** Id of one person's profile, several separated by spaces, or a team's id (its members). */
  @property() current?: string;

  /** Lets the people shown set their own current levels (self-assessment). */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Shows the catalogue's courses that close the gaps. */
  @property({ type: Boolean, reflect: true }) recommend = false;

  /** Row order: `group` (the framework's), `name`, `gap` (largest first) or `coverage` (fewest meeting first). */
  @property() sort = 'group';

  /** `skill-group` shows rows under their group's heading; `none` does not. */
  @property() group = 'skill-group';

  /** How many courses to recommend at most. */
  @property({ attribute: 'recommend-limit', type: Number }) recommendLimit = 5;

  /** The moment recommendations are judged from (courses that are over are left out); now by default. */
  @property({ attribute: false }) now?: Date;

  @state() private edits: ReadonlyMap<string, Levels> = new Map();
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private choice?: LevelChoice;
  @state() private narrow = false;
  /** The editable level the focus is on, whose description the hint shows. */
  @state() private focusedLevel?: { person: string; skill: string };

  private readonly dataController = new DataDocumentController(this, this.localize);
  private readonly grid = new RovingGrid(
    () => this.renderRoot.querySelector('table'),
    () => this.localize.dir === 'rtl',
  );
  private resizeObserver?: ResizeObserver;
  private observedProbe?: Element;
  private document?: DataDocument;
  private subject?: MatrixSubject;
  private inputProblems: readonly DataProblem[] = [];
  private problems: readonly DataProblem[] = [];
  private view?: MatrixView;
  private groups: readonly RowGroup[] = [];
  private recommendations: readonly Recommendation[] = [];
  private inputsKey?: readonly unknown[];
  private viewKey?: readonly unknown[];
  private epochKey?: readonly unknown[];
  private recommendationsKey?: readonly unknown[];
  private epoch = 0;
  private revisions = new Map<string, number>();
  private reportedProblems = '';
  private pendingAnnouncement?: string;
  private chooserInvoker?: HTMLElement;

  /**
   * The current levels of every person shown, self-assessments included: person id → skill IRI →
   * level. Read-only; a host saves these after `lp-level-change`. The data document is never changed.
   */
  get levels(): Readonly<Record<string, Levels>> {
    return Object.freeze(
      Object.fromEntries((this.view?.people ?? []).map((person) => [person.id, Object.freeze({ ...person.levels })])),
    );
  }

  constructor() {
    super();
    // Connection, not construction, observes the size: nothing here may touch the page (SSR).
    this.addController({
      hostConnected: () => {
        this.resizeObserver = new ResizeObserver(([entry]) => {
          const narrow = (entry?.contentRect.width ?? Infinity) <= NARROW_WIDTH;
          if (narrow !== this.narrow) this.narrow = narrow;
        });
        this.observedProbe = undefined;
        // Recommendations become course cards as soon as <lp-course-card> is defined, even later.
        if (!customElements.get('lp-course-card')) {
          void customElements.whenDefined('lp-course-card').then(() => {
            this.requestUpdate();
          });
        }
      },
      hostDisconnected: () => {
        this.resizeObserver?.disconnect();
      },
    });
  }

  /**
   * Watches the width through an empty full-width probe rather than the element itself: the
   * probe's size changes only with the width, so switching between table and list (which changes
   * the height) cannot make the observer report again in the same frame.
   */
  private observeWidth(): void {
    const probe = this.renderRoot.querySelector('.width-probe');
    if (!probe || probe === this.observedProbe) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver?.observe(probe);
    this.observedProbe = probe;
  }

  private get sortOrder(): MatrixSort {
    return (MATRIX_SORTS as readonly string[]).includes(this.sort) ? (this.sort as MatrixSort) : 'group';
  }

  private get grouping(): MatrixGrouping {
    return (MATRIX_GROUPINGS as readonly string[]).includes(this.group)
      ? (this.group as MatrixGrouping)
      : 'skill-group';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const document = this.dataController.value?.document;
    if (document !== this.document) {
      this.document = document;
      this.edits = new Map();
      this.revisions = new Map();
    }
    if (!document) {
      this.subject = undefined;
      this.view = undefined;
      return;
    }
    const { lang } = this.localize;
    const inputsKey = [document, this.framework, this.required, this.current, this.localize.translation];
    if (!sameValues(this.inputsKey, inputsKey)) {
      this.inputsKey = inputsKey;
      const resolved = resolveInputs(document, {
        framework: this.framework,
        required: this.required,
        current: this.current,
      });
      this.subject = resolved.subject;
      this.inputProblems = resolved.problems.map((problem) => this.describe(problem));
    }
    this.problems = [...this.inputProblems, ...this.optionProblems()];
    const subject = this.subject;
    if (!subject) {
      this.view = undefined;
      return;
    }
    const viewKey = [subject, this.edits, lang];
    if (!sameValues(this.viewKey, viewKey)) {
      this.viewKey = viewKey;
      this.view = buildView(document, subject, this.edits, lang);
    }
    const view = this.view;
    if (!view) return;
    this.groups = arrangeRows(view.rows, this.sortOrder, this.grouping, lang);
    const epochKey = [subject, view.scale, this.editable, lang, this.localize.translation, this.localize.dir];
    if (!sameValues(this.epochKey, epochKey)) {
      this.epochKey = epochKey;
      this.epoch += 1;
    }
    const recommendationsKey = [view, this.recommend, this.recommendLimit, this.now];
    if (!sameValues(this.recommendationsKey, recommendationsKey)) {
      this.recommendationsKey = recommendationsKey;
      this.recommendations = this.recommend
        ? recommendCourses(document, gapsToClose(view, subject.teamView), {
            limit: this.recommendLimit,
            lang,
            ...(this.now ? { now: this.now } : {}),
          })
        : [];
    }
    if (this.pendingAnnouncement !== undefined) {
      this.announcement = `${this.pendingAnnouncement} ${this.summary(view, subject)}`.trim();
      this.pendingAnnouncement = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeWidth();
    this.grid.sync();
    this.reportProblems();
  }

  /** One report (event and warning) per set of attribute problems, however often the element renders. */
  private reportProblems(): void {
    // Keyed by what is wrong, not by the words: a change of language must not report it again.
    const attributes = [this.framework, this.required, this.current, this.sort, this.group].join('|');
    const key =
      this.problems.length === 0 ? '' : `${this.problems.map((problem) => problem.code).join()}|${attributes}`;
    if (key === this.reportedProblems) return;
    this.reportedProblems = key;
    if (this.problems.length === 0) return;
    const lines = this.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    console.warn(`<${this.localName}>: problems in its attributes:\n${lines}`);
    this.dispatchEvent(new LpDataErrorEvent({ source: 'attributes', problems: this.problems }));
  }

  private describe(problem: InputProblem): DataProblem {
    const { attribute, code } = problem;
    const messages = this.localize.translation.dataProblems;
    switch (problem.code) {
      case 'unknown-profile':
        return { path: attribute, code, message: messages['unknown-profile']({ id: problem.id }) };
      case 'unknown-framework':
        return { path: attribute, code, message: this.localize.term('unknownFramework', problem.id) };
      case 'empty-team':
        return { path: attribute, code, message: this.localize.term('emptyTeam', problem.id) };
      case 'missing-current':
        return { path: attribute, code, message: this.localize.term('missingCurrent') };
      case 'missing-required':
        return { path: attribute, code, message: this.localize.term('missingRequired') };
    }
  }

  /** `sort` and `group` values the element does not know: it uses its default and says so. */
  private optionProblems(): DataProblem[] {
    const messages = this.localize.translation.dataProblems;
    const check = (path: string, value: string, allowed: readonly string[]): DataProblem[] =>
      allowed.includes(value)
        ? []
        : [{ path, code: 'invalid-value', message: messages['invalid-value']({ value, allowed: [...allowed] }) }];
    return [...check('sort', this.sort, MATRIX_SORTS), ...check('group', this.group, MATRIX_GROUPINGS)];
  }

  private summary(view: MatrixView, subject: MatrixSubject): string {
    return summarize(view, this.localize, { teamView: subject.teamView, self: this.editable && !subject.teamView });
  }

  private caption(view: MatrixView, subject: MatrixSubject, document: DataDocument): string {
    const { lang } = this.localize;
    const required = pickText(targetName(subject.target), lang, document.lang).text;
    if (!subject.teamView) return this.localize.term('personCaption', view.people[0]?.name.text ?? '', required);
    const team = subject.team && pickText(subject.team.name, lang, document.lang).text;
    const ownNeeds = subject.target === subject.team;
    return this.localize.term('teamCaption', team, view.people.length, ownNeeds ? undefined : required);
  }

  override render() {
    // The direction of the element's language, also where only a lang (no dir) says it is Hebrew.
    return html`<div class="width-probe"></div>
      <div dir=${this.localize.dir}>${this.renderContent()}</div>`;
  }

  private renderContent() {
    const { value, failure } = this.dataController;
    if (failure) {
      return renderDataFailure(this.localize, failure, () => {
        this.dataController.retry();
      });
    }
    if (!value) return this.dataController.pending ? this.renderSkeleton() : nothing;
    const notices = html`${renderSkippedNotice(this.localize, this.dataController.skipped)}`;
    const { subject, view } = this;
    if (!subject || !view) {
      return html`${notices}${renderDataFailure(
        this.localize,
        { source: 'attributes', problems: this.problems, retryable: false },
        () => undefined,
      )}`;
    }
    return html`${notices}${this.renderAttributeNotice()}${this.renderMatrix(value.document, subject, view)}`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.term('loading')}</p>
      ${[0, 1, 2, 3, 4, 5].map(() => html`<div class="skeleton__row" aria-hidden="true"></div>`)}
    </div>`;
  }

  private renderAttributeNotice() {
    if (this.problems.length === 0) return nothing;
    return html`<details class="data-problems data-problems--skipped" part="data-problems">
      <summary>${this.localize.term('attributesIgnored', this.problems.length)}</summary>
      <dl class="data-problems__list">
        ${this.problems.map(
          (problem) =>
            html`<dt><code class="data-problems__path" dir="ltr">${problem.path}</code></dt>
              <dd>${problem.message}</dd>`,
        )}
      </dl>
    </details>`;
  }

  private renderMatrix(document: DataDocument, subject: MatrixSubject, view: MatrixView) {
    const { localize } = this;
    if (!view.scale || view.rows.length === 0) {
      const required = pickText(targetName(subject.target), localize.lang, document.lang).text;
      return html`<p class="empty" part="empty">
        ${
          view.scale && (subject.framework?.skills.length ?? 0) > 0
            ? localize.term('nothingRequired', required)
            : localize.term('noSkills')
        }
      </p>`;
    }
    const context: MatrixRenderContext = {
      localize,
      view,
      groups: this.groups,
      editable: this.editable,
      caption: this.caption(view, subject, document),
      expanded: this.expanded,
      rowKey: (row) => [row.skill, this.revisions.get(row.skill) ?? 0, this.epoch, this.expanded.has(row.skill)],
      toggleDescription: (skill) => {
        this.toggleDescription(skill);
      },
      hintId: HINT_ID,
    };
    const matrix = subject.teamView
      ? renderTeamTable(context)
      : this.narrow
        ? renderPersonList(context, (row) => this.levelButton(row, view))
        : renderPersonTable(context);
    return html`${this.renderToolbar(subject.teamView)}
      <p class="summary" part="summary">${this.summary(view, subject)}</p>
      <div
        class="grid-host"
        @keydown=${this.onGridKeydown}
        @click=${this.onGridClick}
        @focusin=${this.onGridFocusin}
        @focusout=${this.onGridFocusout}
      >
        ${matrix}
      </div>
      ${this.editable ? this.renderHint(view) : nothing} ${renderLegend(view.scale, localize)}
      ${
        this.recommend
          ? renderRecommendations(this.recommendations, {
              document,
              localize,
              skillNames: new Map(view.rows.map((row) => [row.skill, row.name.text])),
              select: (event, course) => {
                this.selectCourse(event, course);
              },
            })
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${renderChooser(this.choice, view.scale, localize, {
        pick: (level) => {
          this.pick(level);
        },
        keydown: (event) => {
          this.onChooserKeydown(event);
        },
        toggle: (event) => {
          this.onChooserToggle(event);
        },
        focusout: (event) => {
          this.onChooserFocusout(event);
        },
      })}`;
  }

  private renderToolbar(teamView: boolean) {
    const sorts = teamView ? MATRIX_SORTS : MATRIX_SORTS.filter((sort) => sort !== 'coverage');
    const current = this.sortOrder;
    return html`<div class="toolbar" part="toolbar">
      <label class="toolbar__sort"
        >${this.localize.term('sortLabel')}
        <select @change=${this.onSortChange}>
          ${sorts.map(
            (sort) =>
              html`<option value=${sort} ?selected=${sort === current}>
                ${this.localize.term(SORT_TERMS[sort])}
              </option>`,
          )}
        </select>
      </label>
      <button type="button" class="toolbar__csv" @click=${this.exportCsv}>
        <span aria-hidden="true">⤓</span> ${this.localize.term('downloadCsv')}
      </button>
    </div>`;
  }

  /** How to change a level, and (while an editable level has the focus) that level's description. */
  private renderHint(view: MatrixView) {
    const [first, last] = view.scale?.digitRange ?? [1, 1];
    const focused = this.focusedLevel;
    const person = focused && view.people.find((candidate) => candidate.id === focused.person);
    const value = focused && person?.levels[focused.skill];
    const level = value === undefined ? undefined : view.scale?.level(value);
    const row = focused && view.rows.find((candidate) => candidate.skill === focused.skill);
    return html`<div class=${focused ? 'edit-hint edit-hint--active' : 'edit-hint'} part="edit-hint">
      <p id=${HINT_ID}>${this.localize.term('editHint', first, last)}</p>
      ${
        focused && row
          ? html`<p class="edit-hint__level">
              <strong>${row.name.text}</strong> ${levelChip(view.scale, level?.value, this.localize)}
              ${
                level?.description.text
                  ? html`<span
                      lang=${ifDefined(langOf(level.description, this.localize))}
                      dir=${ifDefined(dirOf(level.description, this.localize))}
                      >${level.description.text}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  /** The current level as a button (list layout): number keys, + and − work on it; a click opens the list. */
  private levelButton(row: MatrixRow, view: MatrixView) {
    const person = view.people[0]?.id ?? '';
    const target = (event: Event): EditTarget => ({
      person,
      skill: row.skill,
      element: event.currentTarget as HTMLElement,
    });
    return html`<button
      type="button"
      class="level-button"
      aria-haspopup="listbox"
      aria-describedby=${HINT_ID}
      @click=${(event: Event) => {
        void this.openChooser(target(event));
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') this.onLevelKey(event, target(event));
      }}
      @focus=${() => {
        this.focusedLevel = { person, skill: row.skill };
      }}
      @blur=${() => {
        this.focusedLevel = undefined;
      }}
    >
      ${levelChip(view.scale, row.cells[0]?.level, this.localize)}
    </button>`;
  }

  /** The editable level a grid cell holds: the person's column of the row's skill. */
  private editTargetOf(cell: HTMLTableCellElement | undefined): EditTarget | undefined {
    const { subject, view } = this;
    const skill = cell?.parentElement?.dataset.skill;
    if (!this.editable || !cell || !skill || !subject || !view) return undefined;
    const index = subject.teamView
      ? cell.cellIndex - TEAM_FIRST_PERSON_COLUMN
      : cell.cellIndex === PERSON_CURRENT_COLUMN
        ? 0
        : -1;
    const person = view.people[index];
    return person && { person: person.id, skill, element: cell };
  }

  private onGridKeydown(event: KeyboardEvent): void {
    if (this.grid.handleKey(event)) return;
    const target = this.editTargetOf(this.grid.activeCell);
    if (!target) return;
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      void this.openChooser(target);
      return;
    }
    this.onLevelKey(event, target);
  }

  /** Number keys set a level, + and − step it. */
  private onLevelKey(event: KeyboardEvent, target: EditTarget): void {
    const scale = this.view?.scale;
    if (!scale || event.ctrlKey || event.altKey || event.metaKey) return;
    const current = this.levelOf(target.person, target.skill);
    let level: ShownLevel | undefined;
    if (/^\d$/.test(event.key)) level = scale.fromDigit(Number(event.key));
    else if (event.key === '+' || event.key === '=') level = scale.step(current, 1);
    else if (event.key === '-' || event.key === '−') level = scale.step(current, -1);
    else return;
    event.preventDefault();
    if (level) this.setLevel(target.person, target.skill, level.value);
  }

  private onGridClick(event: MouseEvent): void {
    const cell = (event.target as Element).closest('td, th');
    if (!(cell instanceof HTMLTableCellElement)) return;
    this.grid.follow(cell);
    const target = this.editTargetOf(cell);
    if (target) void this.openChooser(target);
  }

  private onGridFocusin(event: FocusEvent): void {
    const element = event.target as Element;
    if (!element.closest('table')) return;
    this.grid.follow(element);
    const target = this.editTargetOf(element.closest('td') ?? undefined);
    this.focusedLevel = target && { person: target.person, skill: target.skill };
  }

  private onGridFocusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) {
      if (!this.choice) this.focusedLevel = undefined;
    }
  }

  private levelOf(person: string, skill: string): number | undefined {
    const levels = this.view?.people.find((candidate) => candidate.id === person)?.levels;
    return levels && Object.hasOwn(levels, skill) ? levels[skill] : undefined;
  }

  /**
   * A person set a level: the element's own view of their levels changes (never the document),
   * and it says so with `lp-level-change` and, in the person view, a self-assessment statement.
   */
  private setLevel(person: string, skill: string, value: number): void {
    const { view, subject, document } = this;
    const level = view?.scale?.level(value);
    const oldLevel = this.levelOf(person, skill);
    if (!view?.scale || !subject || !document || !level || oldLevel === value) return;
    const edits = new Map(this.edits);
    edits.set(person, { ...edits.get(person), [skill]: value });
    this.edits = edits;
    this.view = withLevel(document, subject, view, person, skill, value);
    this.viewKey = [subject, edits, this.localize.lang];
    this.revisions.set(skill, (this.revisions.get(skill) ?? 0) + 1);
    const row = view.rows.find((candidate) => candidate.skill === skill);
    const name = row?.name.text ?? skill;
    this.pendingAnnouncement = `${this.localize.term('levelSetTo', name, level.name.text)} ${level.description.text}`;
    this.dispatchEvent(new LpLevelChangeEvent({ person, skill, oldLevel, newLevel: value }));
    // Only the person view is someone assessing themselves; a team grid records no self-assessment.
    if (subject.teamView || !subject.framework) return;
    const skillData = subject.framework.skills.find((candidate) => candidate.id === skill);
    const lang = document.lang ?? 'en';
    const statement = skillSelfAssessed(
      { id: skill, name: skillData?.name ?? name, lang, ...(skillData?.esco ? { esco: skillData.esco } : {}) },
      { value, min: view.scale.min, max: view.scale.max, name: level.name.text },
      {
        framework: { id: subject.framework.id, name: subject.framework.name, lang },
        ...(row ? { requiredLevel: row.required } : {}),
      },
    );
    this.dispatchEvent(new LpXapiStatementEvent(statement));
  }

  private async openChooser(target: EditTarget): Promise<void> {
    const { view } = this;
    if (!view?.scale) return;
    const row = view.rows.find((candidate) => candidate.skill === target.skill);
    const person = view.people.find((candidate) => candidate.id === target.person);
    const current = this.levelOf(target.person, target.skill);
    const self = !this.subject?.teamView;
    this.chooserInvoker = target.element;
    this.choice = {
      person: target.person,
      skill: target.skill,
      label: this.localize.term('chooseLevel', row?.name.text ?? target.skill, self ? undefined : person?.name.text),
      current,
      focused: Math.max(
        view.scale.levels.findIndex((level) => level.value === current),
        0,
      ),
    };
    await this.updateComplete;
    const chooser = this.renderRoot.querySelector<HTMLElement>('#chooser');
    if (!chooser) return;
    target.element.classList.add('chooser-anchor');
    if (!chooser.matches(':popover-open')) chooser.showPopover();
    chooser.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }

  private async focusOption(index: number): Promise<void> {
    const { choice } = this;
    const count = this.view?.scale?.levels.length ?? 0;
    if (!choice || count === 0) return;
    this.choice = { ...choice, focused: Math.min(Math.max(index, 0), count - 1) };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#chooser [role="option"][tabindex="0"]')?.focus();
  }

  private onChooserKeydown(event: KeyboardEvent): void {
    const { choice } = this;
    const scale = this.view?.scale;
    if (!choice || !scale) return;
    const moves: Record<string, number> = {
      ArrowDown: choice.focused + 1,
      ArrowUp: choice.focused - 1,
      Home: 0,
      End: scale.levels.length - 1,
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      void this.focusOption(move);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const level = scale.levels[choice.focused];
      if (level) this.pick(level.value);
    } else if (/^\d$/.test(event.key)) {
      event.preventDefault();
      const level = scale.fromDigit(Number(event.key));
      if (level) this.pick(level.value);
    } else if (event.key === 'Tab') {
      this.closeChooser();
    }
  }

  private pick(value: number): void {
    const { choice } = this;
    if (!choice) return;
    this.setLevel(choice.person, choice.skill, value);
    this.closeChooser();
  }

  private closeChooser(): void {
    const chooser = this.renderRoot.querySelector<HTMLElement>('#chooser');
    if (chooser?.matches(':popover-open')) chooser.hidePopover();
  }

  /** When the list closes (a pick, Escape or a click elsewhere) the focus goes back where it came from. */
  private onChooserToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const invoker = this.chooserInvoker;
    this.chooserInvoker = undefined;
    this.choice = undefined;
    invoker?.classList.remove('chooser-anchor');
    const root = this.renderRoot as ShadowRoot;
    const focus = root.activeElement;
    if (invoker && (!focus || (event.target as Element).contains(focus))) invoker.focus();
  }

  private onChooserFocusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as HTMLElement).contains(next)) this.closeChooser();
  }

  private toggleDescription(skill: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(skill)) expanded.add(skill);
    this.expanded = expanded;
  }

  private onSortChange(event: Event): void {
    const sort = (event.target as HTMLSelectElement).value as MatrixSort;
    this.sort = sort;
    this.pendingAnnouncement = this.localize.term('sortedBy', this.localize.term(SORT_TERMS[sort]));
    const framework = this.subject?.framework;
    if (!framework) return;
    const matrix = {
      id: `${framework.id}#skill-gap-matrix`,
      name: { [this.localize.translation.$code]: this.localize.term('matrixName') },
    };
    this.dispatchEvent(new LpXapiStatementEvent(matrixInteracted(matrix, 'sort')));
  }

  private exportCsv(): void {
    const { view, subject } = this;
    if (!view || !subject) return;
    const rows = matrixCsvRows(view, this.groups, this.localize, subject.teamView);
    const who = subject.team?.id ?? view.people.map((person) => person.id).join('-');
    const name = `skill-gaps-${who}-${subject.target.id}`.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 120);
    downloadText(
      this.renderRoot,
      toCsv(rows, csvDelimiter(this.localize.lang)),
      `${name}.csv`,
      'text/csv;charset=utf-8',
    );
  }

  /** A recommended course opened from its link: the statement, then the cancelable select event. */
  private selectCourse(event: Event, course: Course): void {
    const lang = this.document?.lang ?? 'en';
    this.dispatchEvent(new LpXapiStatementEvent(courseSelected({ id: course.id, name: course.name, lang })));
    const select = new LpCourseSelectEvent(course);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }
}
