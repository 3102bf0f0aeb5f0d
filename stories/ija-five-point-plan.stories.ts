import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IjaAdapter } from '../src/index.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';

interface Args {
  src?: string;
  mode?: 'plan' | 'check';
  editable?: boolean;
  lang?: string;
  width?: string;
  adapter?: IjaAdapter;
}

const PLAN = 'data/plan-musterstadt.json';

const meta: Meta<Args> = {
  title: 'Elements/ija-five-point-plan',
  component: 'ija-five-point-plan',
  tags: ['autodocs'],
  argTypes: {
    mode: { control: 'inline-radio', options: ['plan', 'check'] },
    editable: { control: 'boolean' },
    src: { control: 'text' },
  },
  render: (a) => html`<div style="max-width: ${a.width ?? 'none'}">
    <ija-five-point-plan
      src=${ifDefined(a.src)}
      mode=${ifDefined(a.mode)}
      ?editable=${a.editable}
      lang=${ifDefined(a.lang)}
      .adapter=${a.adapter}
    ></ija-five-point-plan>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No data: the factsheet's five points, all open. */
export const Defaults: Story = {};

export const InProgress: Story = { name: 'A municipality on its way', args: { src: PLAN } };

export const Wide: Story = { name: 'Wide container: a path', args: { src: PLAN, width: '80rem' } };

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: PLAN, width: '320px' } };

export const Editing: Story = { name: 'Editing (no backend: JSON download)', args: { src: PLAN, editable: true } };

export const SelfCheck: Story = { name: 'Self-check', args: { mode: 'check' } };

export const English: Story = { args: { src: PLAN, lang: 'en' } };

/** What the printout shows: every step, no controls (use the browser's print preview). */
export const Print: Story = { name: 'Print (use print preview)', args: { src: PLAN } };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) } };

export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('timeout', 'slow'))) },
};
