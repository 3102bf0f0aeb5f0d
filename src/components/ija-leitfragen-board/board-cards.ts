import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Messages } from '../../core/i18n/locales.js';
import type { Card } from '../../core/schemas/board.js';
import { onDemand } from '../../core/on-demand.js';
import { renderOnDemand } from '../../base/states.js';
import { renderCard, type CardActions, type CardHandlers } from './board-card.js';

/**
 * One question's ideas. Keyed by idea, and each card renders again only when its idea or its own state
 * changes: one incoming idea adds one card and leaves the others' DOM as it is. From `VIRTUALIZE_FROM`
 * ideas in a column, only the cards in view are in the DOM (the virtualizer loads on demand).
 */

export const VIRTUALIZE_FROM = 200;

const virtualCode = onDemand(() => import('./board-virtual-cards.js'));

/** The moderator's menu per idea, from the moderator's code. */
export interface CardMenus {
  render(card: Card): NonNullable<CardActions['menu']>;
  /** What is open (`undefined`: nothing): a card renders again when this changes (and, while open, when its question's ideas do). */
  state(card: Card): 'open' | 'confirm' | undefined;
}

export interface CardListOptions {
  m: Messages;
  /** Updated when the virtualizer's code has arrived. */
  host: ReactiveControllerHost & HTMLElement;
  /** The ideas shown in this column, in order. */
  cards: readonly Card[];
  /** All ideas of the question (the moderator's menu offers them). */
  all: readonly Card[];
  canVote: boolean;
  locked: boolean;
  moderator: boolean;
  editing?: string;
  confirmingRemove?: string;
  handlers: CardHandlers;
  menus?: CardMenus;
  /** This participant's ideas still on their way (after the cards). */
  pending: readonly TemplateResult[];
}

/** A card as it renders now; `guard` keeps its last render while `deps` stay the same. */
export function cardRender(o: CardListOptions, card: Card, position?: CardActions['position']): unknown {
  const menuState = o.menus?.state(card);
  const editing = o.editing === card.id && !position;
  const deps = [card, o.m, o.canVote, o.locked, o.moderator, editing, o.confirmingRemove === card.id, !o.menus, menuState,
    menuState && o.all, position?.index, position?.size];
  return guard(deps, () =>
    renderCard(o.m, card, {
      canVote: o.canVote,
      locked: o.locked,
      moderator: o.moderator,
      editing,
      confirmingRemove: o.confirmingRemove === card.id,
      menu: o.menus?.render(card),
      position,
      handlers: o.handlers,
    }),
  );
}

export function renderCardList(o: CardListOptions): TemplateResult {
  if (o.cards.length >= VIRTUALIZE_FROM) return renderOnDemand(o.m, o.host, virtualCode, (code) => code.renderVirtualCards(o));
  return html`<ul class="cards">
    ${repeat(o.cards, (card) => card.id, (card) => cardRender(o, card))}${o.pending}
  </ul>`;
}

/** Nothing yet on this question (no idea, none on its way). */
export function renderNoIdeas(o: CardListOptions): TemplateResult | typeof nothing {
  return o.cards.length === 0 && o.pending.length === 0 ? html`<p class="muted">${o.m.board.noIdeas}</p>` : nothing;
}
