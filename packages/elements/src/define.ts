/** Registers every LP element. Importing this module is all a bundled application needs. */
import './xapi-recorder/define.js';
import './course-card/define.js';
import './course-catalogue/define.js';
