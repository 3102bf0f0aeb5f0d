import type { NewPlanStep, Plan, PlanPoint, PlanPointPatch, PlanStep, PlanStepPatch, PointStatus } from '../../core/schemas/plan.js';

/**
 * The changes an editor makes to a plan, as data: applied at once to what the editor sees, and sent one
 * by one (steps through the single-step routes, point fields with the version they were made on).
 */

/** The fields of a point that change together through `PATCH /plans/{id}/points/{pointId}`. */
export const POINT_FIELDS = ['status', 'title', 'summary', 'responsible', 'targetDate'] as const;
export type PointField = (typeof POINT_FIELDS)[number];

/** Field values as compared and shown: `null` for a field without a value (never `undefined` or ""). */
export type PointValues = Partial<Record<PointField, string | null>>;

export type PlanOp =
  | { type: 'add-step'; pointId: string; step: NewPlanStep }
  | {
      type: 'update-step';
      pointId: string;
      stepId: string;
      patch: PlanStepPatch;
      /** For a new text: the text as the editor saw it when the rename began. */
      baseText?: string;
      /** For a new text: the plan's version the editor saw (sent as `If-Match`); ticks and moves go without. */
      baseVersion?: number;
    }
  | { type: 'delete-step'; pointId: string; stepId: string }
  | {
      type: 'patch-point';
      pointId: string;
      /** The new values. */
      values: PointValues;
      /** The same fields as the editor saw them when the change began. */
      base: PointValues;
      /** The plan's version the editor saw (sent as `If-Match`); undefined where the source has none. */
      baseVersion?: number;
    };

/** A field's value, with "nothing" always as `null`. */
export function fieldValue(point: PlanPoint, field: PointField): string | null {
  const value = point[field];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function valuesOf(point: PlanPoint, fields: readonly PointField[]): PointValues {
  return Object.fromEntries(fields.map((field) => [field, fieldValue(point, field)]));
}

/** True when the point has these values (a text compared without surrounding spaces). */
export function hasValues(point: PlanPoint, values: PointValues): boolean {
  return (Object.keys(values) as PointField[]).every((field) => (fieldValue(point, field)?.trim() ?? null) === (values[field]?.trim() ?? null));
}

/** The contract's patch for these values: `null` removes a responsible person or a target date. */
export function toPatch(values: PointValues): PlanPointPatch {
  const patch: PlanPointPatch = {};
  for (const field of Object.keys(values) as PointField[]) {
    const value = values[field] ?? null;
    if (field === 'status') {
      if (value) patch.status = value as PointStatus;
    } else if (field === 'title' || field === 'summary') {
      if (value) patch[field] = value.trim();
    } else {
      patch[field] = value === null ? null : value.trim();
    }
  }
  return patch;
}

/** Moves one step to `position` (clamped), keeping the others in their order. */
export function moveStep(steps: readonly PlanStep[], stepId: string, position: number): PlanStep[] {
  const from = steps.findIndex((step) => step.id === stepId);
  if (from === -1) return [...steps];
  const rest = steps.filter((_, index) => index !== from);
  const to = Math.max(0, Math.min(rest.length, position));
  return [...rest.slice(0, to), steps[from]!, ...rest.slice(to)];
}

/** A point with one change applied, as the server will apply it. */
export function applyToPoint(point: PlanPoint, op: PlanOp): PlanPoint {
  const steps = point.steps ?? [];
  switch (op.type) {
    case 'add-step': {
      if (steps.some((step) => step.id === op.step.id)) return point;
      const { position, ...fields } = op.step;
      const step: PlanStep = { ...fields, done: fields.done ?? false };
      const at = position === undefined ? steps.length : Math.max(0, Math.min(steps.length, position));
      return { ...point, steps: [...steps.slice(0, at), step, ...steps.slice(at)] };
    }
    case 'update-step': {
      if (!steps.some((step) => step.id === op.stepId)) return point;
      const { position, ...fields } = op.patch;
      const changed = steps.map((step) => (step.id === op.stepId ? { ...step, ...fields } : step));
      return { ...point, steps: position === undefined ? changed : moveStep(changed, op.stepId, position) };
    }
    case 'delete-step':
      return { ...point, steps: steps.filter((step) => step.id !== op.stepId) };
    case 'patch-point': {
      const next: PlanPoint = { ...point };
      for (const field of Object.keys(op.values) as PointField[]) {
        const value = op.values[field] ?? null;
        if (value === null) {
          if (field === 'responsible' || field === 'targetDate') delete next[field];
        } else if (field === 'status') {
          next.status = value as PointStatus;
        } else {
          next[field] = value.trim();
        }
      }
      return next;
    }
  }
}

export function applyToPlan(plan: Plan, op: PlanOp): Plan {
  if (!plan.points.some((point) => point.id === op.pointId)) return plan;
  return { ...plan, points: plan.points.map((point) => (point.id === op.pointId ? applyToPoint(point, op) : point)) };
}

/** The ids of the points that differ between two plans, and whether anything else (title, points added or removed) did. */
export function changedPoints(before: Plan, after: Plan): { points: string[]; other: boolean } {
  const old = new Map(before.points.map((point) => [point.id, JSON.stringify(point)]));
  const points = after.points.filter((point) => old.has(point.id) && old.get(point.id) !== JSON.stringify(point)).map((point) => point.id);
  const other =
    before.title !== after.title ||
    before.points.length !== after.points.length ||
    after.points.some((point, index) => before.points[index]?.id !== point.id);
  return { points, other };
}

/** An id for a new step, made here so that a retried request adds it once. */
export function newStepId(): string {
  const random = typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `schritt-${random}`;
}

/** What a plan's id may be when made here: lower-case letters, digits and single hyphens. */
export const isPlanId = (id: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 100;
