import type { DataDocument, Levels, Recommendation } from '@lp-elements/model';
import { adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure, renderSkippedNotice } from '../base/data/render-data-problems.js';
import { LpDataErrorEvent, type DataProblem } from '../base/events/data-error-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import { LpElement } from '../base/lp-element.js';
import { sameValues } from '../base/same-values.js';
import { skeletonStyles } from '../base/theme/skeleton.styles.js';
import type { LevelCommit, LevelEditor } from './level-editor.js';
import type { InputProblem, MatrixSubject } from './matrix-inputs.js';
import type * as MatrixLogicModule from './matrix-logic.js';
import type { MatrixView } from './matrix-view.js';
import type { MatrixRenderContext } from './render-context.js';
import { OffscreenRows } from './offscreen-rows.js';
import { ProgressiveRows } from './progressive-rows.js';
import { RovingGrid } from './roving-grid.js';
import { rowsInView } from './rows-in-view.js';
import {
  MATRIX_GROUPINGS,
  MATRIX_SORTS,
  firstRows,
  type MatrixGrouping,
  type MatrixSort,
  type RowGroup,
} from './row-order.js';
import { skillGapMatrixStyles } from './skill-gap-matrix.styles.js';

type MatrixLogic = typeof MatrixLogicModule;

/** The matrix's computations, templates and styles: one module per page, fetched by the first matrix connected. */
let logicModule: Promise<MatrixLogic> | undefined;

/** At this width and below, the person view is a list per skill instead of a table. */
const NARROW_WIDTH = 480;
const HINT_ID = 'edit-hint';

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
 * A team grid of more than 1,000 level cells is made over a few frames: the rows in view first,
 * the others a slice per frame right after, the grid `aria-busy` until its last row is there. A
 * key that moves past the rows made, and printing, make them at once.
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
 * @fires {LpLevelChangeEvent} lp-level-change - A person set a level: `detail.person`, `detail.skill`, `detail.oldLevel`, `detail.newLevel`.
 * @fires {LpXapiStatementEvent} lp-xapi-statement - A self-assessment (person view), a course selected from a link, or a change of order.
 * @fires {LpCourseSelectEvent} lp-course-select - A recommended course was opened from its link (cancelable: cancel to stay on the page).
 * @fires {LpDataErrorEvent} lp-data-error - The data or the attributes have problems; `detail.problems` names each with its path or attribute.
 */
