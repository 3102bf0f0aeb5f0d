import { css } from 'lit';

export const planStyles = css`
  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--_space-3);
  }
  :is(h1, h2, h3, h4, h5, h6),
  p {
    margin: 0;
  }
  .plan-title {
    font-size: var(--_font-size-xl);
    line-height: 1.25;
  }
  .overall {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .bar {
    inline-size: 100%;
    block-size: 0.75rem;
  }
  .bar-track,
  .ring-track {
    fill: var(--_surface-alt);
    stroke: var(--_border);
  }
  .bar-track {
    stroke-width: 0.3;
  }
  .bar-value {
    fill: var(--_primary);
  }
  /*
   * Right to left, the bar fills from the right with point 1's segment on the right (its SVG draws
   * left to right), and the half-filled "in progress" mark fills from the right as well.
   */
  :host(:dir(rtl)) :is(.bar, .status-icon) {
    transform: scaleX(-1);
  }
  .ring-value {
    stroke: var(--_primary);
  }
  .ring-track {
    fill: none;
    stroke: var(--_surface-alt);
  }
  .points {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
    counter-reset: point;
  }
  .point {
    counter-increment: point;
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-inline-size: 0;
  }
  .point.status-in-progress {
    border-inline-start-color: var(--_warning);
  }
  .point.status-done {
    border-inline-start-color: var(--_success);
  }
  .point-head {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
  }
  .ring-wrap {
    position: relative;
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
  }
  .ring {
    inline-size: 100%;
    block-size: 100%;
  }
  .point-head .ring-wrap::after {
    content: counter(point);
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    font-weight: 700;
  }
  .point-title {
    font-size: var(--_font-size-l);
    line-height: 1.3;
  }
  /* Long German compounds ("Qualifizierungsangebote") must not leave a narrow column. */
  .point-title,
  .meta dd,
  .summary,
  .steps li {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .status {
    font-weight: 600;
  }
  .status-icon {
    display: inline-block;
    color: var(--_primary);
  }
  /*
   * Right to left, texts from the data take their direction from their own words (a German
   * "5-Punkte-Plan" keeps its number in front) and still line up on the start side.
   */
  :host(:dir(rtl)) :is(.plan-title, .point-title, .summary, .meta dd, .steps span:not(.step-mark, .visually-hidden), .question legend, .next-steps li) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    margin: 0;
    font-size: var(--_font-size-s);
  }
  .meta div {
    display: flex;
    gap: 0.35em;
  }
  .meta dt {
    font-weight: 600;
  }
  .meta dd {
    margin: 0;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: baseline;
  }
  .links ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .steps {
    margin: 0;
    padding-inline-start: 0.25rem;
    list-style: none;
    display: grid;
    gap: var(--_space-1);
  }
  .steps.collapsed {
    display: none;
  }
  .steps li.done {
    color: var(--_text-muted);
  }
  .step-source {
    display: block;
    font-size: var(--_font-size-s);
    color: var(--_text-muted);
    padding-inline-start: 1.5rem;
    overflow-wrap: anywhere;
  }
  .step-mark {
    display: inline-block;
    inline-size: 1.25em;
    color: var(--_success);
    font-weight: 700;
  }
  label.check {
    align-items: flex-start;
    padding-block: 0.35rem;
  }
  .field {
    max-inline-size: 20rem;
  }
  .save-state {
    font-size: var(--_font-size-s);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .download {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  /* Wide containers: the five points side by side as a path. */
  @container ija (min-width: 60rem) {
    :host(:not([mode='check'])) .points {
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      position: relative;
    }
    :host(:not([mode='check'])) .point {
      position: relative;
    }
    :host(:not([mode='check'])) .point-head {
      flex-direction: column;
    }
    :host(:not([mode='check'])) .meta,
    :host(:not([mode='check'])) .meta div {
      flex-direction: column;
      gap: 0;
    }
    :host(:not([mode='check'])) .point:not(:last-child)::after {
      content: '';
      position: absolute;
      inset-block-start: 1.95rem;
      inset-inline-end: -0.75rem;
      inline-size: 0.75rem;
      border-block-start: 3px solid var(--_border);
    }
  }

  @media (forced-colors: active) {
    .bar-value,
    .ring-value {
      fill: Highlight;
      stroke: Highlight;
    }
    .point {
      border-color: CanvasText;
    }
  }

  /* Print: an A4 action plan with every step, no controls. */
  @media print {
    button,
    select,
    .field,
    .download,
    .save-state {
      display: none !important;
    }
    .steps.collapsed {
      display: grid !important;
    }
    .point {
      break-inside: avoid;
      border-color: #000;
    }
    .points {
      grid-template-columns: 1fr !important;
      grid-auto-flow: row !important;
    }
    .point::after {
      display: none;
    }
  }
`;
