import { svg, type SVGTemplateResult } from 'lit';

/**
 * One small line icon per item type, drawn in currentColor so forced colours and themes apply.
 * Decorative: the type is always also written as text.
 */
const PATHS: Record<string, SVGTemplateResult> = {
  welcome: svg`<path d="M4 21V4h11l-1.5 4L15 12H6" /><path d="M4 21h4" />`,
  intro: svg`<circle cx="12" cy="12" r="9" /><path d="M12 8v5l3 2" />`,
  input: svg`<path d="M9 18h6M10 21h4" /><path d="M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z" />`,
  presentation: svg`<rect x="3" y="4" width="18" height="12" rx="1" /><path d="M12 16v4M8 21h8" />`,
  practice: svg`<rect x="3" y="5" width="18" height="14" rx="2" /><path d="M10 9l5 3-5 3z" />`,
  discussion: svg`<path d="M4 5h11v8H9l-4 3v-3H4z" /><path d="M15 9h5v8h-1v3l-4-3h-4v-2" />`,
  break: svg`<path d="M5 9h11v5a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z" /><path d="M16 10h2a2 2 0 0 1 0 4h-2" /><path d="M9 3v3M12 3v3" />`,
  closing: svg`<circle cx="12" cy="12" r="9" /><path d="M8 12.5l3 3 5-6" />`,
  other: svg`<circle cx="12" cy="12" r="3" />`,
};

export function agendaIcon(type: string): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${PATHS[type] ?? PATHS['other']}</svg>`;
}
