import type { DataDocument } from '@lp-elements/model';
import { skillSelfAssessed } from '@lp-elements/xapi';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LpLevelChangeEvent } from '../base/events/level-change-event.js';
import { LpXapiStatementEvent } from '../base/events/xapi-statement-event.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { ShownLevel } from './level-scale.js';
import type { MatrixSubject } from './matrix-inputs.js';
import { withLevel, type MatrixRow, type MatrixView } from './matrix-view.js';
import { renderChooser, type LevelChoice } from './render-chooser.js';
import { dirOf, langOf, levelChip } from './render-levels.js';
import { PERSON_CURRENT_COLUMN } from './render-person.js';
import { TEAM_FIRST_PERSON_COLUMN } from './render-team.js';

/** What the matrix shows now. */
export interface EditorState {
  readonly document: DataDocument;
  readonly subject: MatrixSubject;
  readonly view: MatrixView;
}

/** A level change, for the matrix to take over. */
export interface LevelCommit {
  readonly person: string;
  readonly skill: string;
  readonly value: number;
  /** The view with the change, as the model computes it. */
  readonly view: MatrixView;
  /** What to announce before the new summary. */
  readonly announcement: string;
}

/** What the editor needs from the matrix. */
export interface EditorHost {
  readonly element: ReactiveControllerHost & HTMLElement;
  readonly localize: LocalizeController;
  readonly renderRoot: ShadowRoot;
  /** Id of the element that explains how to change levels. */
  readonly hintId: string;
  state(): EditorState | undefined;
  commit(change: LevelCommit): void;
}

/** Whose level in which skill a key press or a pick changes, and the element to return the focus to. */
interface EditTarget {
  readonly person: string;
  readonly skill: string;
  readonly element: HTMLElement;
}

/**
 * Self-assessment in the matrix (`editable`): number keys set a level, + and − step it, Enter or
 * a click opens the list of levels with their descriptions. Each change goes to the matrix as a new view from the model, and is said with
 * `lp-level-change` and, in the person view, a self-assessment statement.
 */
export class LevelEditor {
  private choice?: LevelChoice;
  /** The editable level the focus is on, whose description the hint shows. */
  private focused?: { person: string; skill: string };
  private invoker?: HTMLElement;

  constructor(private readonly host: EditorHost) {}

  private get localize(): LocalizeController {
    return this.host.localize;
  }

  private requestUpdate(): void {
    this.host.element.requestUpdate();
  }

  /** The editable level a grid cell holds: the person's column of the row's skill. */
  private targetOf(cell: HTMLTableCellElement | undefined): EditTarget | undefined {
    const state = this.host.state();
    const skill = cell?.parentElement?.dataset.skill;
    if (!state || !cell || !skill) return undefined;
    const index = state.subject.teamView
      ? cell.cellIndex - TEAM_FIRST_PERSON_COLUMN
      : cell.cellIndex === PERSON_CURRENT_COLUMN
        ? 0
        : -1;
    const person = state.view.people[index];
    return person && { person: person.id, skill, element: cell };
  }

