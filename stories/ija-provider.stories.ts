import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IjaProvider } from '../src/index.js';

type Args = Pick<IjaProvider, 'api' | 'theme'>;

/**
 * `<ija-provider>` gives every widget inside it one data source (`api` or `.adapter`), language (the
 * nearest `lang`) and theme. Put the widgets of a page inside one provider.
 */
const meta: Meta<Args> = {
  title: 'Elements/ija-provider',
  component: 'ija-provider',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `**Gives every widget inside it one data source, language and theme.** Use it when a page has more than one widget: one \`api\` (or one \`.adapter\` with a key) for all, and the widgets find each other through it.

- \`api\` – Base URL of a backend that speaks the REST contract; widgets inside use it unless they have their own source.
- \`theme\` – \`light\`, \`dark\` or \`auto\` for all widgets inside.

\`\`\`html
<ija-provider api="/api/ija">
  <ija-workshop-agenda agenda-id="werkstattgespraech"></ija-workshop-agenda>
  <ija-leitfragen-board board-id="leitfragen"></ija-leitfragen-board>
</ija-provider>
\`\`\``,
      },
    },
  },
  args: {
    theme: 'light',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    api: { control: 'text' },
  },
  render: ({ api, theme }) => html`
    <ija-provider api=${ifDefined(api || undefined)} theme=${ifDefined(theme)}>
      <p lang="de" style="margin: 0; max-width: 60ch; color: var(--ija-color-text, inherit);">
        Der Provider gibt allen Widgets darin dieselbe Datenquelle, Sprache und dasselbe Farbschema –
        zum Beispiel dem Partnernetzwerk und der Workshop-Agenda einer Kommune.
      </p>
    </ija-provider>
  `,
};

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const DarkTheme: Story = {
  name: 'Dark theme',
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
};
