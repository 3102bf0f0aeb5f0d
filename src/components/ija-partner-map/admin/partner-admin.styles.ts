import { css } from 'lit';

/** The admin view's own rules (the form fields use the join form's layout). */
export const partnerAdminStyles = css`
  .admin {
    display: flex;
    flex-direction: column;
    gap: 1.5rem;
  }
  .admin-section {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .admin-section > .button {
    align-self: start;
  }
  .admin-title {
    font-size: var(--_font-size-l);
  }
  .count {
    font-weight: 400;
  }
  .requests,
  .admin-partners {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .request {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.35rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .handled summary {
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
    cursor: pointer;
    font-weight: 600;
  }
  .handled .request {
    border-inline-start-color: var(--_border);
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: #fff;
  }
  .button.secondary.danger {
    background: transparent;
    color: var(--_danger);
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .confirm p:focus {
    outline: none;
  }
  .admin-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .admin-filter .join-field {
    flex: 1 1 14rem;
  }
  .admin-partners li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
    padding-block: 0.35rem;
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .admin-partner-name {
    flex: 1 1 12rem;
    font-weight: 600;
  }
  .stale {
    color: var(--_danger);
  }
  .request-box {
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .request-box p + p {
    margin-block-start: 0.35rem;
  }
  .location {
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    gap: 0.5rem;
  }
  .location legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .coordinates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .coordinates .join-field {
    flex: 1 1 9rem;
  }
  .pin-map {
    position: relative;
  }
  .pin-map .map-container {
    block-size: min(22rem, 60vh);
  }
  .crosshair {
    position: absolute;
    inset-block-start: 50%;
    inset-inline-start: 50%;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: -0.75rem 0 0 -0.75rem;
    pointer-events: none;
    z-index: 500;
    background:
      linear-gradient(currentColor, currentColor) center / 2px 100% no-repeat,
      linear-gradient(currentColor, currentColor) center / 100% 2px no-repeat;
    color: var(--_text);
    opacity: 0.7;
  }
  .consent-note {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .geocoder {
    display: flex;
    flex-direction: column;
    align-items: start;
    gap: 0.35rem;
  }
  .geocoder-results {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .geocoder-results li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .table-scroll {
    overflow-x: auto;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  tr.refuse td:nth-child(3) {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .button.danger,
    .button.secondary.danger {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .crosshair {
      forced-color-adjust: none;
      color: CanvasText;
    }
  }
`;
