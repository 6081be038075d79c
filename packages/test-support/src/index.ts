export {
  expectExactlyStored,
  localLrs,
  lrsFetch,
  storedStatements,
  waitFor,
  type LocalLrs,
  type StoredStatementsOptions,
} from './local-lrs.js';
export { validateStatements, type ValidationWarning } from './xapi-validation.js';
export { emulateMedia, type EmulatedMedia } from './media.js';
export {
  cmi5LmsReport,
  launchFromCmi5Lms,
  type Cmi5LaunchOptions,
  type Cmi5LmsReport,
  type Cmi5Refusal,
  type Cmi5TestLaunch,
} from './cmi5-lms.js';
export { listen, silenceWarnings, watchReports } from './watch.js';
export { runDataSourceSuite, type DataSourceSuiteOptions } from './data-source-suite.js';
