import { pickText, type Course, type DataDocument, type LocalizedText, type Step } from '@lp-elements/model';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../base/localize/localize-controller.js';
import type { Orientation } from './step-keys.js';
import type { TrackView } from './track-view.js';

/** What the templates of a track need: the computed view, the language and the element's handlers. */
export interface TrackRenderContext {
  readonly document: DataDocument;
  readonly view: TrackView;
  readonly localize: LocalizeController;
  readonly orientation: Orientation;
  /** The open step, if any. */
  readonly expanded: Step | undefined;
  /** The step that takes Tab (roving focus). */
  readonly focusable: Step | undefined;
  /** Whether `<lp-course-card>` is defined on the page. */
  readonly courseCards: boolean;
  /** The compact `<lp-course-card>` for a course (made once per course while the element lives). */
  readonly courseCard: (course: Course) => Element;
  /** A course link was followed; the element reports it and may cancel the navigation. */
  readonly selectCourse: (course: Course, event: Event) => void;
}

/** A text of the data in the element's language, with its own language when that differs (WCAG 3.1.2). */
export interface ShownText {
  readonly text: string;
  readonly lang: string | undefined;
}

const baseOf = (tag: string) => tag.toLowerCase().split('-')[0];

export function shownText(context: TrackRenderContext, value: LocalizedText | undefined): ShownText {
  const { text, lang } = pickText(value, context.localize.lang, context.document.lang);
  return { text, lang: lang && baseOf(lang) !== baseOf(context.localize.lang) ? lang : undefined };
}

/**
 * A text of the data, isolated (`<bdi>`) so its own direction holds inside the page's (an
 * English title on a Hebrew page keeps its full stop at the end), with its language.
 */
export const dataText = (shown: ShownText) => html`<bdi lang=${ifDefined(shown.lang)}>${shown.text}</bdi>`;

/**
 * Names of steps for a list inside a sentence. On a right-to-left page each is isolated, so a
 * list of left-to-right names keeps its order.
 */
export function namesForList(
  localize: LocalizeController,
  names: readonly string[],
  type: Intl.ListFormatType = 'disjunction',
): string {
  const shown = localize.dir === 'rtl' ? names.map((name) => `\u2068${name}\u2069`) : names;
  return localize.list(shown, type);
}
