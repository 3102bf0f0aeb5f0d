import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DARK_HOST_PAGE, elementMeta, FORCED_COLORS, languageStory, type ElementArgs } from './element-story.js';
import { fakeApi } from './fake-api.js';

const DAY = 'data/werkstattgespraech-musterstadt.json';
const DAY_ID = 'werkstattgespraech-musterstadt-2027';
/** 12:45 in Musterstadt on the workshop day: lunch is running, the discussion is next. */
const DURING_LUNCH = new Date('2027-03-04T11:45:00Z');

const meta: Meta<ElementArgs> = {
  title: 'Elements/ija-workshop-agenda',
  component: 'ija-workshop-agenda',
  tags: ['autodocs'],
  ...elementMeta('ija-workshop-agenda', {
    use: 'Put it on the page of a workshop day (Werkstattgespräch): before the day as the programme with a calendar file, on the day with "now" and "next"; `variant="projector"` for the venue\'s projector.',
    main: ['src', 'api', 'agenda-id', 'variant', 'editable'],
    example: 'src="/fileadmin/werkstattgespraech.json"',
  }),
};
export default meta;
type Story = StoryObj<ElementArgs>;

/** No data source: the factsheet's template day, without a date. */
export const Defaults: Story = {};

export const RealDay: Story = { name: 'Real day', args: { src: DAY }, tags: ['!autodocs'] };

export const NowDuringLunch: Story = { name: 'Now: during lunch', args: { src: DAY, now: DURING_LUNCH } };

export const Narrow: Story = { name: 'Narrow column (280 px)', args: { src: DAY, now: DURING_LUNCH, width: '280px' } };

export const Projector: Story = { args: { src: DAY, now: DURING_LUNCH, variant: 'projector' } };

export const English: Story = { args: { src: DAY, now: DURING_LUNCH, lang: 'en' }, tags: ['!autodocs'] };

export const Turkish: Story = { ...languageStory('tr', { src: DAY, now: DURING_LUNCH }), tags: ['!autodocs'] };

export const Arabic: Story = { ...languageStory('ar', { src: DAY, now: DURING_LUNCH }), tags: ['!autodocs'] };

export const Ukrainian: Story = { ...languageStory('uk', { src: DAY, now: DURING_LUNCH }), tags: ['!autodocs'] };

export const Polish: Story = { ...languageStory('pl', { src: DAY, now: DURING_LUNCH }), tags: ['!autodocs'] };

export const LeichteSprache: Story = { ...languageStory('de-x-leichte-sprache', { src: DAY, now: DURING_LUNCH }), tags: ['!autodocs'] };

export const DarkHostPage: Story = { ...DARK_HOST_PAGE, args: { src: DAY, now: DURING_LUNCH }, tags: ['!autodocs'] };

export const ForcedColors: Story = { ...FORCED_COLORS, args: { src: DAY, now: DURING_LUNCH }, tags: ['forced-colors', '!autodocs'] };

export const EditMode: Story = { name: 'Edit mode (no backend: JSON download)', args: { src: DAY, editable: true }, tags: ['!autodocs'] };

/** Saves go to an in-browser fake of the REST contract (PUT /agendas/{id}), checked with the schemas. */
export const EditAndSave: Story = {
  name: 'Edit mode, saving to a backend',
  args: { editable: true, 'agenda-id': DAY_ID, adapter: fakeApi({ agenda: DAY, signedIn: true }) },
  tags: ['!autodocs'],
};

/** Waits for edit mode, then does what an organiser would: a longer intro and the practice example's form opened. */
async function lengthenIntro({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const el = canvasElement.querySelector('ija-workshop-agenda')!;
  const field = () => el.shadowRoot?.querySelector<HTMLInputElement>('li[data-id="intro"] input[type="number"]');
  for (let tries = 0; tries < 100 && !field(); tries++) await new Promise((resolve) => setTimeout(resolve, 50));
  const duration = field();
  if (!duration) return;
  duration.value = '45';
  duration.dispatchEvent(new Event('change'));
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('li[data-id="praxis"] .edit-toggle')?.click();
}

/**
 * The whole agenda is editable: its details (title, date, place, start) and, behind "Bearbeiten", each item's
 * title, type, speaker, description, fixed times and links. Here the intro got longer: before saving, the
 * notice says that the practice example moves past lunch and the day ends at 16:25.
 */
export const EditWhatMoved: Story = {
  name: 'Edit mode: what a change moves (before saving)',
  args: { editable: true, 'agenda-id': DAY_ID, adapter: fakeApi({ agenda: DAY, signedIn: true }) },
  play: lengthenIntro,
  tags: ['!autodocs'],
};

export const EditWhatMovedNarrow: Story = {
  name: 'Edit mode: what a change moves, 320 px',
  args: { editable: true, 'agenda-id': DAY_ID, adapter: fakeApi({ agenda: DAY, signedIn: true }), width: '320px' },
  play: lengthenIntro,
  tags: ['!autodocs'],
};

/** A visitor's view of an agenda from a server: it asks again every 15 seconds (while visible) and shows saved changes in place. */
export const ViewerFollowsServer: Story = {
  name: 'Viewer of a server\'s agenda (follows saved changes)',
  args: { 'agenda-id': DAY_ID, adapter: fakeApi({ agenda: DAY }) },
  tags: ['!autodocs'],
};

export const SaveFails: Story = {
  name: 'Edit mode, the backend refuses saves',
  args: { editable: true, 'agenda-id': DAY_ID, adapter: fakeApi({ agenda: DAY, failWrites: true, signedIn: true }) },
  tags: ['!autodocs'],
};

/** Out of order, overlapping, reversed times, an unknown type and one broken item (left out). */
export const InvalidData: Story = { name: 'Invalid data', args: { src: 'data/agenda-fehlerhaft.json', editable: true }, tags: ['!autodocs'] };

/** What the printout shows (use the browser's print preview; the tests print it to PDF). */
export const Print: Story = { name: 'Print (use print preview)', args: { src: DAY }, tags: ['!autodocs'] };

/** A day that is announced but has no programme yet. */
export const Empty: Story = { name: 'No items yet', args: { src: 'data/tagesablauf-leer.json' }, tags: ['!autodocs'] };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) }, tags: ['!autodocs'] };

export const ErrorState: Story = {
  name: 'Error',
  args: {
    adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('http', 'HTTP 503', { status: 503 }))),
  },
  tags: ['!autodocs'],
};
