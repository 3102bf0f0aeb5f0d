import { css } from 'lit';

/** The map area's rules (consent panel, map, pin map), added with the code that draws it, not for the list. */
export const mapStyles = css`
  .map-area {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }
  .consent-panel {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
    padding: var(--_space);
    min-block-size: 12rem;
    justify-content: center;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .map-toolbar {
    display: flex;
    gap: 0.25rem;
  }
  .map-container {
    block-size: var(--ija-map-height, 28rem);
    max-block-size: 70vh;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .attribution {
    font-size: 0.8em;
    color: var(--_text-muted);
  }
  .selected-partner {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .selected-partner .partner {
    align-self: stretch;
  }
`;
