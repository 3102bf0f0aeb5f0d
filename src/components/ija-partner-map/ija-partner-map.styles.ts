import { css } from 'lit';

export const partnerMapStyles = css`
  .network {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  :is(h1, h2, h3, h4, h5, h6),
  p {
    margin: 0;
  }
  /* One row of tabs at any width: in a narrow column a tab's label wraps between its words, the row does not. */
  .tabs {
    display: flex;
    gap: var(--_space-1);
    border-block-end: 2px solid var(--_border);
  }
  /* A label wraps between its words, never inside one ("Kart|e"). */
  [role='tab'] {
    flex: 0 1 auto;
    min-block-size: 2.75rem;
    overflow-wrap: normal;
    padding: 0.4rem var(--_space-1);
    border: 1px solid transparent;
    border-block-end: 0;
    border-radius: var(--_radius) var(--_radius) 0 0;
    background: none;
    cursor: pointer;
    margin-block-end: -2px;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--_border);
    border-block-end: 3px solid var(--_primary);
    background: var(--_surface);
    font-weight: 700;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .panel:focus {
    outline: none;
  }
  /* Phone first: the search and a "Filter (n)" toggle; from 36rem the other filters are always open. */
  .filters,
  .more-filters {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .filters {
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .filter-bar,
  .filter-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
  }
  .field {
    display: flex;
    flex-direction: column;
  }
  .field.search {
    flex: 1 1 10rem;
  }
  .more-filters:not(.open) {
    display: none;
  }
  /* Selects of one width, as many per row as fit. */
  .selects {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space-2) var(--_space-3);
  }
  select {
    inline-size: 100%;
  }
  /* Wide: the search and the selects share one row. */
  @container ija (min-width: 60rem) {
    .filters {
      flex-direction: row;
      align-items: flex-start;
      gap: var(--_space-3);
    }
    .filter-bar {
      flex: 1 1 0;
    }
    .more-filters {
      flex: 3 1 0;
    }
  }
  .result-count {
    font-weight: 700;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
  }
  .group-title {
    font-size: var(--_font-size-l);
    padding-block: var(--_space-1) 0;
  }
  .group-count {
    font-weight: 400;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .partners,
  .invite-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .virtual-list {
    display: block;
  }
  .virtual-row {
    inline-size: 100%;
    padding-block-end: var(--_space-2);
  }
  .partner {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .partner.selected {
    border-width: 2px;
    border-color: var(--_primary);
    border-inline-start-width: 0.5rem;
  }
  /* Compact: name, then type and badge; the details toggle at the end of the row. */
  .partner-summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    column-gap: var(--_space-3);
  }
  /* The name has the whole width (long German names on a phone); the toggle sits at the end of the type's line. */
  .partner-name {
    font-size: 1.05em;
    grid-column: 1 / -1;
  }
  /* Inline, so a long badge wraps like text on a phone instead of growing into a block. */
  .partner-meta {
    grid-column: 1;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .partner-type {
    margin-inline-end: var(--_space-3);
  }
  .details-toggle {
    grid-column: 2;
    grid-row: 2;
    min-block-size: 2.75rem;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    cursor: pointer;
  }
  @container ija (min-width: 36rem) {
    [role='tab'] {
      padding-inline: 0.9rem;
    }
    .filters-toggle {
      display: none;
    }
    .more-filters:not(.open) {
      display: flex;
    }
    /* Room enough: the name beside the toggle, which spans both lines. */
    .partner-name {
      grid-column: 1;
    }
    .details-toggle {
      grid-row: 1 / span 2;
    }
  }
  .details-toggle > span:first-child {
    text-decoration: underline;
  }
  /* A chevron that screen readers skip (the empty alternative text after the slash). */
  .details-toggle::after {
    content: ' ▾' / '';
  }
  [aria-expanded='true']::after {
    content: ' ▴' / '';
  }
  .partner-details {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
    padding-block: var(--_space-1);
  }
  .empty-network,
  .invite-group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .invite-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space-3) 1.5rem;
  }
  .invite-list li {
    padding-inline-start: var(--_space-3);
    border-inline-start: 0.25rem solid var(--_border);
  }
  .partner-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space);
  }
  /* A phone number reads left to right in every language ("+49 251 …", not "… 251 49+"). */
  .partner-links [href^='tel:'] {
    direction: ltr;
  }
  /*
   * Right to left, texts from the data take their direction from their own words (a German name keeps
   * its final "e. V." in place) and still line up on the start side.
   */
  :host(:dir(rtl)) :is(.partner-name, .partner-description, .partner-address) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  .label {
    font-weight: 600;
  }
  .badge.new {
    padding: 0 0.4em;
    border: 1px solid var(--_success);
    border-radius: 0.25rem;
    box-decoration-break: clone;
    color: var(--_success);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .partner.selected {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .tabs,
    .filters,
    .map-area,
    button {
      display: none !important;
    }
    /* On paper every partner shows in full. */
    .partner-details[hidden] {
      display: flex !important;
    }
  }
`;
