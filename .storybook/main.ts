import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Read the workspace packages from their TypeScript sources, as the tests do.
      resolve: { conditions: ['source', ...defaultClientConditions] },
    }),
};

export default config;
