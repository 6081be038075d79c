/** Registers every LP element. Importing this module is all a bundled application needs. */
import './skill-gap-matrix/define.js';
import './xapi-recorder/define.js';
