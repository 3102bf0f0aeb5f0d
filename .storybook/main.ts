import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for ija-widgets. Every element adds one file `stories/<tag>.stories.ts`; nothing here
 * needs to change. Vite 8 transpiles TypeScript with oxc, which reads `experimentalDecorators` and
 * `useDefineForClassFields: false` from tsconfig.json (Lit's legacy decorators).
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Stories load real JSON files through the real adapter (src="data/…").
  staticDirs: [{ from: '../stories/data', to: '/data' }],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
};

export default config;
