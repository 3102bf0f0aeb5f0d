import { css } from 'lit';

/** The board's dialogs (the moderator's merge and plan dialogs, the edit of an idea in a long column): inside a phone's width. */
export const dialogStyles = css`
  .board-dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    overflow: auto;
    padding: 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .board-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .board-dialog #dialog-title {
    margin-block-end: 0.75rem;
  }
  @media (forced-colors: active) {
    .board-dialog {
      border-color: CanvasText;
    }
  }
`;
