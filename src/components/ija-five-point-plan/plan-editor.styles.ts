import { css } from 'lit';

/** The editor's own rules, added to the shadow root when the editor loads. */
export const editorStyles = css`
  .edit-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }
  .status-field {
    flex: 0 1 14rem;
  }
  .suggestion {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.75rem;
    align-items: center;
    padding: 0.4rem 0.6rem;
    border-inline-start: 0.25rem solid var(--_warning);
    background: var(--_surface-alt);
    border-radius: var(--_radius);
    font-size: 0.95em;
  }
  .edit-toggle {
    align-self: flex-start;
  }
  .point-form,
  .conflict,
  .create-form,
  .orphan {
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    min-inline-size: 0;
  }
  .point-form .field,
  .create-form .field,
  .add-step .field,
  .rename .field {
    max-inline-size: none;
  }
  .point-form input,
  .point-form textarea,
  .create-form input,
  .add-step input,
  .rename input {
    inline-size: 100%;
  }
  textarea {
    resize: vertical;
  }
  .hint {
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .conflict {
    border-inline-start: 0.35rem solid var(--_danger);
  }
  .conflict-title {
    font-size: 1em;
  }
  .versions {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .version dt {
    font-weight: 700;
  }
  .version dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .who {
    font-weight: 600;
  }
  .steps-editor {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .steps-editor.collapsed {
    display: none;
  }
  .steps-editor .steps > li {
    padding-block: 0.25rem;
    border-block-end: 1px solid var(--_surface-alt);
  }
  .step-line {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25rem 0.5rem;
  }
  .step-line label.check {
    flex: 1 1 12rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .step-tools {
    display: flex;
    gap: 0.25rem;
    margin-inline-start: auto;
  }
  .step-source {
    display: block;
    font-size: 0.875em;
    color: var(--_text-muted);
    padding-inline-start: 1.75rem;
    overflow-wrap: anywhere;
  }
  .add-step,
  .rename {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }
  .add-step .field,
  .rename .field {
    flex: 1 1 12rem;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.95em;
  }
  .orphan-text {
    font-style: italic;
    overflow-wrap: anywhere;
  }
  .plan-footer {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .plan-footer .create-form {
    align-self: stretch;
  }
  .notice:empty {
    display: none;
  }
  /* An empty status line stays in the page (so that what it says later is announced) but takes no room. */
  .save-state:empty {
    margin-block-start: -0.5rem;
  }
  .create-plan {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  /* Editing needs room: the points stay one below the other, however wide the column. */
  @container ija (min-width: 60rem) {
    :host([editable]:not([mode='check'])) .points {
      grid-auto-flow: row;
      grid-auto-columns: auto;
    }
    :host([editable]:not([mode='check'])) .point-head,
    :host([editable]:not([mode='check'])) .meta {
      flex-direction: row;
    }
    :host([editable]:not([mode='check'])) .meta div {
      flex-direction: row;
      gap: 0.35em;
    }
    :host([editable]:not([mode='check'])) .point:not(:last-child)::after {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .suggestion,
    .conflict,
    .point-form,
    .create-form,
    .orphan {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .edit-row,
    .edit-toggle,
    .point-form,
    .conflict,
    .step-tools,
    .add-step,
    .rename,
    .undo,
    .orphan,
    .plan-footer {
      display: none !important;
    }
    .steps-editor.collapsed {
      display: flex !important;
    }
  }
`;
