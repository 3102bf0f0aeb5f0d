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
