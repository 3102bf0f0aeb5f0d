import { css } from 'lit';

export const boardStyles = css`
  .board {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  :is(h1, h2, h3, h4, h5, h6),
  p {
    margin: 0;
  }
  .board-title {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .notice {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.35rem solid var(--_warning);
    background: var(--_surface-alt);
  }
  .toolbar {
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #fff;
  }
  .columns {
    display: block;
  }
  .question {
    display: none;
    flex-direction: column;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .question.selected {
    display: flex;
  }
  .question-title {
    font-size: var(--_font-size-l);
    line-height: 1.3;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .add {
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .add label {
    font-weight: 600;
    font-size: var(--_font-size-s);
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  .counter {
    font-size: var(--_font-size-s);
  }
  .add .button {
    align-self: flex-start;
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .card.mine {
    background: var(--_surface-alt);
  }
  .card.insight {
    border-color: var(--_success);
    border-width: 2px;
    border-inline-start-width: 0.5rem;
  }
  .card.hidden-card {
    border-style: dashed;
    background: var(--_surface-alt);
  }
  .tag {
    font-size: var(--_font-size-xs);
    font-weight: 700;
    color: var(--_text-muted);
  }
  .insight-tag {
    color: var(--_success);
  }
  .vote-count {
    font-weight: 700;
  }
  .icon-button.vote,
  .icon-button.unvote {
    inline-size: auto;
    padding-inline: 0.6rem;
    /* "+1" and "−1" keep their sign in front in right-to-left text too (not "1+"). */
    direction: ltr;
  }
  /*
   * Right to left, texts from the data take their direction from their own words (a German question
   * keeps its question mark at the end) and still line up on the start side.
   */
  :host(:dir(rtl)) :is(.board-title, .question-title > :not(.visually-hidden), .hint, .card-text, .merged, .presentation-question, .results :is(h2, h3, h4, h5, h6)) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  /* The question's select takes its whole line (its text is cut there only); the arrows share the next one. */
  .question-nav {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--_space-2);
  }
  .question-nav select {
    grid-column: 1 / -1;
    inline-size: 100%;
  }
  .question-nav .button {
    justify-content: center;
  }
  .merged ul {
    margin: 0;
    padding-inline-start: 1.25em;
    font-size: var(--_font-size-s);
  }
  .privacy {
    font-size: var(--_font-size-s);
  }
  .results {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .results ol,
  .results ul {
    margin: 0;
  }

  /* Wide containers: a column per question, no question navigation. */
  @container ija (min-width: 64rem) {
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: var(--_space-3);
      align-items: start;
    }
    .question {
      display: flex;
    }
    .question-nav {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .card.insight {
      outline: 3px solid Highlight;
    }
    [aria-pressed='true'] {
      outline: 3px solid Highlight;
    }
  }
  @media print {
    .toolbar,
    .add,
    .question-nav,
    button,
    .menu,
    .board-panel,
    .privacy,
    .export {
      display: none !important;
    }
    .question {
      display: flex !important;
      break-inside: avoid;
    }
  }
`;
