import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IjaAdapter } from '../src/index.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';

interface Args {
  src?: string;
  view?: 'list' | 'map' | 'gaps' | 'join';
  category?: string;
  search?: string;
  newToIja?: boolean;
  consent?: 'granted';
  tiles?: string;
  join?: boolean;
  lang?: string;
  width?: string;
  adapter?: IjaAdapter;
}

const NETWORK = 'data/netzwerk-musterstadt.json';
/** Blank tiles from the page itself: stories never ask a tile host. */
const BLANK_TILES = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=';

/** Reads the story network and accepts join requests in the browser (no server). */
const withJoin = (): IjaAdapter => ({
  ...createDocumentAdapter('story', async () => (await fetch(NETWORK)).json()),
  writable: true,
  requestToJoin: async (request) => ({ id: request.id, status: 'received' as const }),
});

const meta: Meta<Args> = {
  title: 'Elements/ija-partner-map',
  component: 'ija-partner-map',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'map', 'gaps', 'join'] },
    category: { control: 'select', options: [undefined, 'vereine', 'jugendarbeit', 'politik', 'schule-beruf'] },
    search: { control: 'text' },
    newToIja: { control: 'boolean' },
    src: { control: 'text' },
  },
  render: (a) => html`<div style="max-width: ${a.width ?? 'none'}">
    <ija-partner-map
      src=${ifDefined(a.src)}
      view=${ifDefined(a.view)}
      category=${ifDefined(a.category)}
      search=${ifDefined(a.search)}
      ?new-to-ija=${a.newToIja}
      consent=${ifDefined(a.consent)}
      tiles=${ifDefined(a.tiles)}
      ?join=${a.join}
      lang=${ifDefined(a.lang)}
      .adapter=${a.adapter}
    ></ija-partner-map>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** No data: the empty network; "Wer fehlt noch?" lists the 18 recommended partner types. */
export const Defaults: Story = {};

export const List: Story = { args: { src: NETWORK } };

export const PreFiltered: Story = { name: 'Pre-filtered (politik)', args: { src: NETWORK, category: 'politik' } };

export const NewToIja: Story = { name: 'Only new to IJA, searched', args: { src: NETWORK, newToIja: true, search: 'jugend' } };

export const MapConsent: Story = { name: 'Map: asks for consent', args: { src: NETWORK, view: 'map' } };

export const MapLoaded: Story = {
  name: 'Map: consent given (blank local tiles)',
  args: { src: NETWORK, view: 'map', consent: 'granted', tiles: BLANK_TILES },
};

export const Gaps: Story = { name: 'Wer fehlt noch?', args: { src: NETWORK, view: 'gaps' } };

export const Join: Story = { name: 'Join form', args: { view: 'join', join: true, adapter: withJoin() } };

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: NETWORK, width: '320px' } };

export const English: Story = { args: { src: NETWORK, lang: 'en' } };

export const Empty: Story = { name: 'No results', args: { src: NETWORK, search: 'gibt es nicht' } };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) } };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('network', 'offline'))),
  },
};
