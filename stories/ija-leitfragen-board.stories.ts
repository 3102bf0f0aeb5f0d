import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IjaAdapter } from '../src/index.js';
import type { Board, Card } from '../src/core/schemas/board.js';
import { createDocumentAdapter } from '../src/core/adapter/read-only-adapter.js';
import { IjaAdapterError } from '../src/core/errors.js';
import type { BoardView } from '../src/components/ija-leitfragen-board/ija-leitfragen-board.js';

interface Args {
  src?: string;
  moderator?: boolean;
  view?: BoardView;
  lang?: string;
  width?: string;
  adapter?: IjaAdapter;
}

const WERKSTATT = 'data/leitfragen-werkstatt.json';

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

const meta: Meta<Args> = {
  title: 'Elements/ija-leitfragen-board',
  component: 'ija-leitfragen-board',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['board', 'presentation', 'results'] },
    moderator: { control: 'boolean' },
    src: { control: 'text' },
    width: { control: 'text' },
  },
  render: (a) => html`<div style="max-width: ${a.width ?? 'none'}">
    <ija-leitfragen-board
      src=${ifDefined(a.src)}
      view=${ifDefined(a.view)}
      ?moderator=${a.moderator}
      lang=${ifDefined(a.lang)}
      .adapter=${a.adapter}
    ></ija-leitfragen-board>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A workshop's board as a participant sees it (no backend: a board on this device). */
export const Participant: Story = { args: { src: WERKSTATT } };

/** The moderator's controls: views, lock, clear; per idea: key insight, hide, remove, merge. */
export const Moderator: Story = { args: { src: WERKSTATT, moderator: true } };

export const Presentation: Story = { name: 'Presentation (projector)', args: { src: WERKSTATT, view: 'presentation', moderator: true } };

export const Results: Story = { name: 'Results and export', args: { src: WERKSTATT, view: 'results' } };

/** No data source: the factsheet's five guiding questions, no ideas yet. */
export const LocalEmpty: Story = { name: 'Local, empty (defaults)' };

export const Locked: Story = { args: { adapter: werkstattWith((board) => ({ ...board, locked: true })) } };

export const ModeratedBeforeReveal: Story = {
  name: 'Moderated, before reveal',
  args: { adapter: werkstattWith(beforeReveal) },
};

export const Narrow: Story = { name: 'Narrow column (320 px)', args: { src: WERKSTATT, width: '320px' } };

export const Wide: Story = { name: 'Wide container: a column per question', args: { src: WERKSTATT, width: '80rem' } };

export const English: Story = { args: { src: WERKSTATT, lang: 'en' } };

export const Loading: Story = { args: { adapter: createDocumentAdapter('story', () => new Promise(() => {})) } };

export const ErrorState: Story = {
  name: 'Error',
  args: { adapter: createDocumentAdapter('story', () => Promise.reject(new IjaAdapterError('network', 'offline'))) },
};
