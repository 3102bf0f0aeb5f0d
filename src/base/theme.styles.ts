import { css } from 'lit';

/**
 * Design tokens. Sites set the public `--ija-*` properties; each falls back to the KERN UX token
 * of the same role (for sites built with KERN) and then to our own value. Widgets use only the
 * private `--_*` names below, so one place decides the fallbacks.
 *
 * One spacing scale (`--_space-1`…`3` and `--_space` itself: ¼, ½, ¾ and 1 × `--ija-space`) and one type scale
 * (xs, s, the base size, l, xl; in `em`, so a widget's whole text follows `--ija-font-size`) for every widget:
 * gaps, paddings and headings use only these steps, so widgets side by side on a page line up and read alike.
 */
export const tokenStyles = css`
  :host {
    --_primary: var(--ija-color-primary, var(--kern-color-action-default, #0b5cad));
    --_on-primary: var(--ija-color-on-primary, var(--kern-color-action-on-default, #ffffff));
    --_text: var(--ija-color-text, var(--kern-color-layout-text-default, #1b1d21));
    --_text-muted: var(--ija-color-text-muted, var(--kern-color-layout-text-muted, #4a4f57));
    --_surface: var(--ija-color-surface, var(--kern-color-layout-background-default, #ffffff));
    --_surface-alt: var(--ija-color-surface-alt, #f2f4f7);
    --_border: var(--ija-color-border, #7c828b);
    --_danger: var(--ija-color-danger, var(--kern-color-feedback-danger, #b3261e));
    --_success: var(--ija-color-success, var(--kern-color-feedback-success, #1d6b36));
    --_warning: var(--ija-color-warning, var(--kern-color-feedback-warning, #8a5300));
    --_focus: var(--ija-color-focus, var(--kern-color-action-focus-border-inside, #0b5cad));
    --_radius: var(--ija-radius, 0.375rem);
    --_space: var(--ija-space, 1rem);
    --_space-1: calc(var(--_space) / 4);
    --_space-2: calc(var(--_space) / 2);
    --_space-3: calc(var(--_space) * 0.75);
    --_padding: var(--ija-padding, var(--_space));
    --_font-family: var(--ija-font-family, inherit);
    --_font-size: var(--ija-font-size, 1rem);
    --_font-size-xs: var(--ija-font-size-xs, 0.8em);
    --_font-size-s: var(--ija-font-size-s, 0.875em);
    --_font-size-l: var(--ija-font-size-l, 1.1em);
    --_font-size-xl: var(--ija-font-size-xl, 1.5em);
  }
`;
