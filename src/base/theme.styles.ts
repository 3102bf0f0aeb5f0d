import { css } from 'lit';

/**
 * Design tokens. Sites set the public `--ija-*` properties; each falls back to the KERN UX token
 * of the same role (for sites built with KERN) and then to our own value. Widgets use only the
 * private `--_*` names below, so one place decides the fallbacks.
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
    --_font-family: var(--ija-font-family, inherit);
    --_font-size: var(--ija-font-size, 1rem);
  }
`;
