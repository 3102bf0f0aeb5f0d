import { css } from 'lit';

export const partnerMapStyles = css`
  .network {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  :is(h1, h2, h3, h4, h5, h6),
  p {
    margin: 0;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    border-block-end: 2px solid var(--_border);
  }
  [role='tab'] {
    min-block-size: 2.75rem;
    padding: 0.4rem 0.9rem;
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
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .field.search {
    flex: 1 1 14rem;
  }
  select {
    max-inline-size: 16rem;
  }
  .result-count {
    font-weight: 700;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  .group-title {
    font-size: var(--_font-size-l);
    padding-block: 0.5rem 0.25rem;
  }
  .group-count {
    font-weight: 400;
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
  }
  .partners {
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
  .partner-name {
    font-size: 1.05em;
  }
  .partner-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
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
    padding: 0 0.5em;
    border: 1px solid var(--_success);
    border-radius: 999px;
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
  }
`;
