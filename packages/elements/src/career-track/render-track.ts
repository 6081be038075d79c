import { parseIsoDuration, type Profile, type Step, type StepProgress } from '@lp-elements/model';
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDuration } from './format-duration.js';
import { renderDetails } from './render-details.js';
import { dataText, namesForList, shownText, type TrackRenderContext } from './render-context.js';
import { statusIcons } from './status-icons.js';
import type { ForkItem, LayoutItem, StepItem } from './track-layout.js';
import type { TrackView } from './track-view.js';

/** Duration facts in words, per view and language: steps of a track often share a duration. */
const durationTexts = new WeakMap<TrackView, Map<string, string>>();

/** `Usually takes 1 year and 6 months`, or an empty string for a duration that does not parse. */
function durationText(context: TrackRenderContext, value: string): string {
  const { localize, view } = context;
  let texts = durationTexts.get(view);
  if (!texts) {
    texts = new Map();
    durationTexts.set(view, texts);
  }
  const key = `${localize.lang}\u0000${value}`;
  let text = texts.get(key);
  if (text === undefined) {
    const duration = parseIsoDuration(value);
    text = duration ? localize.translation.trackDuration(formatDuration(duration, localize)) : '';
    texts.set(key, text);
  }
  return text;
}

/**
 * The short facts under a step's title, in words: requirements met, credential, usual duration,
 * effort, and requirements no course closes; an empty string where a fact does not apply.
 */
function facts(context: TrackRenderContext, step: Step, progress: StepProgress | undefined): string[] {
  const { localize } = context;
  const translation = localize.translation;
  const summary = progress?.gaps.summary;
  const duration = step.duration === undefined ? '' : durationText(context, step.duration);
  const effort = progress?.effort;
  const credential = step.credential;
  return [
    !summary
      ? ''
      : summary.required === 0
        ? translation.trackNoRequirements
        : translation.trackRequirementsMet(summary.met + summary.above, summary.required),
    credential
      ? translation.trackCredential(
          shownText(context, credential.name).text,
          translation.trackCredentialKind[credential.kind],
        )
      : '',
    duration,
    effort && effort.courses.length > 0
      ? translation.trackEffort(effort.hours, effort.ects, effort.withoutWorkload > 0)
      : '',
    effort && effort.unclosed.length > 0 ? translation.trackEffortUnclosed(effort.unclosed.length) : '',
  ];
}

/**
 * One step. Drawn for every step of long tracks, so it is one template with fixed slots (a
 * fact that does not apply is an empty item, which the styles hide) rather than many small
 * nested ones. Its button has no listener of its own: the track's list handles every step's click.
 */
function renderStep(context: TrackRenderContext, item: StepItem): TemplateResult {
  const { view, localize, expanded } = context;
  const { step } = item;
  const position = (view.layout.places.get(step)?.position ?? 0) + 1;
  const progress = view.stepProgress.get(step);
  const status = progress?.status ?? 'locked';
  const open = expanded === step;
  const marked = view.marked === step;
  const title = shownText(context, step.title);
  const summary = shownText(context, step.summary);
  const translation = localize.translation;
  const joins = item.joins.map((before) => shownText(context, before.title).text);
  const [requirements, credential, duration, effort, unclosed] = facts(context, step, progress);
  // Without whitespace between tags, which Lit would clone and insert 40 times over (a third of
  // the nodes of a long track); the spaces in the button keep its name's words apart.
  // prettier-ignore
  return html`<li
      class="item step step--${status}${open ? ' step--open' : ''}${marked ? ' step--marked' : ''}"
      part="step step-${status}"
      data-step=${step.id}
      data-status=${status}
    ><span class="marker" part="marker" aria-hidden="true">${statusIcons[status]}</span
    ><div class="card" part="card"
      ><button
        type="button"
        class="toggle"
        part="step-button"
        id="step-${position}"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ifDefined(open ? `details-${position}` : undefined)}
        aria-current=${ifDefined(marked ? 'step' : undefined)}
        tabindex=${context.focusable === step ? 0 : -1}
        ><span class="position">${translation.trackStepOf(position, view.layout.steps.length)}</span> <span
          class="title"><bdi lang=${ifDefined(title.lang)}>${title.text}</bdi></span> <span
          class="status" part="status">${translation.trackStatus[status]}</span></button
      ><p class="summary" ?hidden=${!summary.text}><bdi lang=${ifDefined(summary.lang)}>${summary.text}</bdi></p
      ><ul class="facts"
        ><li class="fact fact--requirements">${requirements}</li
        ><li class="fact">${credential}</li
        ><li class="fact">${duration}</li
        ><li class="fact">${effort}</li
        ><li class="fact">${unclosed}</li
      ></ul
      ><p class="joins">${
        joins.length > 1 ? translation.trackJoins(namesForList(localize, joins)) : ''
      }</p
      >${
        open
          ? html`<div class="details" part="details" id="details-${position}">${renderDetails(context, step, progress)}</div>`
          : nothing
      }</div
    ></li>`;
}

