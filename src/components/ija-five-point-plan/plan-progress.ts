import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Messages } from '../../core/i18n/locales.js';
import type { Plan, PlanPoint, PlanStep, PointStatus } from '../../core/schemas/plan.js';

/** Progress of a point, 0..1: from its checklist when it has one, else from its status. */
export function pointProgress(point: PlanPoint): number {
  const steps = point.steps ?? [];
  if (steps.length > 0) return steps.filter((step) => step.done).length / steps.length;
  return point.status === 'done' ? 1 : point.status === 'in-progress' ? 0.5 : 0;
}

/** The plan's progress, 0..1: the mean of its points. */
export function planProgress(plan: Plan): number {
  if (plan.points.length === 0) return 0;
  return plan.points.reduce((sum, point) => sum + pointProgress(point), 0) / plan.points.length;
}

export function statusCounts(plan: Plan): { done: number; inProgress: number; open: number } {
  const count = (status: PlanPoint['status']) => plan.points.filter((point) => point.status === status).length;
  return { done: count('done'), inProgress: count('in-progress'), open: count('open') };
}

export const percent = (share: number) => Math.round(share * 100);

/** A progress ring drawn by the element itself (no chart library); decorative, the text says it too. */
export function progressRing(share: number): SVGTemplateResult {
  const radius = 16;
  const circumference = 2 * Math.PI * radius;
  return svg`<svg class="ring" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
    <circle class="ring-track" cx="20" cy="20" r=${radius} fill="none" stroke-width="5" />
    <circle class="ring-value" cx="20" cy="20" r=${radius} fill="none" stroke-width="5"
      stroke-dasharray=${`${(share * circumference).toFixed(2)} ${circumference.toFixed(2)}`}
      transform="rotate(-90 20 20)" />
  </svg>`;
}

/** The overall bar, with one segment per point. */
export function progressBar(plan: Plan): SVGTemplateResult {
  const count = Math.max(1, plan.points.length);
  const gap = 2;
  const width = (100 - gap * (count - 1)) / count;
  return svg`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${plan.points.map((point, index) => {
      const x = index * (width + gap);
      return svg`<rect class="bar-track" x=${x} y="0" width=${width} height="8" rx="1.5" />
        <rect class="bar-value" x=${x} y="0" width=${(width * pointProgress(point)).toFixed(2)} height="8" rx="1.5" />`;
    })}
  </svg>`;
}

/**
 * The status a point's steps speak for, when it is not the point's own: all steps done -> done; steps
 * done on an open point, or steps open on a done point -> in progress. Undefined when they agree.
 */
export function suggestedStatus(point: PlanPoint): PointStatus | undefined {
  const steps = point.steps ?? [];
  if (steps.length === 0) return undefined;
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return point.status === 'done' ? undefined : 'done';
  return point.status === 'done' || (done > 0 && point.status === 'open') ? 'in-progress' : undefined;
}

/** Where a step came from (a board's key insight), said after the step. */
export function stepSource(m: Messages, step: PlanStep): TemplateResult | typeof nothing {
  const source = step.source;
  if (!source) return nothing;
  return html`<span class="step-source">${source.text.trim() === step.text.trim() ? m.plan.fromBoardSame : m.plan.fromBoard(source.text)}</span>`;
}
