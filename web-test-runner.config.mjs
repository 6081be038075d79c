import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { ensureBrowser } from './scripts/ensure-browser.mjs';
import { cmi5LmsPlugin } from './scripts/test-support/cmi5-lms-plugin.mjs';
import { countReporter } from './scripts/test-support/count-reporter.mjs';
import { faultProxyPlugin } from './scripts/test-support/fault-proxy-plugin.mjs';
import { lrsPlugin } from './scripts/test-support/lrs-plugin.mjs';
import { mediaPlugin } from './scripts/test-support/media-plugin.mjs';
import { tabPlugin } from './scripts/test-support/tab-plugin.mjs';
import { tokenPlugin } from './scripts/test-support/token-plugin.mjs';
import { xapiValidationPlugin } from './scripts/test-support/xapi-validation-plugin.mjs';

const executablePath = ensureBrowser();

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['source', 'development'] },
  // One page at a time: a background tab gets no animation frames or focus, which fixtures and keyboard tests need.
  concurrency: 1,
  // Lit's development build announces itself in every file; nothing to act on in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    // The file that sets the decorator options: this plugin does not follow tsconfig `extends`.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.base.json', target: 'es2022' }),
    lrsPlugin(),
    xapiValidationPlugin(),
    mediaPlugin(),
    faultProxyPlugin(),
    tabPlugin(),
    tokenPlugin(),
    cmi5LmsPlugin(),
  ],
  reporters: [defaultReporter(), countReporter()],
};
