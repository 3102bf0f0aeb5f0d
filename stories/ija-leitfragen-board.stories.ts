import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { IjaAdapter } from '../src/index.js';
import type { Board, Card } from '../src/core/schemas/board.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';
import { DARK_HOST_PAGE, elementMeta, FORCED_COLORS, languageStory, type ElementArgs } from './element-story.js';
import { fakeApi } from './fake-api.js';

const WERKSTATT = 'data/leitfragen-werkstatt.json';
const WERKSTATT_ID = 'leitfragen-werkstatt-musterstadt';

/** The story's board file, changed as a backend would send it (read-only: no backend in Storybook). */
function werkstattWith(change: (board: Board) => Board): IjaAdapter {
  return createDocumentAdapter('story', async (_resource, signal) => {
    const response = await fetch(WERKSTATT, { signal });
    if (!response.ok) throw new IjaAdapterError('http', `HTTP ${response.status}`, { status: response.status });
    return change((await response.json()) as Board);
  });
}

/**
 * Moderated reveal, not yet revealed, as the server shows it to one participant: their own two ideas,
 * everyone else's hidden and without text.
 */
function beforeReveal(board: Board): Board {
  const own = new Set(['idee-03', 'idee-13']);
  const asSeen = (card: Card): Card =>
    own.has(card.id) ? { ...card, mine: true } : { ...card, text: '…', hidden: true };
  return { ...board, settings: { votesPerPerson: 3, reveal: 'moderated' }, revealed: false, cards: board.cards.map(asSeen) };
}

const meta: Meta<ElementArgs> = {
  title: 'Elements/ija-leitfragen-board',
  component: 'ija-leitfragen-board',
  tags: ['autodocs'],
  ...elementMeta('ija-leitfragen-board', {
    use: 'Use it for the moderated small-group discussion: participants add ideas and vote on their phones, the moderator shows one question on the projector and exports the results for the closing round. Live with a backend, in the browser without one.',
    main: ['api', 'board-id', 'moderator', 'view', 'src'],
    example: 'api="/api/ija" board-id="leitfragen"',
  }),
};
export default meta;
type Story = StoryObj<ElementArgs>;

export const Participant: Story = { args: { src: WERKSTATT } };

/**
 * The moderator's controls: views, reveal, lock, edit the board, join link and QR code, clear (after a
 * question); per idea one menu ("Aktionen"): key insight, hide, merge into another (a dialog), delete.
 */
export const Moderator: Story = { args: { src: WERKSTATT, moderator: true } };

/**
 * With a backend: ideas, votes and moderation go through the outbox to an in-browser fake of the REST
 * contract (checked with the schemas); without an event stream the board polls, as behind some proxies.
 */
export const LiveParticipant: Story = {
  name: 'Live board (participant)',
  args: { 'board-id': WERKSTATT_ID, adapter: fakeApi({ board: WERKSTATT }) },
  tags: ['!autodocs'],
};

/** Signed in: the boards of the site ("Boards verwalten": new, duplicate, open), each with its join link and QR code. */
export const LiveModerator: Story = {
  name: 'Live board (moderator)',
  args: { 'board-id': WERKSTATT_ID, moderator: true, adapter: fakeApi({ board: WERKSTATT, signedIn: true }) },
  tags: ['!autodocs'],
};

/** The closing round: each key insight can become a step of a plan point (`plan-id`), with where it came from. */
export const ClosingRound: Story = {
  name: 'Closing round: key insights into the plan',
  args: {
    'board-id': WERKSTATT_ID,
    moderator: true,
    view: 'results',
    'plan-id': 'plan-musterstadt',
    adapter: fakeApi({ board: WERKSTATT, plan: 'data/plan-musterstadt.json', signedIn: true }),
  },
  tags: ['!autodocs'],
};

/** The server refuses every write: new ideas stay in the outbox with the reason and a retry. */
export const SavingFails: Story = {
  name: 'Live board, the server refuses writes',
  args: { 'board-id': WERKSTATT_ID, adapter: fakeApi({ board: WERKSTATT, failWrites: true }) },
  tags: ['!autodocs'],
};

/** One question for the projector: ideas as a grid by votes, key insights first; arrow keys and a clicker move; "Vollbild". */
export const Presentation: Story = { name: 'Presentation (projector)', args: { src: WERKSTATT, view: 'presentation', moderator: true } };

/** The join link and its QR code (made in the browser) next to the ideas, for the room to scan. */
export const PresentationWithJoinLink: Story = {
  name: 'Presentation with join link and QR code',
  args: { src: WERKSTATT, view: 'presentation', moderator: true, 'join-url': 'https://www.musterstadt.de/werkstatt#board={board}' },
  tags: ['!autodocs'],
};

export const Results: Story = { name: 'Results and export', args: { src: WERKSTATT, view: 'results' } };

/** No data source: the factsheet's five guiding questions, no ideas yet. */
export const LocalEmpty: Story = { name: 'Local, empty (defaults)', tags: ['!autodocs'] };

export const Locked: Story = { args: { adapter: werkstattWith((board) => ({ ...board, locked: true })) }, tags: ['!autodocs'] };

export const ModeratedBeforeReveal: Story = {
  name: 'Moderated, before reveal',
  args: { adapter: werkstattWith(beforeReveal) },
  tags: ['!autodocs'],
};

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: WERKSTATT, width: '320px' }, tags: ['!autodocs'] };

/** A phone: the idea box ("Ihre Idee", the question as its description) on the first screen. */
export const Phone: Story = { name: 'Phone (375 px, live)', args: { 'board-id': WERKSTATT_ID, width: '375px', adapter: fakeApi({ board: WERKSTATT }) }, tags: ['!autodocs'] };

export const Wide: Story = { name: 'Wide container: a column per question', args: { src: WERKSTATT, width: '80rem' }, tags: ['!autodocs'] };

export const English: Story = { args: { src: WERKSTATT, lang: 'en' }, tags: ['!autodocs'] };

export const Turkish: Story = { ...languageStory('tr', { src: WERKSTATT, moderator: true }), tags: ['!autodocs'] };

export const Arabic: Story = { ...languageStory('ar', { src: WERKSTATT, moderator: true }), tags: ['!autodocs'] };

export const Ukrainian: Story = { ...languageStory('uk', { src: WERKSTATT, moderator: true }), tags: ['!autodocs'] };

export const Polish: Story = { ...languageStory('pl', { src: WERKSTATT, moderator: true }), tags: ['!autodocs'] };

export const LeichteSprache: Story = { ...languageStory('de-x-leichte-sprache', { src: WERKSTATT, moderator: true }), tags: ['!autodocs'] };

export const DarkHostPage: Story = { ...DARK_HOST_PAGE, args: { src: WERKSTATT }, tags: ['!autodocs'] };

export const ForcedColors: Story = { ...FORCED_COLORS, args: { src: WERKSTATT, moderator: true }, tags: ['forced-colors', '!autodocs'] };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) }, tags: ['!autodocs'] };

export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('network', 'offline'))) },
  tags: ['!autodocs'],
};
