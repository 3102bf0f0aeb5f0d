import { css } from 'lit';

export const agendaStyles = css`
  :host([variant='projector']) {
    --_font-size: var(--ija-font-size, clamp(1.25rem, 2.4vw, 2.25rem));
  }
  .agenda {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  .agenda-title,
  .header p {
    margin: 0;
  }
  .agenda-title {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    color: var(--_text-muted);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
  }
  .item {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--_space-1);
  }
  .time {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  /* A 12-hour time ("12:30 PM", "10:30 ص") breaks only at the dash of the range, never inside. */
  .time time {
    white-space: nowrap;
  }
  .duration {
    font-weight: 400;
    color: var(--_text-muted);
  }
  .card {
    position: relative;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card > * {
    margin: 0;
  }
  .card > * + * {
    margin-block-start: var(--_space-1);
  }
  .type {
    display: flex;
    align-items: center;
    gap: 0.35em;
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
  }
  .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    flex: none;
  }
  .title {
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  .speaker {
    font-style: italic;
  }
  /*
   * Right to left, texts from the data take their direction from their own words (a German sentence
   * keeps its full stop at the end) and still line up on the start side.
   */
  :host(:dir(rtl)) :is(.agenda-title, .location, .title, .description) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  .type-break .card {
    background: var(--_surface-alt);
    border-style: dashed;
    border-inline-start-style: solid;
    border-inline-start-color: var(--_border);
  }
  .description.clamped {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    font-size: var(--_font-size-xs);
    font-weight: 700;
  }
  .badge.now {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .badge.next {
    border: 2px solid var(--_primary);
    color: var(--_primary);
  }
  .badge + .type {
    margin-block-start: 0.25rem;
  }
  .current .card {
    border-style: solid;
    border-width: 2px;
    border-color: var(--_primary);
    border-inline-start-width: 0.5rem;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_primary) 20%, transparent);
  }
  /* The now line runs behind the card's text, so it never hides a word. */
  .card {
    isolation: isolate;
  }
  .card > :not(.now-line) {
    position: relative;
    z-index: 1;
  }
  .now-line {
    z-index: 0;
    position: absolute;
    inset-inline: 0;
    inset-block-start: var(--_progress);
    margin: 0;
    border-block-start: 2px solid var(--_danger);
    pointer-events: none;
  }
  .now-line::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.4rem;
    inset-block-start: -0.35rem;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--_danger);
  }
  .calendar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2) var(--_space);
  }
  .calendar.hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-s);
    margin: 0;
  }
  fieldset {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space);
    align-items: end;
    min-inline-size: 0;
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }
  .issues-note {
    margin: 0;
  }

  /* Wide containers: a timeline with the time beside the card and heights proportional to duration. */
  @container ija (min-width: 36rem) {
    .item {
      grid-template-columns: 7.5em minmax(0, 1fr);
      gap: var(--_space-3);
    }
    /* Times with a day period ("12:30 PM", "12:30 م") need a wider column for the range on one line. */
    .long-times .item {
      grid-template-columns: 10.5em minmax(0, 1fr);
    }
    .time {
      flex-direction: column;
      align-items: flex-end;
      padding-block-start: var(--_space-2);
      text-align: end;
    }
    .card {
      min-block-size: max(3.5rem, calc(var(--_minutes) * var(--ija-agenda-minute-size, 0.12rem)));
    }
  }

  /* Projector: current and next stand out, the rest steps back. */
  :host([variant='projector']) .item:not(.current, .next) .card {
    border-color: var(--_border);
    border-inline-start-color: var(--_border);
  }
  :host([variant='projector']) .item:not(.current, .next) .description,
  :host([variant='projector']) .item:not(.current, .next) .more {
    display: none;
  }
  :host([variant='projector']) .current .title {
    font-size: 1.4em;
  }

  @media (forced-colors: active) {
    .card,
    .current .card {
      border-color: CanvasText;
    }
    .current .card {
      outline: 3px solid Highlight;
    }
    .now-line,
    .now-line::before {
      border-color: Highlight;
      background: Highlight;
    }
    .badge.now {
      border: 2px solid Highlight;
    }
  }

  /* Print: one A4 page for the wall, black on white, no controls. */
  @media print {
    .calendar,
    button,
    .badge,
    .now-line,
    .issues-note {
      display: none !important;
    }
    .items {
      gap: 0.15rem;
    }
    .item {
      break-inside: avoid;
      grid-template-columns: 7.5rem minmax(0, 1fr);
      gap: 0.5rem;
    }
    .time {
      flex-direction: column;
      align-items: flex-end;
      padding-block-start: 0.15rem;
    }
    .card,
    .current .card {
      min-block-size: 0 !important;
      padding: 0.15rem 0.5rem;
      border: 1px solid #000;
      border-inline-start: 3px solid #000;
      box-shadow: none !important;
      background: #fff !important;
    }
    .description,
    .description.clamped {
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
      font-size: 9pt;
    }
    a {
      color: #000;
    }
  }
`;
