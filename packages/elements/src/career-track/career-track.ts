import type { Course, DataDocument, Levels, LocalizedText, Profile, Step, Track } from '@lp-elements/model';
import type { PartialStatement } from '@lp-elements/xapi';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure, renderSkippedNotice } from '../base/data/render-data-problems.js';
import { LpCourseSelectEvent } from '../base/events/course-select-event.js';
import { LpDataErrorEvent, type DataProblem } from '../base/events/data-error-event.js';
import type { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import { LpElement } from '../base/lp-element.js';
import { skeletonStyles } from '../base/theme/skeleton.styles.js';
import { careerTrackStyles } from './career-track.styles.js';
import { CompletionLedger } from './completion-ledger.js';
import type { TrackRenderContext } from './render-context.js';
import { LpStepSelectEvent } from './step-select-event.js';
import type { Orientation } from './step-keys.js';
import type * as TrackLogicModule from './track-logic.js';
import type { TrackView } from './track-view.js';

type TrackLogic = typeof TrackLogicModule;

/** The element's computations, fetched once per page the first time a track is shown. */
let logicModule: Promise<TrackLogic> | undefined;

/** Widths in the horizontal drawing, in `rem`: a step card and the line to the next; the lines a fork adds. */
const COLUMN_REM = 14;
const FORK_REM = 4;

/** What the element shows, worked out from its data and attributes. */
interface Resolved {
  readonly document: DataDocument;
  readonly track: Track | undefined;
  readonly person: Profile | undefined;
  readonly view: TrackView | undefined;
  readonly problems: readonly DataProblem[];
}

const isAbsoluteIri = (id: string) => /^[a-z][a-z\d+.-]*:/i.test(id);

/**
 * @tagname lp-career-track
 * @summary A career track as an accessible, branching stepper: steps, requirements, courses, credentials and where a person stands.
 *
 * @description Shows the steps of a career track from a data document: each step's title,
 * "Step 3 of 7", its status for the person named by `current` (achieved, current step,
 * available, optional, locked) in words and as an icon, how many requirements they meet, the
 * credential it leads to, its usual duration and the effort of the courses that close the gaps.
 * Branches are drawn as forks and joins. Opening a step shows each required skill (required
 * against current level), the courses that lead there and the credential. When the person's
 * levels change on the page (`lp-level-change`, e.g. from a self-assessment), statuses follow,
 * and a step newly achieved is reported once as completed, with the progress on the track.
 *
 * Keyboard: one step takes Tab; Left and Right arrows move along the steps (mirrored in
 * right-to-left languages), Up and Down too in the vertical layout (between the paths of a fork
 * in the horizontal one), Home and End go to the first and last step, Enter and Space open and
 * close a step.
 *
 * @fires {LpStepSelectEvent} lp-step-select - The learner opened a step: `detail.step`, `detail.track`, `detail.status`.
 * @fires {LpCourseSelectEvent} lp-course-select - The learner followed a course link (only when `<lp-course-card>` is not on the page; the cards fire it themselves). Cancel it to keep the link from navigating.
 * @fires {LpXapiStatementEvent} lp-xapi-statement - `careerStepSelected` when a step is opened, `careerStepCompleted` and `trackProgressed` when a level change completes a step, `courseSelected` for a course link.
 * @fires {LpDataErrorEvent} lp-data-error - The data, or the `track` or `current` attribute, has problems; `detail.problems` names each by path or attribute.
 *
 * @csspart base - The wrapper of everything.
 * @csspart title - The track's name.
 * @csspart summary - The line with the person and the steps achieved.
 * @csspart scroller - The box the horizontal drawing scrolls in.
 * @csspart step - One step (with `step-achieved`, `step-current`, `step-available`, `step-optional` or `step-locked`).
 * @csspart marker - The circle with the status icon on the line.
 * @csspart card - The box with the step's text.
 * @csspart step-button - The button that opens and closes a step.
 * @csspart status - The status in words.
 * @csspart details - What an opened step shows.
 * @csspart course-link - A course link (when `<lp-course-card>` is not on the page).
 * @csspart fork - A step's several next steps, with their paths.
 * @csspart path - One path of a fork.
 * @csspart notice - A problem with the `current` attribute, shown above the track.
 * @csspart data-problems - What was wrong with the data.
 *
 * @cssprop --lp-career-track-step-width - Width of a step card in the horizontal layout (default 12rem).
 * @cssprop --lp-career-track-line-color - Colour of the lines between steps (default the border colour).
 * @cssprop --lp-career-track-line-width - Width of the lines between steps (default 2px).
 * @cssprop --lp-career-track-marker-size - Diameter of the status circles (default 2rem).
 */
export class LpCareerTrack extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles, skeletonStyles, careerTrackStyles];

  /** URL of the data document (fetched once per page, however many elements use it). */
  @property() src?: string;

  /** The data document itself (an object or JSON text); wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Id (IRI) of the track to show; optional when the document has one track (the first is shown otherwise). */
  @property() track?: string;

  /** Id of the person profile whose progress to show. */
  @property() current?: string;

  /** Id of the step the person has chosen to work towards, if it is open to them. */
  @property() goal?: string;

  /** The person's levels (skill IRI → level), for a person who is not in the document; `current` wins. */
  @property({ attribute: false }) levels?: Levels;

  /** `horizontal`, `vertical`, or `auto`: horizontal when the whole track fits the width, vertical otherwise. */
  @property({ reflect: true }) orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** The moment course dates are judged from when estimating effort; now by default. */
  @property({ attribute: false }) now?: Date;

  @state() private logic: TrackLogic | undefined;
  @state() private expandedId: string | undefined;
  @state() private focusId: string | undefined;
  @state() private wide = false;
  @state() private announcement = '';
  /** Levels learnt from `lp-level-change` events, per person; the document is never changed. */
  @state() private changedLevels = new Map<string, Levels>();

  private readonly dataController = new DataDocumentController(this, this.localize);
  private readonly ledger = new CompletionLedger();
  private readonly reportedProblems = new Set<string>();
  private readonly cards = new WeakMap<Course, Element>();
  private resizeObserver: ResizeObserver | undefined;
  /** The element's width as last observed, and the number of columns it was compared with. */
  private width = 0;
  private measuredColumns = 0;
  private resolved: Resolved | undefined;
  private resolvedFrom: readonly unknown[] = [];

  constructor() {
    super();
    this.addController({
      hostConnected: () => {
        this.connect();
      },
      hostDisconnected: () => {
        this.disconnect();
      },
    });
  }

  /** Starts what needs a page: the computations module, level changes, course cards, the width. */
  private connect(): void {
    logicModule ??= import('./track-logic.js');
    void logicModule.then((logic) => {
      this.logic = logic;
    });
    document.addEventListener('lp-level-change', this.onLevelChange);
    if (!customElements.get('lp-course-card')) {
      void customElements.whenDefined('lp-course-card').then(() => {
        this.requestUpdate();
      });
    }
    // Only the width matters; the change waits a frame, so a layout that changes the height
    // never feeds back into the same round of observations.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width === this.width) return;
      this.width = width;
      requestAnimationFrame(() => {
        this.measure();
      });
    });
    this.resizeObserver.observe(this);
  }

  private disconnect(): void {
    document.removeEventListener('lp-level-change', this.onLevelChange);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** The layout in use: the `orientation` asked for, or in `auto` the one that fits. */
  get layout(): Orientation {
    if (this.orientation === 'horizontal' || this.orientation === 'vertical') return this.orientation;
    return this.wide ? 'horizontal' : 'vertical';
  }

  /** In `auto`, whether the whole track fits side by side in the element's width. */
  private measure(): void {
    const layout = this.resolved?.view?.layout;
    const columns = layout?.columns ?? 0;
    this.measuredColumns = columns;
    if (!layout || columns === 0 || this.width === 0) return;
    const rem = parseFloat(getComputedStyle(this).fontSize) || 16;
    const wide = this.width >= (columns * COLUMN_REM + layout.forks * FORK_REM) * rem;
    if (wide !== this.wide) this.wide = wide;
  }

  /** Works out the track, person and view; computes again only when something they depend on changed. */
  private resolve(): Resolved | undefined {
    const loaded = this.dataController.value;
    const { logic } = this;
    if (!loaded || !logic) return undefined;
    const changed = this.current === undefined ? undefined : this.changedLevels.get(this.current);
    const inputs = [
      loaded.document,
      logic,
      this.localize.translation,
      this.track,
      this.current,
      this.goal,
      this.levels,
      this.now,
      changed,
    ];
    if (this.resolved && inputs.every((input, index) => input === this.resolvedFrom[index])) return this.resolved;
    const { document } = loaded;
    const problems: DataProblem[] = [];
    const translation = this.localize.translation;
    const track = this.track ? logic.trackById(document, this.track) : document.tracks?.[0];
    if (this.track && !track) {
      problems.push({ path: 'track', code: 'unknown-track', message: translation.trackUnknown(this.track) });
    }
    const person = this.current === undefined ? undefined : logic.profileById(document, this.current);
    if (this.current !== undefined && !person) {
      problems.push({
        path: 'current',
        code: 'unknown-profile',
        message: translation.trackUnknownPerson(this.current),
      });
    }
    const levels = person ? { ...person.levels, ...changed } : (this.levels ?? {});
    const view = track
      ? logic.trackView(document, track, levels, {
          now: this.now ?? new Date(),
          lang: this.localize.lang,
          ...(this.goal === undefined ? {} : { currentStep: this.goal }),
        })
      : undefined;
    this.resolved = { document, track, person, view, problems };
    this.resolvedFrom = inputs;
    return this.resolved;
  }

  /** The person whose completions the ledger counts on this track. */
  private ledgerKey(resolved: Resolved): string | undefined {
    if (!resolved.track || !resolved.person) return undefined;
    return `${resolved.track.id}\u0000${resolved.person.id}`;
  }

  /** Remembers what the person had achieved when first shown: that is never reported as new. */
  private noteStart(resolved: Resolved | undefined): void {
    const key = resolved && this.ledgerKey(resolved);
    if (key && resolved.view && !this.ledger.knows(key)) this.ledger.start(key, resolved.view.achieved);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.noteStart(this.resolve());
    // A new track is measured before it is drawn, so it never shows in the wrong layout first.
    if ((this.resolved?.view?.layout.columns ?? 0) !== this.measuredColumns) {
      this.width = this.getBoundingClientRect().width;
      this.measure();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblems();
  }

  /** Problems with the `track` and `current` attributes: one warning and one event per value and document. */
  private reportProblems(): void {
    const resolved = this.resolved;
    if (!resolved) return;
    const fresh = resolved.problems.filter((problem) => {
      const key = `${problem.path}\u0000${problem.message}`;
      if (this.reportedProblems.has(key)) return false;
      this.reportedProblems.add(key);
      return true;
    });
    if (fresh.length === 0) return;
    const lines = fresh.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    console.warn(`<${this.localName}>: problems with its attributes:\n${lines}`);
    const report = new LpDataErrorEvent({ source: 'attribute', problems: fresh });
    this.dispatchEvent(report);
  }

  /** A level changed on the page: follow it for `current`, and report steps it completes, each once. */
  private readonly onLevelChange = (event: LpLevelChangeEvent): void => {
    const { person, skill, newLevel } = event.detail;
    if (this.current === undefined || person !== this.current || !Number.isFinite(newLevel)) return;
    this.noteStart(this.resolve());
    const known = this.changedLevels.get(person);
    if (known?.[skill] === newLevel) return;
    this.changedLevels = new Map(this.changedLevels).set(person, { ...known, [skill]: newLevel });
    const resolved = this.resolve();
    const key = resolved && this.ledgerKey(resolved);
    if (!resolved?.view || !key) return;
    const { view, document } = resolved;
    const fresh = this.ledger.newlyAchieved(key, view.achieved);
    if (fresh.length === 0) return;
    const logic = this.logic;
    if (!logic) return;
    const trackInfo = this.activityInfo(view.track.id, view.track.name, document);
    const titles: string[] = [];
    for (const id of fresh) {
      const step = view.layout.steps.find((candidate) => candidate.id === id);
      if (!step) continue;
      titles.push(logic.pickText(step.title, this.localize.lang, document.lang).text);
      this.say(logic.careerStepCompleted(this.stepInfo(view.track, step, document), trackInfo));
      this.say(logic.trackProgressed(trackInfo, view.percent));
    }
    this.announcement = this.localize.translation.trackStepAchieved(
      logic.namesForList(this.localize, titles, 'conjunction'),
    );
  };

  private activityInfo(id: string, name: LocalizedText, document: DataDocument) {
    return { id, name, lang: document.lang ?? 'en' };
  }

  /** A step's activity IRI: its id when that is an IRI, else a path under the track's IRI. */
  private stepInfo(track: Track, step: Step, document: DataDocument) {
    const id = isAbsoluteIri(step.id)
      ? step.id
      : `${track.id.replace(/\/+$/, '')}/steps/${encodeURIComponent(step.id)}`;
    return this.activityInfo(id, step.title, document);
  }

  private say(statement: PartialStatement): void {
    const event = new LpXapiStatementEvent(statement);
    this.dispatchEvent(event);
  }

  private toggle(step: Step): void {
    const opening = this.expandedId !== step.id;
    this.expandedId = opening ? step.id : undefined;
    this.focusId = step.id;
    const resolved = this.resolved;
    const view = resolved?.view;
    if (!opening || !view || !this.logic) return;
    const status = view.stepProgress.get(step)?.status ?? 'locked';
    const selected = new LpStepSelectEvent({ step, track: view.track, status });
    this.dispatchEvent(selected);
    const trackInfo = this.activityInfo(view.track.id, view.track.name, resolved.document);
    this.say(this.logic.careerStepSelected(this.stepInfo(view.track, step, resolved.document), trackInfo));
  }

  private selectCourse(course: Course, event: Event): void {
    const select = new LpCourseSelectEvent(course);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
    const document = this.resolved?.document;
    if (this.logic && document)
      this.say(this.logic.courseSelected(this.activityInfo(course.id, course.name, document)));
  }

  private courseCard(course: Course): Element {
    let card = this.cards.get(course);
    if (!card) {
      card = document.createElement('lp-course-card');
      card.setAttribute('compact', '');
      Object.assign(card, { course, data: this.resolved?.document });
      this.cards.set(course, card);
    }
    return card;
  }

  private stepButton(view: TrackView, step: Step): HTMLElement | null {
    const position = (view.layout.places.get(step)?.position ?? 0) + 1;
    return this.renderRoot.querySelector<HTMLElement>(`#step-${position}`);
  }

  private stepOf(view: TrackView, target: EventTarget | null): Step | undefined {
    if (!(target instanceof HTMLElement) || !target.classList.contains('toggle')) return undefined;
    const id = target.closest<HTMLElement>('[data-step]')?.dataset.step;
    return view.layout.steps.find((step) => step.id === id);
  }

  /** A click on a step's button, or on any text inside it, opens or closes the step. */
  private onClick(event: MouseEvent): void {
    const view = this.resolved?.view;
    const button = event.target instanceof Element ? event.target.closest('.toggle') : null;
    const step = view && this.stepOf(view, button);
    if (step) this.toggle(step);
  }

  private onKeydown(event: KeyboardEvent): void {
    const view = this.resolved?.view;
    if (!view || event.altKey || event.ctrlKey || event.metaKey) return;
    const from = this.stepOf(view, event.target);
    if (!from) return;
    const target = this.logic?.stepForKey(event.key, from, view.layout, this.localize.dir, this.layout);
    if (!target) return;
    event.preventDefault();
    this.focusId = target.id;
    this.stepButton(view, target)?.focus();
  }

  private onFocusIn(event: FocusEvent): void {
    const view = this.resolved?.view;
    const step = view && this.stepOf(view, event.target);
    if (step) this.focusId = step.id;
  }

  private renderState(message: string, busy = false): TemplateResult {
    return html`<div class="state" part="base" role="status" aria-busy=${busy ? 'true' : 'false'}>
      ${
        busy
          ? html`<span class="skeleton" aria-hidden="true"
              ><span class="bone"></span><span class="bone"></span><span class="bone"></span
            ></span>`
          : nothing
      }
      <p class=${busy ? 'visually-hidden' : 'state__message'}>${message}</p>
    </div>`;
  }

  override render() {
    const { failure } = this.dataController;
    if (failure) {
      return renderDataFailure(this.localize, failure, () => {
        this.dataController.retry();
      });
    }
    const resolved = this.resolved;
    const translation = this.localize.translation;
    if (!resolved) {
      const waiting = this.dataController.pending || (this.dataController.value !== undefined && !this.logic);
      return this.renderState(waiting ? translation.loading : translation.trackNone, waiting);
    }
    const { view, problems } = resolved;
    const skipped = renderSkippedNotice(this.localize, this.dataController.skipped);
    const trackProblem = problems.find((problem) => problem.path === 'track');
    if (trackProblem) {
      return html`${skipped}${renderDataFailure(
        this.localize,
        { source: 'attribute', problems: [trackProblem], retryable: false },
        () => undefined,
      )}`;
    }
    if (!view || !this.logic) return html`${skipped}${this.renderState(translation.trackNone)}`;
    return html`${skipped}${this.renderTrack(resolved, view, this.logic)}`;
  }

  private renderTrack(resolved: Resolved, view: TrackView, logic: TrackLogic): TemplateResult {
    const byId = (id: string | undefined) => view.layout.steps.find((step) => step.id === id);
    const context: TrackRenderContext = {
      document: resolved.document,
      view,
      localize: this.localize,
      orientation: this.layout,
      expanded: byId(this.expandedId),
      focusable: byId(this.focusId) ?? view.marked,
      courseCards: customElements.get('lp-course-card') !== undefined,
      selectCourse: (course, event) => {
        this.selectCourse(course, event);
      },
      courseCard: (course) => this.courseCard(course),
    };
    return logic.renderTrack(context, {
      person: resolved.person,
      notice: resolved.problems.find((problem) => problem.path === 'current')?.message,
      announcement: this.announcement,
      onClick: (event) => {
        this.onClick(event);
      },
      onKeydown: (event) => {
        this.onKeydown(event);
      },
      onFocusIn: (event) => {
        this.onFocusIn(event);
      },
    });
  }
}
