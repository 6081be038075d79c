import type { StepStatus } from '@lp-elements/model';
import { svg, type SVGTemplateResult } from 'lit';

/**
 * One glyph per status, drawn in `currentColor` so forced colours keep them: a tick, a filled
 * dot, a ring, a dashed ring and a padlock. Each sits next to the status in words.
 */
const shapes: Readonly<Record<StepStatus, SVGTemplateResult>> = {
  achieved: svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  current: svg`<circle cx="8" cy="8" r="4" fill="currentColor"/>`,
  available: svg`<circle cx="8" cy="8" r="3.5" fill="none" stroke="currentColor" stroke-width="2"/>`,
  optional: svg`<circle cx="8" cy="8" r="3.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="2.2 2"/>`,
  locked: svg`<rect x="4" y="7" width="8" height="6" rx="1" fill="currentColor"/><path d="M5.5 7V5.5a2.5 2.5 0 0 1 5 0V7" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
};

/** The status glyph, hidden from screen readers (the status is always written out beside it). */
export const statusIcon = (status: StepStatus) =>
  svg`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${shapes[status]}</svg>`;

/** A chevron for the disclosure button; the styles turn it when the step is open. */
export const chevronIcon = svg`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
