import { css } from 'lit';

/**
 * What every widget needs to look right with no host CSS and to survive hostile host CSS:
 * its own colours and a padded surface, inherited font, reset inherited text oddities, a visible focus ring,
 * forced-colours and reduced-motion support, and a size container for its container queries.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    container: ija / inline-size;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    /*
     * The surface is the widget's own: its text keeps off the edge on a tinted or dark page too. Important, so a
     * theme's "body * { padding: 0 }" cannot take it (an important rule of the shadow root wins over the page's);
     * a site sets it with --ija-padding.
     */
    padding: var(--_padding) !important;
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  /*
   * A page's own rules beat :host rules (e.g. "* { letter-spacing: 2px }" hits the host), so the
   * text resets sit on the widget's top-level parts, where no page rule reaches.
   */
  :host > * {
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    filter: brightness(1.1);
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host,
    :host > * {
      color: CanvasText;
      background: Canvas;
    }
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* Print: black on white, in a size for paper; each widget hides its own controls. */
  @media print {
    :host,
    :host > * {
      color: #000;
      background: #fff;
      font-size: 10pt;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
