import { css } from 'lit';

/**
 * The list's rules that only matter once a person acts (the skip link shows on focus) or once a list is longer
 * than one step ("show more"): they arrive with the list's code, so the first download stays small.
 */
export const browseStyles = css`
  /* The skip link and its target are visually hidden (.visually-hidden) until focused. */
  .skip-link.visually-hidden:focus,
  .skip-target.visually-hidden:focus {
    position: static !important;
    inline-size: auto;
    block-size: auto;
    clip-path: none;
    white-space: normal;
    align-self: flex-start;
    padding: var(--_space-1) var(--_space-2);
    border: 0;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .skip-link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .list-more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space);
  }
  .shown-count {
    flex-basis: 100%;
    color: var(--_text-muted);
  }
`;
