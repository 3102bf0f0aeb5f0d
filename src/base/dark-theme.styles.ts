import { css } from 'lit';

/** The dark tokens, once: set by `theme="dark"`, and by `theme="auto"` when the visitor prefers dark. */
const darkTokens = css`
  --ija-color-primary: #8cc4ff;
  --ija-color-on-primary: #0b1a2b;
  --ija-color-text: #eef1f5;
  --ija-color-text-muted: #c1c7d0;
  --ija-color-surface: #16191d;
  --ija-color-surface-alt: #23282e;
  --ija-color-border: #8c939c;
  --ija-color-danger: #ffb4ab;
  --ija-color-success: #8fd6a3;
  --ija-color-warning: #f2c26b;
  --ija-color-focus: #8cc4ff;
  color-scheme: dark;
`;

/**
 * Dark and automatic themes, on a widget (`theme="dark"`) or on `<ija-provider>` for all inside it.
 * They set the public tokens, so they inherit into nested widgets. A module of its own: the provider
 * sets these tokens and reads none.
 */
export const darkThemeStyles = css`
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
`;
