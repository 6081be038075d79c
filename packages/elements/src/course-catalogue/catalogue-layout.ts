import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** About how tall a course card is in a list, before any is measured: a little less than most. */
const ESTIMATED_CARD_HEIGHT = 256;

/**
 * The virtualiser's flow layout with a first guess at a card's height. Its own guess is 100 px,
 * so a first screen rendered two and a half times the cards it needs, measured them all and then
 * dropped the rest.
 */
class CourseFlowLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._itemSize = { ...this._itemSize, height: ESTIMATED_CARD_HEIGHT };
  }
}

/** One layout for every render: the virtualiser sets itself up again when given another. */
export const COURSE_LAYOUT = { type: CourseFlowLayout };
