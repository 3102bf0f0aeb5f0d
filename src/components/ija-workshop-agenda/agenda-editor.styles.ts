import { css } from 'lit';

/** Edit mode's own rules, added to the element's shadow root when the editor loads. */
export const editorStyles = css`
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem::before {
    content: '⚠ ';
  }
  .was {
    font-size: 0.9em;
    color: var(--_text-muted);
    font-style: italic;
  }
  .toolbar,
  .edit-controls,
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .edit-controls {
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
  }
  .duration-field input {
    inline-size: 6rem;
  }
  .handle {
    cursor: grab;
  }
  /* Undo and save stay focusable when there is nothing to do, so focus is not lost after using them. */
  .toolbar [aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .hint,
  .save-status {
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .details-toggle {
    align-self: flex-start;
  }
  /* The forms: one column in a narrow container, fields side by side where there is room. */
  .edit-form fieldset,
  .add-form fieldset {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.6rem 1rem;
    align-items: start;
  }
  .edit-form {
    margin-block-start: 0.5rem;
  }
  .edit-form .field input:not([type='checkbox']),
  .edit-form .field select,
  .edit-form .field textarea,
  .add-form .field input,
  .add-form .field select {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .edit-form textarea {
    resize: vertical;
  }
  .error-summary,
  .move-notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
  }
  .error-summary {
    border: 3px solid var(--_danger);
  }
  .error-summary:focus-visible {
    outline-offset: 2px;
  }
  .error-summary a {
    color: var(--_danger);
  }
  .error-title,
  .notice-title {
    margin: 0;
    font-weight: 700;
  }
  .error-summary ul,
  .move-notice ul {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  .move-notice {
    border: 2px solid var(--_primary);
    border-inline-start-width: 0.5rem;
    background: var(--_surface-alt);
  }
  .move-notice p,
  .times-hint {
    margin: 0;
  }
  @container ija (min-width: 36rem) {
    .edit-form fieldset,
    .add-form fieldset {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .edit-form legend,
    .add-form legend,
    .error-summary,
    .form-title,
    .form-description,
    .form-boardId,
    .form-url,
    .times-hint,
    .form-actions {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .error-summary,
    .move-notice {
      border-color: CanvasText;
    }
  }
  @media print {
    .toolbar,
    .edit-controls,
    .edit-form,
    .add-form,
    .details-toggle,
    .move-notice,
    .was,
    .problem {
      display: none !important;
    }
  }
`;
