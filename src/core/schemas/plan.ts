import * as z from 'zod/mini';
import { Id, Text } from './fields.js';
import { isRecord, keepValid, parseWhole, requireObject, type DataIssue, type Parsed } from './parse.js';

export const POINT_STATUSES = ['open', 'in-progress', 'done'] as const;
export const PointStatus = z.enum(POINT_STATUSES);
export type PointStatus = z.infer<typeof PointStatus>;

export const PlanStep = z.object({
  id: Id,
  text: Text(500),
  done: z.boolean(),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const PlanPoint = z.object({
  id: Id,
  title: Text(200),
  summary: Text(2000),
  status: PointStatus,
  steps: z.optional(z.array(PlanStep)),
});
export type PlanPoint = z.infer<typeof PlanPoint>;

export const Plan = z.object({
  id: Id,
  title: Text(200),
  points: z.array(PlanPoint),
});
export type Plan = z.infer<typeof Plan>;

/** `PATCH /plans/{id}/points/{pointId}`. */
export const PlanPointPatch = z.object({
  status: z.optional(PointStatus),
  steps: z.optional(z.array(PlanStep)),
});
export type PlanPointPatch = z.infer<typeof PlanPointPatch>;

/** Keeps valid points (and, inside a point, valid steps); reports the rest. */
export function parsePlan(input: unknown): Parsed<Plan> {
  const doc = requireObject(input, 'plan');
  const issues: DataIssue[] = [];
  const rawPoints = Array.isArray(doc['points'])
    ? doc['points'].map((point, index) =>
        isRecord(point) && point['steps'] !== undefined
          ? { ...point, steps: keepValid(point['steps'], PlanStep, `points[${index}].steps`, issues) }
          : point,
      )
    : doc['points'];
  const points = keepValid(rawPoints ?? [], PlanPoint, 'points', issues);
  return { data: parseWhole(Plan, { ...doc, points }, issues, 'plan'), issues };
}

export function parsePlanPoint(input: unknown): PlanPoint {
  return parseWhole(PlanPoint, input, [], 'plan point');
}
