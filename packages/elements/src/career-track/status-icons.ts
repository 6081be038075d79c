import type { StepStatus } from '@lp-elements/model';
import { svg, type SVGTemplateResult } from 'lit';

/**
 * One glyph per status, drawn in `currentColor` so forced colours keep them: a tick, a filled
 * dot, a ring, a dashed ring and a padlock. Each sits next to the status in words, inside a
 * marker hidden from screen readers. Templates without bindings: drawing one costs a copy.
 */
export const statusIcons: Readonly<Record<StepStatus, SVGTemplateResult>> = {
  achieved: svg`<svg class="icon" viewBox="0 0 16 16"><path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  current: svg`<svg class="icon" viewBox="0 0 16 16"><circle cx="8" cy="8" r="4" fill="currentColor"/></svg>`,
  available: svg`<svg class="icon" viewBox="0 0 16 16"><circle cx="8" cy="8" r="3.5" fill="none" stroke="currentColor" stroke-width="2"/></svg>`,
  optional: svg`<svg class="icon" viewBox="0 0 16 16"><circle cx="8" cy="8" r="3.5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="2.2 2"/></svg>`,
  locked: svg`<svg class="icon" viewBox="0 0 16 16"><rect x="4" y="7" width="8" height="6" rx="1" fill="currentColor"/><path d="M5.5 7V5.5a2.5 2.5 0 0 1 5 0V7" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`,
};
