import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DARK_HOST_PAGE, elementMeta, FORCED_COLORS, languageStory, type ElementArgs } from './element-story.js';
import { fakeApi } from './fake-api.js';

const NETWORK = 'data/netzwerk-musterstadt.json';
/** Blank tiles from the page itself: stories never ask a tile host. */
const BLANK_TILES = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=';

const meta: Meta<ElementArgs> = {
  title: 'Elements/ija-partner-map',
  component: 'ija-partner-map',
  tags: ['autodocs'],
  ...elementMeta('ija-partner-map', {
    use: 'Put it on the network page of a youth office or youth ring. With no data it shows the empty network, and “Wer fehlt noch?” lists the 18 recommended partner types to invite; with data, an accessible list first and a map only after consent.',
    main: ['src', 'api', 'view', 'category', 'join', 'consent', 'tiles'],
    example: 'src="/fileadmin/netzwerk.json" category="politik"',
  }),
};
export default meta;
type Story = StoryObj<ElementArgs>;

/** No data: the empty network shows no filters but the 18 recommended partner types, as the invitation list they are. */
export const Defaults: Story = {};

/** An empty network on a site that takes join requests: the invitation list ends with the way to join. */
export const EmptyWithJoin: Story = { name: 'Empty network, join offered', args: { join: true, adapter: fakeApi({}) }, tags: ['!autodocs'] };

/** 60 partners of a municipality, across all four groups: compact rows, 20 at a time, details on demand. */
export const List: Story = { args: { src: NETWORK }, tags: ['!autodocs'] };

/** On a phone: one row of tabs, the search, and the other filters folded into "Filter". */
export const Phone: Story = { name: 'Phone (375 px)', args: { src: NETWORK, width: '375px' }, tags: ['!autodocs'] };

/** The search ignores umlauts and accents both ways: "ubernachtung" finds "Übernachtung". */
export const SearchWithoutUmlauts: Story = { name: 'Searched without umlauts', args: { src: NETWORK, search: 'ubernachtung sudviertel' }, tags: ['!autodocs'] };

export const PreFiltered: Story = { name: 'Pre-filtered (politik)', args: { src: NETWORK, category: 'politik' } };

export const NewToIja: Story = { name: 'Only new to IJA, searched', args: { src: NETWORK, 'new-to-ija': true, search: 'jugend' }, tags: ['!autodocs'] };

export const MapConsent: Story = { name: 'Map: asks for consent', args: { src: NETWORK, view: 'map' } };

export const MapLoaded: Story = {
  name: 'Map: consent given (blank local tiles)',
  args: { src: NETWORK, view: 'map', consent: 'granted', tiles: BLANK_TILES },
  tags: ['!autodocs'],
};

export const Gaps: Story = { name: 'Wer fehlt noch?', args: { src: NETWORK, view: 'gaps' } };

/** The join form sends to an in-browser fake of the REST contract, which checks the request with the schema. */
export const Join: Story = { name: 'Join form', args: { view: 'join', join: true, adapter: fakeApi({ partners: NETWORK }) } };

export const JoinFails: Story = {
  name: 'Join form, sending fails',
  args: { view: 'join', join: true, adapter: fakeApi({ partners: NETWORK, failWrites: true }) },
  tags: ['!autodocs'],
};

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: NETWORK, width: '320px' }, tags: ['!autodocs'] };

export const English: Story = { args: { src: NETWORK, lang: 'en' }, tags: ['!autodocs'] };

export const Turkish: Story = { ...languageStory('tr', { src: NETWORK }), tags: ['!autodocs'] };

export const Arabic: Story = { ...languageStory('ar', { src: NETWORK }), tags: ['!autodocs'] };

export const Ukrainian: Story = { ...languageStory('uk', { src: NETWORK }), tags: ['!autodocs'] };

export const Polish: Story = { ...languageStory('pl', { src: NETWORK }), tags: ['!autodocs'] };

export const LeichteSprache: Story = { ...languageStory('de-x-leichte-sprache', { src: NETWORK }), tags: ['!autodocs'] };

export const DarkHostPage: Story = { ...DARK_HOST_PAGE, args: { src: NETWORK }, tags: ['!autodocs'] };

export const ForcedColors: Story = { ...FORCED_COLORS, args: { src: NETWORK }, tags: ['forced-colors', '!autodocs'] };

export const Empty: Story = { name: 'No results', args: { src: NETWORK, search: 'gibt es nicht' }, tags: ['!autodocs'] };

/** Two partners are broken (a `javascript:` link, an unknown group): the link is dropped, the other left out. */
export const BadData: Story = { name: 'Partly invalid data', args: { src: 'data/netzwerk-fehlerhaft.json' }, tags: ['!autodocs'] };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) }, tags: ['!autodocs'] };

export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('network', 'offline'))) },
  tags: ['!autodocs'],
};

/**
 * The admin view (with the network key): join requests with a count, the entries with their last confirmation,
 * a form per entry with its pin on the map, and spreadsheets in and out (import needs the reference server).
 */
export const Admin: Story = {
  name: 'Admin: requests and entries',
  args: {
    view: 'admin',
    admin: true,
    tiles: BLANK_TILES,
    adapter: fakeApi({ partners: NETWORK, joinRequests: 'data/beitrittsanfragen.json', signedIn: true }),
  },
  tags: ['!autodocs'],
};
