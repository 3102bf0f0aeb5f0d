import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IjaAdapter } from '../src/index.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';

interface Args {
  src?: string;
  variant?: 'default' | 'projector';
  editable?: boolean;
  lang?: string;
  width?: string;
  /** A fixed clock, as ISO instant, to show "now" on the day. */
  now?: string;
  adapter?: IjaAdapter;
}

const DAY = 'data/werkstattgespraech-musterstadt.json';
/** 12:45 in Musterstadt on the workshop day: lunch is running, the discussion is next. */
const DURING_LUNCH = '2027-03-04T11:45:00Z';

const meta: Meta<Args> = {
  title: 'Elements/ija-workshop-agenda',
  component: 'ija-workshop-agenda',
  tags: ['autodocs'],
  argTypes: {
    variant: { control: 'inline-radio', options: ['default', 'projector'] },
    editable: { control: 'boolean' },
    src: { control: 'text' },
    now: { control: 'text' },
    width: { control: 'text' },
  },
  render: ({ src, variant, editable, lang, width, now, adapter }) => html`<div style="max-width: ${width ?? 'none'}">
    <ija-workshop-agenda
      src=${ifDefined(src)}
      variant=${ifDefined(variant)}
      ?editable=${editable}
      lang=${ifDefined(lang)}
      .now=${now ? new Date(now) : undefined}
      .adapter=${adapter}
    ></ija-workshop-agenda>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No data source: the factsheet's template day, without a date. */
export const Defaults: Story = {};

export const RealDay: Story = { name: 'Real day', args: { src: DAY } };

export const NowDuringLunch: Story = { name: 'Now: during lunch', args: { src: DAY, now: DURING_LUNCH } };

export const Narrow: Story = { name: 'Narrow column (280 px)', args: { src: DAY, now: DURING_LUNCH, width: '280px' } };

export const Projector: Story = { args: { src: DAY, now: DURING_LUNCH, variant: 'projector' } };

export const English: Story = { args: { src: DAY, now: DURING_LUNCH, lang: 'en' } };

export const EditMode: Story = { name: 'Edit mode (no backend: JSON download)', args: { src: DAY, editable: true } };

/** Out of order, overlapping, reversed times, an unknown type and one broken item (left out). */
export const InvalidData: Story = { name: 'Invalid data', args: { src: 'data/agenda-fehlerhaft.json', editable: true } };

export const Loading: Story = {
  args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) },
};

export const ErrorState: Story = {
  name: 'Error',
  args: {
    adapter: createDocumentAdapter('story', () =>
      Promise.reject(new IjaAdapterError('http', 'HTTP 503', { status: 503 })),
    ),
  },
};