  /** A key on the grid's active cell: number keys, + and − change its level, Enter opens the list. */
  gridKey(event: KeyboardEvent, cell: HTMLTableCellElement | undefined): void {
    const target = this.targetOf(cell);
    if (!target) return;
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
      event.preventDefault();
      void this.openChooser(target);
      return;
    }
    this.levelKey(event, target);
  }

  /** A click on a cell opens its list of levels. */
  gridClick(cell: HTMLTableCellElement): void {
    const target = this.targetOf(cell);
    if (target) void this.openChooser(target);
  }

  /** The focus entered a cell: the hint shows the description of its level. */
  gridFocus(cell: HTMLTableCellElement | undefined): void {
    const target = this.targetOf(cell);
    this.setFocused(target && { person: target.person, skill: target.skill });
  }

  /** The focus left the grid (unless for the list of levels). */
  gridBlur(): void {
    if (!this.choice) this.setFocused(undefined);
  }

  private setFocused(focused: { person: string; skill: string } | undefined): void {
    if (focused?.person === this.focused?.person && focused?.skill === this.focused?.skill) return;
    this.focused = focused;
    this.requestUpdate();
  }

  private levelOf(person: string, skill: string): number | undefined {
    const levels = this.host.state()?.view.people.find((candidate) => candidate.id === person)?.levels;
    return levels && Object.hasOwn(levels, skill) ? levels[skill] : undefined;
  }

  /** Number keys set a level, + and − step it. */
  private levelKey(event: KeyboardEvent, target: EditTarget): void {
    const scale = this.host.state()?.view.scale;
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

  /**
   * A person set a level: the matrix takes the model's new view (the document is never changed),
   * and the change is said with `lp-level-change` and, in the person view, a self-assessment.
   */
  private setLevel(person: string, skill: string, value: number): void {
    const state = this.host.state();
    const scale = state?.view.scale;
    const level = scale?.level(value);
    const oldLevel = this.levelOf(person, skill);
    if (!state || !scale || !level || oldLevel === value) return;
    const { document, subject, view } = state;
    const row = view.rows.find((candidate) => candidate.skill === skill);
    const name = row?.name.text ?? skill;
    this.host.commit({
      person,
      skill,
      value,
      view: withLevel(document, subject, view, person, skill, value),
      announcement: `${this.localize.term('levelSetTo', name, level.name.text)} ${level.description.text}`,
    });
    const element = this.host.element;
    element.dispatchEvent(new LpLevelChangeEvent({ person, skill, oldLevel, newLevel: value }));
    // Only the person view is someone assessing themselves; a team grid records no self-assessment.
    if (subject.teamView || !subject.framework) return;
    const skillData = subject.framework.skills.find((candidate) => candidate.id === skill);
    const lang = document.lang ?? 'en';
    const statement = skillSelfAssessed(
      { id: skill, name: skillData?.name ?? name, lang, ...(skillData?.esco ? { esco: skillData.esco } : {}) },
      { value, min: scale.min, max: scale.max, name: level.name.text },
      {
        framework: { id: subject.framework.id, name: subject.framework.name, lang },
        ...(row ? { requiredLevel: row.required } : {}),
      },
    );
    element.dispatchEvent(new LpXapiStatementEvent(statement));
  }

  private chooser(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('#chooser');
  }

  private async openChooser(target: EditTarget): Promise<void> {
    const view = this.host.state()?.view;
    if (!view?.scale) return;
    const row = view.rows.find((candidate) => candidate.skill === target.skill);
    const person = view.people.find((candidate) => candidate.id === target.person);
    const current = this.levelOf(target.person, target.skill);
    const self = !this.host.state()?.subject.teamView;
    this.invoker = target.element;
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
    this.requestUpdate();
    await this.host.element.updateComplete;
    const chooser = this.chooser();
    if (!chooser) return;
    target.element.classList.add('chooser-anchor');
    if (!chooser.matches(':popover-open')) chooser.showPopover();
    chooser.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }

  private async focusOption(index: number): Promise<void> {
    const { choice } = this;
    const count = this.host.state()?.view.scale?.levels.length ?? 0;
    if (!choice || count === 0) return;
    this.choice = { ...choice, focused: Math.min(Math.max(index, 0), count - 1) };
    this.requestUpdate();
    await this.host.element.updateComplete;
    this.chooser()?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
  }

  private chooserKey(event: KeyboardEvent): void {
    const { choice } = this;
    const scale = this.host.state()?.view.scale;
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
    const chooser = this.chooser();
    if (chooser?.matches(':popover-open')) chooser.hidePopover();
  }

  /** When the list closes (a pick, Escape or a click elsewhere) the focus goes back where it came from. */
  private chooserToggle(event: ToggleEvent): void {
    if (event.newState !== 'closed') return;
    const invoker = this.invoker;
    this.invoker = undefined;
    this.choice = undefined;
    this.requestUpdate();
    invoker?.classList.remove('chooser-anchor');
    const focus = this.host.renderRoot.activeElement;
    if (invoker && (!focus || (event.target as Element).contains(focus))) invoker.focus();
  }

  private chooserFocusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as HTMLElement).contains(next)) this.closeChooser();
  }

  /** The list of levels (a popover, empty until opened). */
  renderChooser() {
    return renderChooser(this.choice, this.host.state()?.view.scale, this.localize, {
      pick: (level) => {
        this.pick(level);
      },
      keydown: (event) => {
        this.chooserKey(event);
      },
      toggle: (event) => {
        this.chooserToggle(event);
      },
      focusout: (event) => {
        this.chooserFocusout(event);
      },
    });
  }

  /** How to change a level, and (while an editable level has the focus) that level's description. */
  renderHint() {
    const view = this.host.state()?.view;
    if (!view) return nothing;
    const [first, last] = view.scale?.digitRange ?? [1, 1];
    const { focused } = this;
    const person = focused && view.people.find((candidate) => candidate.id === focused.person);
    const value = focused && person?.levels[focused.skill];
    const level = value === undefined ? undefined : view.scale?.level(value);
    const row = focused && view.rows.find((candidate) => candidate.skill === focused.skill);
    return html`<div class=${focused ? 'edit-hint edit-hint--active' : 'edit-hint'} part="edit-hint">
      <p id=${this.host.hintId}>${this.localize.term('editHint', first, last)}</p>
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
  levelButton(row: MatrixRow) {
    const view = this.host.state()?.view;
    const person = view?.people[0]?.id ?? '';
    const target = (event: Event): EditTarget => ({
      person,
      skill: row.skill,
      element: event.currentTarget as HTMLElement,
    });
    return html`<button
      type="button"
      class="level-button"
      aria-haspopup="listbox"
      aria-describedby=${this.host.hintId}
      @click=${(event: Event) => {
        void this.openChooser(target(event));
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') this.levelKey(event, target(event));
      }}
      @focus=${() => {
        this.setFocused({ person, skill: row.skill });
      }}
      @blur=${() => {
        this.setFocused(undefined);
      }}
    >
      ${levelChip(view?.scale, row.cells[0]?.level, this.localize)}
    </button>`;
  }
}
