import { css } from 'lit';

/** The form controls, links and small texts every widget uses, styled once. */
export const controlStyles = css`
  a,
  .link-button {
    color: var(--_primary);
  }
  .link-button {
    padding: var(--_space-1) 0;
    border: 0;
    background: none;
    text-decoration: underline;
    cursor: pointer;
    min-block-size: 1.5rem;
    text-align: start;
  }
  .icon-button {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-size: 1.1em;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    min-inline-size: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    padding: 0;
    accent-color: var(--_primary);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: var(--_font-size-s);
    min-inline-size: 0;
  }
  .muted {
    color: var(--_text-muted);
  }
  .error-text {
    color: var(--_danger);
    font-weight: 600;
  }
`;
