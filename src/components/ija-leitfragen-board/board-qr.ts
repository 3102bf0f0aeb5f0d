import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/**
 * QR codes made in the browser (no third-party service sees the link): the `uqr` encoder, drawn as
 * one SVG path of the dark modules, black on white with a quiet zone, so any phone camera reads it,
 * also in forced colours (which would otherwise recolour it).
 */

/** The dark modules as an SVG path, and the side length in modules (quiet zone included). */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
  return { size, d };
}

export function renderQr(text: string, label: string): TemplateResult {
  const { size, d } = qrPath(text);
  return html`<svg class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect>
    <path d=${d} fill="#000"></path>
  </svg>`;
}
