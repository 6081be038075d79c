// In an iframe (an LMS or CMS that strips scripts from its pages), the parent is told the page's
// height so it can size the frame without a scroll bar; outside a frame this does nothing.
import { reportFrameHeight } from './lp-elements/lp-elements.js';

reportFrameHeight();
