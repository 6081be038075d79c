import {
  pickText,
  requiredLevels,
  type DataDocument,
  type Levels,
  type LocalizedText,
  type Step,
  type Track,
} from '@lp-elements/model';
import type { RecordProblem } from '@lp-elements/xapi';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataDocumentController } from '../base/data/data-document-controller.js';
import { dataProblemsStyles } from '../base/data/data-problems.styles.js';
import { renderDataFailure } from '../base/data/render-data-problems.js';
import { LpDataErrorEvent, type DataProblem } from '../base/events/data-error-event.js';
import type { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { LpModuleCompleteEvent } from '../base/events/module-complete-event.js';
import { LpModuleExitEvent } from '../base/events/module-exit-event.js';
import { LpElement } from '../base/lp-element.js';
import { sameValues } from '../base/same-values.js';
import type { LpStepSelectEvent } from '../career-track/step-select-event.js';
import { connectTrainingElements } from './connect-training-elements.js';
import { withLearner } from './learner-document.js';
import { LearnerRecordController } from './learner-record-controller.js';
import { chooseRecordStore } from './record-store-choice.js';
import { trainingModuleStyles } from './training-module.styles.js';
import { COMPLETION_RULES, firstOpenStep, moduleProgress, type CompletionRule } from './training-progress.js';

type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** What the module works from once its data is there. */
interface Journey {
  readonly source: DataDocument;
  /** The document handed to the three elements: the source with the learner's levels. */
  readonly shared: DataDocument;
  readonly learner: string;
  readonly track: Track;
}

/**
 * @tagname lp-training-module
 * @summary A Learning Professional training module in one tag: choose a career step, assess your skills for it, find the courses that close the gaps.
 *
 * @description Composes `<lp-career-track>`, `<lp-skill-gap-matrix>` and `<lp-course-catalogue>`
 * from one data document (`src` or `data`), wired together: opening a step on the track makes it
 * the goal, the matrix shows what it requires and lets the learner set their own levels, and the
 * catalogue puts the courses that close the remaining gaps first. Step statuses and
 * recommendations follow every level the learner sets.
 *
 * `person` names the learner's profile in the document; without it the learner starts with no
 * levels (as when an LMS launches the module). The learner's record (chosen step, levels with
 * when they were set, whether completion was reported) outlives the page: under a cmi5 launch in
 * the unit's State document, inside an `<lp-xapi-recorder>` with an LRS in the LRS, and always in
 * `localStorage`, so a reload, a new tab or tomorrow's visit resumes where the learner was. The
 * first screen never waits for it: levels fill in when the record arrives. "Forget my answers"
 * deletes it, after a confirmation.
 *
 * The module is completed when its rule (`complete-when`) is met for the chosen step:
 * `assessed` (the default: every skill the step requires has been self-assessed) or `met` (the
 * learner's levels meet every requirement). It then fires `lp-module-complete` once; an enclosing
 * `<lp-xapi-recorder>` turns that into the `completed` statement (under a cmi5 launch, the
 * unit's). Under a cmi5 launch an Exit button fires `lp-module-exit`, which returns to the LMS; in
 * the LMS's Review mode levels cannot be changed.
 *
 * Pages that place the three elements themselves get the same wiring from
 * `connectTrainingElements()`.
 *
 * @csspart header - The module's title, progress and Exit button.
 * @csspart progress - How many of the chosen step's skills are done, or that the module is completed.
 * @csspart exit-button - Leaves the module (shown under a cmi5 launch, or with `exit`).
 * @csspart section - Each of the three parts of the journey.
 * @csspart mode-notice - What the LMS's Browse or Review mode means for the learner.
 * @csspart forget-button - Starts forgetting the learner's answers (asks first).
 * @csspart forget-confirmation - The question and the two buttons that confirm or cancel forgetting.
 * @csspart data-problems - The panel or notice that lists problems with the data or the attributes.
 * @csspart retry-button - Loads the data again after a network failure.
 *
 * @cssprop --lp-training-module-gap - Space between the parts of the module (default 1.5rem).
 *
 * @fires lp-module-complete - The completion rule is met for the first time: `detail.module`, `detail.name`, `detail.lang`.
 * @fires lp-module-exit - The learner pressed Exit. Cancelable: cancel it to stay on the page.
 * @fires lp-data-error - The data, the `track`, `step` or `person` attribute, or the stored record (`source: 'record'`) has problems.
 */
export class LpTrainingModule extends LpElement {
  static override styles = [LpElement.styles, dataProblemsStyles, trainingModuleStyles];

  /** URL of the data document (fetched once per page, however many elements use it). */
  @property() src?: string;

  /** The data document itself: an object or JSON text. Wins over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Id of the learner's person profile in the document; without it the learner starts with no levels. */
  @property() person?: string;

  /** Id of the career track; the document's first by default. */
  @property() track?: string;

  /** Id of the step to start on unless the learner chose one before; else the first one not yet met. */
  @property() step?: string;

  /** The completion rule: `assessed` (every required skill self-assessed) or `met` (every requirement met). */
  @property({ attribute: 'complete-when' }) completeWhen: CompletionRule = 'assessed';

  /** IRI of the module, for its `completed` statement; the track's IRI followed by `/module` by default. */
  @property({ attribute: 'module-id' }) moduleId?: string;

  /** The module's heading; "Your path as a Learning Professional", in the page's language, by default. */
  @property() heading?: string;

  /** Shows the Exit button without a cmi5 launch, e.g. for an LMS that opens the module in a window. */
  @property({ type: Boolean }) exit = false;

  @state() private chosenStep: string | undefined;
  @state() private launchMode: LaunchMode | undefined;
  /** Where "Forget my answers" is: the button, the question, or done (a notice). */
  @state() private forgetting: 'asking' | 'forgotten' | undefined;

  private readonly dataController = new DataDocumentController(this, this.localize);
  private readonly records = new LearnerRecordController(this, {
    canWrite: () => this.launchMode !== 'Review' && this.launchMode !== 'Browse',
    onProblems: (problems) => {
      this.reportRecordProblems(problems);
    },
  });
  /** The record generation the chosen step was last worked out for. */
  private stepFromGeneration = -1;
  private stepChosenHere = false;
  private openedRecord = '';
  private journey: Journey | undefined;
  private journeyFrom: readonly unknown[] = [];
  private problems: readonly DataProblem[] = [];
  private reportedProblems = '';
  private disconnectElements: (() => void) | undefined;
  private wiredTrack: Element | undefined;
  private recorderObserver: MutationObserver | undefined;

  constructor() {
    super();
    this.addController({
      hostConnected: () => {
        document.addEventListener('lp-level-change', this.onLevelChange);
        this.watchLaunchMode();
        // Moved in the page without a new render: the elements are still there to wire again.
        this.wireElements();
      },
      hostDisconnected: () => {
        document.removeEventListener('lp-level-change', this.onLevelChange);
        this.recorderObserver?.disconnect();
        this.unwireElements();
      },
    });
  }

  /** The recorder this module reports to says how an LMS launched it; Review mode is read-only. */
  private watchLaunchMode(): void {
    const recorder = this.closest('lp-xapi-recorder');
    if (!recorder) return;
    const read = () => {
      const mode = recorder.getAttribute('launch-mode');
      this.launchMode = mode === 'Normal' || mode === 'Browse' || mode === 'Review' ? mode : undefined;
    };
    read();
    this.recorderObserver = new MutationObserver(read);
    this.recorderObserver.observe(recorder, { attributes: true, attributeFilter: ['launch-mode'] });
  }

  private get rule(): CompletionRule {
    return COMPLETION_RULES.includes(this.completeWhen) ? this.completeWhen : 'assessed';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const document = this.dataController.value?.document;
    if (!document) {
      this.journey = undefined;
      return;
    }
    const track = this.track ? document.tracks?.find((candidate) => candidate.id === this.track) : document.tracks?.[0];
    const person = this.person?.trim() ? this.person.trim() : undefined;
    if (track) {
      this.openRecord(document, track, person);
      // Read from the local copy within the same task: the first screen already has the learner's levels.
      if (!this.records.ready) {
        this.journey = undefined;
        return;
      }
    }
    const inputs = [document, track, person, this.localize.translation, this.records.generation];
    if (!sameValues(inputs, this.journeyFrom)) {
      this.journeyFrom = inputs;
      this.problems = this.attributeProblems(document, track, person);
      // Built once per document and learner, not per level: the matrix keeps its own edits, and
      // the track and catalogue follow them through `lp-level-change`.
      const shared = track
        ? withLearner(
            document,
            person && this.knownPerson(document, person) ? person : undefined,
            this.localize.term('moduleLearner'),
            this.recordedLevels(),
          )
        : undefined;
      this.journey =
        shared && track ? { source: document, shared: shared.document, learner: shared.learner, track } : undefined;
    }
    // A record that arrives later (another device, another tab) moves the step unless the learner chose one here.
    if (this.journey && (this.chosenStep === undefined || this.stepFromGeneration !== this.records.generation)) {
      this.stepFromGeneration = this.records.generation;
      if (!this.stepChosenHere || this.chosenStep === undefined) this.chosenStep = this.startingStep(this.journey)?.id;
    }
    this.checkCompletion();
  }

  /** Opens the learner's record for this module and learner; the controller reads it once per pair. */
  private openRecord(document: DataDocument, track: Track, person: string | undefined): void {
    const module = this.moduleId ?? `${track.id}/module`;
    const skills = new Set(
      (document.frameworks ?? []).flatMap((framework) => framework.skills.map((skill) => skill.id)),
    );
    const steps = new Set(track.steps.map((step) => step.id));
    const id = `${module}|${person ?? ''}`;
    if (id !== this.openedRecord) {
      this.openedRecord = id;
      this.chosenStep = undefined;
      this.stepChosenHere = false;
    }
    this.records.open(id, () => chooseRecordStore(this, { module, person }), { skills, steps });
  }

  /** The levels the learner set themselves, as the model reads levels. */
  private recordedLevels(): Levels {
    return Object.fromEntries(Object.entries(this.records.record.levels).map(([skill, { level }]) => [skill, level]));
  }

  private knownPerson(document: DataDocument, id: string): boolean {
    return (document.profiles ?? []).some((profile) => profile.id === id && profile.kind === 'person');
  }

  private attributeProblems(
    document: DataDocument,
    track: Track | undefined,
    person: string | undefined,
  ): DataProblem[] {
    const problems: DataProblem[] = [];
    if (!track) {
      problems.push(
        this.track
          ? { path: 'track', code: 'unknown-track', message: this.localize.term('moduleUnknownTrack', this.track) }
          : { path: '$.tracks', code: 'missing-track', message: this.localize.term('moduleNoTrack') },
      );
    }
    if (track && this.step && !track.steps.some((step) => step.id === this.step)) {
      problems.push({
        path: 'step',
        code: 'unknown-step',
        message: this.localize.term('moduleUnknownStep', this.step),
      });
    }
    if (person && !this.knownPerson(document, person)) {
      problems.push({
        path: 'person',
        code: 'unknown-profile',
        message: this.localize.term('moduleUnknownPerson', person),
      });
    }
    return problems;
  }

  private startingStep(journey: Journey): Step | undefined {
    const { steps } = journey.track;
    const named = (id: string | undefined) => steps.find((step) => step.id === id);
    return (
      named(this.records.record.step?.id) ??
      named(this.step) ??
      firstOpenStep(journey.source, journey.track, this.learnerLevels(journey))
    );
  }

  /** The learner's levels now: the document's, then what they set themselves. */
  private learnerLevels(journey: Journey): Levels {
    const profile = journey.shared.profiles?.find((candidate) => candidate.id === journey.learner);
    return { ...profile?.levels, ...this.recordedLevels() };
  }

  private get currentStep(): Step | undefined {
    return this.journey?.track.steps.find((step) => step.id === this.chosenStep);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportProblems();
    this.wireElements();
  }

  /** Wires the composed elements once per set of them: a data failure and retry renders new ones. */
  private wireElements(): void {
    const track = this.renderRoot.querySelector('lp-career-track');
    if (track === this.wiredTrack) return;
    this.unwireElements();
    if (!track) return;
    const disconnect = connectTrainingElements({
      track,
      matrix: this.renderRoot.querySelector('lp-skill-gap-matrix') ?? undefined,
      catalogue: this.renderRoot.querySelector('lp-course-catalogue') ?? undefined,
    });
    track.addEventListener('lp-step-select', this.onStepSelect);
    this.wiredTrack = track;
    this.disconnectElements = () => {
      disconnect();
      track.removeEventListener('lp-step-select', this.onStepSelect);
    };
  }

  private unwireElements(): void {
    this.disconnectElements?.();
    this.disconnectElements = undefined;
    this.wiredTrack = undefined;
  }

  private readonly onStepSelect = (event: LpStepSelectEvent): void => {
    this.chosenStep = event.detail.step.id;
    this.stepChosenHere = true;
    this.records.chooseStep(this.chosenStep);
  };

  private readonly onLevelChange = (event: LpLevelChangeEvent): void => {
    const { person, skill, newLevel } = event.detail;
    if (person !== this.journey?.learner || this.launchMode === 'Review') return;
    this.forgetting = undefined;
    this.records.setLevel(skill, newLevel);
  };

  private progress() {
    const { journey, currentStep } = this;
    if (!journey || !currentStep) return undefined;
    return moduleProgress(
      requiredLevels(journey.source, currentStep),
      this.learnerLevels(journey),
      new Set(Object.keys(this.records.record.levels)),
      this.rule,
    );
  }

  /**
   * Says `lp-module-complete` once, ever, the first time the rule is met: the record keeps that it
   * was said, so it is judged only once the whole record is read. Never in Review mode.
   */
  private checkCompletion(): void {
    const { journey } = this;
    const { record, settled } = this.records;
    if (!journey || !settled || record.completed || this.launchMode === 'Review') return;
    if (!this.progress()?.complete || Object.keys(record.levels).length === 0) return;
    this.records.markCompleted();
    const name = this.text(journey.track.name);
    this.dispatchEvent(
      new LpModuleCompleteEvent({ module: this.moduleIri(journey), name: name.text, lang: name.lang }),
    );
  }

  /** The module's IRI: `module-id`, else one made from the track's (never the track's own: that names the track). */
  private moduleIri(journey: Journey): string {
    return this.moduleId ?? `${journey.track.id}/module`;
  }

  /** A text of the document in the page's language, and the language it is in. */
  private text(value: LocalizedText | undefined): { text: string; lang: string } {
    const picked = pickText(value, this.localize.lang, this.journey?.source.lang);
    return { text: picked.text, lang: picked.lang ?? this.localize.lang };
  }

  /** One report (event and warning) per set of attribute problems, however often the module renders. */
  private reportProblems(): void {
    const key = this.problems.map((problem) => `${problem.path}:${problem.code}`).join('|');
    if (key === this.reportedProblems) return;
    this.reportedProblems = key;
    if (this.problems.length === 0) return;
    const lines = this.problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    console.warn(`<${this.localName}>: problems in its attributes:\n${lines}`);
    this.dispatchEvent(new LpDataErrorEvent({ source: 'attributes', problems: this.problems }));
  }

  /** One warning and one event per reading of a stored record with parts that had to be ignored. */
  private reportRecordProblems(problems: readonly RecordProblem[]): void {
    const lines = problems.map((problem) => `  ${problem.path}: ${problem.message}`).join('\n');
    console.warn(`<${this.localName}>: parts of the learner's stored record were ignored:\n${lines}`);
    this.dispatchEvent(
      new LpDataErrorEvent({
        source: 'record',
        problems: problems.map((problem) => ({
          path: problem.path,
          code: problem.code,
          message: this.localize.term('moduleRecordIgnored', problem.path),
        })),
      }),
    );
  }

  private askToForget(): void {
    this.forgetting = 'asking';
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('.forget-keep')?.focus();
    });
  }

  private async confirmForget(): Promise<void> {
    this.chosenStep = undefined;
    this.stepChosenHere = false;
    this.forgetting = 'forgotten';
    await this.records.forget();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="forget-button"]')?.focus();
  }

  private keepAnswers(): void {
    this.forgetting = undefined;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('[part="forget-button"]')?.focus();
    });
  }

  private readonly onForgetKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.keepAnswers();
  };

  /** An open step lists its courses inside the track: this passes them, to the skills. */
  private readonly skipToSkills = (): void => {
    this.renderRoot.querySelector<HTMLElement>('#gaps-heading')?.focus();
  };

  private onExit(): void {
    this.dispatchEvent(new LpModuleExitEvent());
  }

  protected override render() {
    const { failure } = this.dataController;
    const content = failure
      ? renderDataFailure(this.localize, failure, () => {
          this.dataController.retry();
        })
      : this.renderJourney();
    return html`<div class="module" dir=${this.localize.dir}>${content}</div>`;
  }

  private renderProblems() {
    if (this.problems.length === 0) return nothing;
    return html`<div class="data-problems" part="data-problems" role="alert">
      <ul>
        ${this.problems.map((problem) => html`<li><code>${problem.path}</code>: ${problem.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderJourney() {
    const { journey } = this;
    if (!journey) {
      return html`${this.renderProblems()}${
        this.dataController.pending || !this.dataController.value
          ? html`<p class="loading" role="status" aria-busy="true">${this.localize.term('loading')}</p>`
          : nothing
      }`;
    }
    const step = this.currentStep;
    const stepTitle = step ? this.text(step.title).text : '';
    const readOnly = this.launchMode === 'Review';
    const learner = journey.learner;
    return html`
      <div class="header" part="header">
        <h2 class="title">${this.heading ?? this.localize.term('moduleTitle')}</h2>
        <p class="progress" part="progress" role="status">${this.renderProgress(stepTitle)}</p>
        ${
          this.exit || this.launchMode
            ? html`<button class="exit" part="exit-button" type="button" @click=${this.onExit}>
                ${this.localize.term('moduleExit')}
              </button>`
            : nothing
        }
      </div>
      ${readOnly || this.launchMode === 'Browse' ? nothing : this.renderForget()} ${this.renderProblems()}
      ${
        this.launchMode === 'Review' || this.launchMode === 'Browse'
          ? html`<p class="mode-notice" part="mode-notice">
              ${this.localize.term(this.launchMode === 'Review' ? 'moduleReviewMode' : 'moduleBrowseMode')}
            </p>`
          : nothing
      }
      <section class="section track" part="section" aria-labelledby="track-heading">
        <h3 id="track-heading">${this.localize.term('moduleTrackHeading')}</h3>
        <p class="hint">${this.localize.term('moduleTrackHint')}</p>
        <button class="skip" type="button" @click=${this.skipToSkills}>
          ${this.localize.term('moduleSkipToSkills')}
        </button>
        <lp-career-track
          .data=${journey.shared}
          track=${journey.track.id}
          current=${learner}
          goal=${ifDefined(step?.id)}
        ></lp-career-track>
      </section>
      <div class="work">
        <section class="section gaps" part="section" aria-labelledby="gaps-heading">
          <h3 id="gaps-heading" tabindex="-1">${this.localize.term('moduleGapsHeading', stepTitle)}</h3>
          ${readOnly ? nothing : html`<p class="hint">${this.localize.term('moduleGapsHint')}</p>`}
          <lp-skill-gap-matrix
            .data=${journey.shared}
            current=${learner}
            required=${ifDefined(step?.id)}
            ?editable=${!readOnly}
          ></lp-skill-gap-matrix>
        </section>
        <section class="section courses" part="section" aria-labelledby="courses-heading">
          <h3 id="courses-heading">${this.localize.term('moduleCoursesHeading')}</h3>
          <lp-course-catalogue
            .data=${journey.shared}
            recommend-for=${learner}
            required=${ifDefined(step?.requires)}
          ></lp-course-catalogue>
        </section>
      </div>
    `;
  }

  /** "Forget my answers": a button, then a question with a safe default, then a notice of what was done. */
  private renderForget() {
    const asking = this.forgetting === 'asking';
    return html`<div class="forget" @keydown=${this.onForgetKeydown}>
      ${
        asking
          ? html`<div
              class="forget-confirmation"
              part="forget-confirmation"
              role="group"
              aria-labelledby="forget-question"
            >
              <p id="forget-question" class="forget-question">${this.localize.term('moduleForgetQuestion')}</p>
              <button class="forget-confirm" type="button" @click=${this.confirmForget}>
                ${this.localize.term('moduleForgetConfirm')}
              </button>
              <button class="forget-keep" type="button" @click=${this.keepAnswers}>
                ${this.localize.term('moduleForgetCancel')}
              </button>
            </div>`
          : html`<button class="forget-button" part="forget-button" type="button" @click=${this.askToForget}>
              ${this.localize.term('moduleForget')}
            </button>`
      }
      <p class="forget-notice" role="status">
        ${this.forgetting === 'forgotten' ? this.localize.term('moduleForgotten') : nothing}
      </p>
    </div>`;
  }

  private renderProgress(stepTitle: string) {
    if (this.records.record.completed) return this.localize.term('moduleComplete');
    const progress = this.progress();
    if (!progress) return nothing;
    return this.localize.term(
      this.rule === 'met' ? 'moduleProgressMet' : 'moduleProgressAssessed',
      progress.done,
      progress.total,
      stepTitle,
    );
  }
}