function renderFork(context: TrackRenderContext, fork: ForkItem, forkIndex: string): TemplateResult {
  const translation = context.localize.translation;
  const count = fork.branches.length;
  const joining = fork.branches.filter((branch) => branch.joins).length;
  const labelId = `fork-${forkIndex}`;
  // In the horizontal layout the lines show the fork and that a path ends; the words stay for screen readers.
  const drawn = context.orientation === 'horizontal' ? 'visually-hidden' : '';
  // prettier-ignore
  return html`<li
      class=${classMap({ item: true, fork: true, 'fork--joins': joining > 0, 'fork--start': !fork.from })}
      part="fork"
    ><p class="fork__label ${drawn}" id=${labelId}>${translation.trackPaths(count)}</p
    ><ul class="paths" aria-labelledby=${labelId}>${fork.branches.map((branch, index) => {
      const classes = {
        path: true,
        'path--empty': branch.items.length === 0,
        'path--joins': branch.joins,
        'path--join-first': branch.joins && index === 0,
        'path--join-last': branch.joins && index === joining - 1,
      };
      const target = branch.continuesAt ?? fork.join;
      const targetTitle = target ? shownText(context, target.title).text : '';
      let end: TemplateResult | typeof nothing = nothing;
      if (branch.items.length > 0 && branch.continuesAt) {
        end = html`<p class="path__note path__end">${translation.trackContinuesAt(targetTitle)}</p>`;
      } else if (branch.items.length > 0 && !branch.joins) {
        end = html`<p class="path__note path__end ${drawn}">${translation.trackPathEnds}</p>`;
      }
      return html`<li class=${classMap(classes)} part="path"
        ><span class="line line--fork" aria-hidden="true"></span
        >${
          branch.items.length > 0
            ? html`<ol class="sequence" aria-label=${translation.trackPathOf(index + 1, count)}>${renderSequence(
                context,
                branch.items,
                `${forkIndex}-${index}`,
              )}</ol>`
            : html`<p class="path__note">${translation.trackStraightTo(targetTitle)}</p>`
        }${end}<span class="line line--join" aria-hidden="true"></span
      ></li>`;
    })}</ul
  ></li>`;
}

/** The items of one sequence (the track, or one path of a fork) as list items. */
export function renderSequence(context: TrackRenderContext, items: readonly LayoutItem[], prefix = '0'): unknown[] {
  return items.map((item, index) =>
    item.kind === 'step'
      ? // A step is drawn again only when something it shows changed: opening one step redraws one or two.
        guard(
          [
            context.view,
            context.expanded === item.step,
            context.focusable === item.step,
            context.orientation,
            context.localize.translation,
            context.localize.lang,
            context.courseCards,
          ],
          () => renderStep(context, item),
        )
      : renderFork(context, item, `${prefix}-${index}`),
  );
}

/** From how many steps on a track draws only the cards in view (and those coming into it). */
const LONG_TRACK = 16;

/** What the element adds around the steps: the person, a notice, the layout and its handlers. */
export interface TrackFrame {
  readonly person: Profile | undefined;
  /** A problem with the `current` attribute, in words. */
  readonly notice: string | undefined;
  /** The latest news for screen readers, e.g. a step achieved. */
  readonly announcement: string;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
  readonly onFocusIn: (event: FocusEvent) => void;
}

/** The whole track: its name, where the person stands, and the steps as one ordered list. */
export function renderTrack(context: TrackRenderContext, frame: TrackFrame): TemplateResult {
  const { view, localize } = context;
  const title = shownText(context, view.track.name);
  const description = shownText(context, view.track.description);
  // Long tracks skip drawing the cards out of view; short ones draw everything at once.
  const long = view.layout.steps.length > LONG_TRACK ? ' track--long' : '';
  return html`<section class="track track--${context.orientation}${long}" part="base">
    ${frame.notice ? html`<p class="data-problems data-problems--skipped" part="notice">${frame.notice}</p>` : nothing}
    <div class="header">
      <p class="track-title" part="title" id="title">${dataText(title)}</p>
      ${description.text ? html`<p class="description">${dataText(description)}</p>` : nothing}
      <p class="progress-summary" part="summary">
        ${localize.translation.trackProgressSummary(
          frame.person ? shownText(context, frame.person.name).text : '',
          view.progress.achieved,
          view.layout.steps.length,
        )}
      </p>
    </div>
    <div class="scroller" part="scroller">
      <ol
        class="sequence sequence--main"
        aria-labelledby="title"
        @click=${frame.onClick}
        @keydown=${frame.onKeydown}
        @focusin=${frame.onFocusIn}
      >
        ${renderSequence(context, view.layout.items)}
      </ol>
    </div>
    <p class="visually-hidden" role="status">${frame.announcement}</p>
  </section>`;
}
