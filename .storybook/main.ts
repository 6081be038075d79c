import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Read the workspace packages from their TypeScript sources, as the tests do.
      resolve: { conditions: ['source', ...defaultClientConditions] },
      // Storybook's own manager and docs chunks are large by nature; the elements' budgets are in npm run size.
      build: { chunkSizeWarningLimit: 2000 },
    }),
};

export default config;
