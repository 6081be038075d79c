/** Registers every LP element. Importing this module is all a bundled application needs. */
import './career-track/define.js';
import './skill-gap-matrix/define.js';
import './xapi-recorder/define.js';
import './course-card/define.js';
import './course-catalogue/define.js';
import './training-module/define.js';