export class LpSkillGapMatrix extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles, skeletonStyles, skillGapMatrixStyles];

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
  @state() private narrow = false;
  /** The matrix's module, once loaded; until then (and until the data is there) a skeleton. */
  @state() private logic?: MatrixLogic;

  private readonly dataController = new DataDocumentController(this, this.localize);
  private readonly progressiveRows = new ProgressiveRows(
    this,
    () => {
      this.requestUpdate();
      this.performUpdate();
    },
    () => {
      const scroller = this.renderRoot.querySelector('.scroller--rows');
      const lastRow = [...this.renderRoot.querySelectorAll('.matrix--rows tr[data-skill]')].at(-1);
      return scroller && lastRow ? rowsInView(scroller, lastRow) : 0;
    },
  );
  private readonly grid = new RovingGrid(
    this,
    () => this.renderRoot.querySelector('table'),
    () => this.localize.dir === 'rtl',
    {
      // The team grid's skill rows, with its header row and its footer row around them.
      total: () => (this.progressiveRows.pending ? this.progressiveRows.rows + 2 : undefined),
      // Nav row n is the n-th skill row (0 is the header row), and past the last one the footer.
      drawUpTo: (row) => {
        this.progressiveRows.drawNow(row);
      },
    },
  );
  private editor?: LevelEditor;
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
    // Registers itself, as the other controllers do: nothing else needs to reach it.
    new OffscreenRows(
      this,
      // None while rows are still being made: a frame makes a slice or draws one, not both.
      () => (this.progressiveRows.pending ? [] : this.renderRoot.querySelectorAll('.matrix--rows tr[data-skill]')),
      () => (this.view?.people.length ?? 0) + 4,
    );
    // Connection, not construction, observes the size and loads the matrix: nothing here may touch the page (SSR).
    this.addController({
      hostConnected: () => {
        this.loadLogic();
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
   * Fetches the matrix's module (once per page) while the data reader and the data load, then
   * adds its styles to this element's before the first matrix is drawn.
   */
  private loadLogic(): void {
    if (this.logic) return;
    logicModule ??= import('./matrix-logic.js').catch((error: unknown) => {
      // A failed fetch is tried again by the next matrix connected.
      logicModule = undefined;
      throw error;
    });
    logicModule.then(
      (logic) => {
        if (this.logic) return;
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...(this.constructor as typeof LpSkillGapMatrix).elementStyles,
          logic.matrixStyles,
        ]);
        this.editor = new logic.LevelEditor({
          element: this,
          localize: this.localize,
          renderRoot: this.renderRoot as ShadowRoot,
          hintId: HINT_ID,
          state: () => {
            const { document, subject, view } = this;
            return document && subject && view ? { document, subject, view } : undefined;
          },
          commit: (change) => {
            this.commitLevel(change);
          },
        });
        this.logic = logic;
      },
      (error: unknown) => {
        console.error(`<${this.localName}>: its module did not load`, error);
      },
    );
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
    this.computeView();
    this.planRows();
  }

  /** The inputs, the view, the row order and the recommendations, each again only when what it comes from changed. */
  private computeView(): void {
    const document = this.dataController.value?.document;
    if (document !== this.document) {
      this.document = document;
      this.edits = new Map();
      this.revisions = new Map();
    }
    const { logic } = this;
    if (!document || !logic) {
      this.subject = undefined;
      this.view = undefined;
      return;
    }
    const { lang } = this.localize;
    const inputsKey = [document, this.framework, this.required, this.current, this.localize.translation];
    if (!sameValues(this.inputsKey, inputsKey)) {
      this.inputsKey = inputsKey;
      const resolved = logic.resolveInputs(document, {
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
    const viewKey = this.viewInputs();
    if (!sameValues(this.viewKey, viewKey)) {
      this.viewKey = viewKey;
      this.view = logic.buildView(document, subject, this.edits, lang);
    }
    const view = this.view;
    if (!view) return;
    this.groups = logic.arrangeRows(view.rows, this.sortOrder, this.grouping, lang);
    const epochKey = [subject, view.scale, this.editable, lang, this.localize.translation, this.localize.dir];
    if (!sameValues(this.epochKey, epochKey)) {
      this.epochKey = epochKey;
      this.epoch += 1;
    }
    const recommendationsKey = [view, this.recommend, this.recommendLimit, this.now];
    if (!sameValues(this.recommendationsKey, recommendationsKey)) {
      this.recommendationsKey = recommendationsKey;
      this.recommendations = this.recommend
        ? logic.recommend(document, view, subject.teamView, { limit: this.recommendLimit, lang, now: this.now })
        : [];
    }
    if (this.pendingAnnouncement !== undefined) {
      this.announcement = `${this.pendingAnnouncement} ${this.summary(logic, view, subject)}`.trim();
      this.pendingAnnouncement = undefined;
    }
  }

  /** What the view is made from: a view made for the same inputs, by `buildView` or by a level commit, is kept. */
  private viewInputs(): readonly unknown[] {
    return [this.subject, this.edits, this.localize.lang];
  }

  /** A large team grid is drawn over several frames; any other grid at once. */
  private planRows(): void {
    const { logic, subject, view } = this;
    if (logic && subject?.teamView && view?.scale && logic.teamRowLayout(view)) {
      this.progressiveRows.fill(view.rows.length, view.people.length + 4, this.grid.activePosition.row);
    } else {
      this.progressiveRows.stop();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeWidth();
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

  private summary(logic: MatrixLogic, view: MatrixView, subject: MatrixSubject): string {
    return logic.summarize(view, this.localize, {
      teamView: subject.teamView,
      self: this.editable && !subject.teamView,
    });
  }

  private caption(logic: MatrixLogic, view: MatrixView, subject: MatrixSubject, document: DataDocument): string {
    const { lang } = this.localize;
    const required = logic.pickText(logic.targetName(subject.target), lang, document.lang).text;
    if (!subject.teamView) return this.localize.term('personCaption', view.people[0]?.name.text ?? '', required);
    const team = subject.team && logic.pickText(subject.team.name, lang, document.lang).text;
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
    const { logic } = this;
    if (!value || !logic) return this.dataController.pending || value ? this.renderSkeleton() : nothing;
    const notices = html`${renderSkippedNotice(this.localize, this.dataController.skipped)}`;
    const { subject, view } = this;
    if (!subject || !view) {
      return html`${notices}${renderDataFailure(
        this.localize,
        { source: 'attributes', problems: this.problems, retryable: false },
        () => undefined,
      )}`;
    }
    return html`${notices}${this.renderAttributeNotice()}${this.renderMatrix(logic, value.document, subject, view)}`;
  }

  private renderSkeleton() {
    return html`<div class="skeleton" part="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.localize.term('loading')}</p>
      ${[0, 1, 2, 3, 4, 5].map(() => html`<div class="bone skeleton__row" aria-hidden="true"></div>`)}
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

  private renderMatrix(logic: MatrixLogic, document: DataDocument, subject: MatrixSubject, view: MatrixView) {
    const { localize, editor } = this;
    if (!view.scale || view.rows.length === 0) {
      const required = logic.pickText(logic.targetName(subject.target), localize.lang, document.lang).text;
      return html`<p class="empty" part="empty">
        ${
          view.scale && (subject.framework?.skills.length ?? 0) > 0
            ? localize.term('nothingRequired', required)
            : localize.term('noSkills')
        }
      </p>`;
    }
    const rowsPending = this.progressiveRows.pending;
    const context: MatrixRenderContext = {
      localize,
      view,
      groups: rowsPending ? firstRows(this.groups, this.progressiveRows.count) : this.groups,
      rowsPending,
      editable: this.editable,
      caption: this.caption(logic, view, subject, document),
      expanded: this.expanded,
      rowKey: (row) => [row.skill, this.revisions.get(row.skill) ?? 0, this.epoch, this.expanded.has(row.skill)],
      toggleDescription: (skill) => {
        this.toggleDescription(skill);
      },
      hintId: HINT_ID,
    };
    const matrix = subject.teamView
      ? logic.renderTeamTable(context)
      : this.narrow
        ? logic.renderPersonList(context, (row) => editor?.levelButton(row) ?? html``)
        : logic.renderPersonTable(context);
    return html`${this.renderToolbar(subject.teamView)}
      <p class="summary" part="summary">${this.summary(logic, view, subject)}</p>
      <div
        class="grid-host"
        @keydown=${this.onGridKeydown}
        @click=${this.onGridClick}
        @focusin=${this.onGridFocusin}
        @focusout=${this.onGridFocusout}
      >
        ${matrix}
      </div>
      ${this.editable ? editor?.renderHint() : nothing} ${logic.renderLegend(view.scale, localize)}
      ${
        this.recommend
          ? logic.renderRecommendations(this.recommendations, {
              document,
              localize,
              skillNames: new Map(view.rows.map((row) => [row.skill, row.name.text])),
              select: (event, course) => {
                logic.selectCourse(this, event, course, document.lang);
              },
            })
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${editor?.renderChooser()}`;
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

  /** A level set in the editor: the element's own view of the levels changes, never the document. */
  private commitLevel({ person, skill, value, view, announcement }: LevelCommit): void {
    const edits = new Map(this.edits);
    edits.set(person, { ...edits.get(person), [skill]: value });
    this.edits = edits;
    this.view = view;
    // The editor made the view for these inputs: it is not made again.
    this.viewKey = this.viewInputs();
    this.revisions.set(skill, (this.revisions.get(skill) ?? 0) + 1);
    this.pendingAnnouncement = announcement;
  }

  private onGridKeydown(event: KeyboardEvent): void {
    if (this.grid.handleKey(event)) return;
    if (this.editable) this.editor?.gridKey(event, this.grid.activeCell);
  }

  private onGridClick(event: MouseEvent): void {
    const cell = (event.target as Element).closest('td, th');
    if (!(cell instanceof HTMLTableCellElement)) return;
    this.grid.follow(cell);
    if (this.editable) this.editor?.gridClick(cell);
  }

  private onGridFocusin(event: FocusEvent): void {
    const element = event.target as Element;
    if (!element.closest('table')) return;
    this.grid.follow(element);
    if (this.editable) this.editor?.gridFocus(element.closest('td') ?? undefined);
  }

  private onGridFocusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !(event.currentTarget as HTMLElement).contains(next)) this.editor?.gridBlur();
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
    if (!framework || !this.logic) return;
    const matrix = {
      id: `${framework.id}#skill-gap-matrix`,
      name: { [this.localize.translation.$code]: this.localize.term('matrixName') },
    };
    this.dispatchEvent(new LpXapiStatementEvent(this.logic.matrixInteracted(matrix, 'sort')));
  }

  private exportCsv(): void {
    const { view, subject, logic } = this;
    if (view && subject && logic) logic.exportCsv(this.renderRoot, view, this.groups, this.localize, subject);
  }
}
