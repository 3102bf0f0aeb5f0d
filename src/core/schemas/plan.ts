import * as z from 'zod/mini';
import { POINT_STATUSES, PLAN_LINK_TARGETS } from './constants.js';
export { POINT_STATUSES, PLAN_LINK_TARGETS };
import { CalendarDate, Id, OptionalText, Text, Timestamp, uniqueIds, WebUrl } from './fields.js';
import { dropInvalidOptionalFields, isRecord, keepValid, parseWhole, requireObject, type DataIssue, type Parsed } from './parse.js';

export const PointStatus = z.enum(POINT_STATUSES);
export type PointStatus = z.infer<typeof PointStatus>;

export const PlanStep = z.object({
  id: Id,
  text: Text(500),
  done: z.boolean(),
});
export type PlanStep = z.infer<typeof PlanStep>;


/** Where to go next for a point: a web page, or a widget on this page (the partner map's gaps, the agenda, the board). */
export const PlanLink = z
  .object({
    label: Text(200),
    url: z.optional(WebUrl),
    target: z.optional(z.enum(PLAN_LINK_TARGETS)),
  })
  .check(z.refine((link) => link.url !== undefined || link.target !== undefined, 'Needs a url or a target'));
export type PlanLink = z.infer<typeof PlanLink>;

export const PlanPoint = z.object({
  id: Id,
  title: Text(200),
  summary: Text(2000),
  status: PointStatus,
  steps: z.optional(z.array(PlanStep).check(uniqueIds('step'))),
  links: z.optional(z.array(PlanLink).check(z.maxLength(10))),
  /** Who takes care of this point (an office, a role; no personal data needed). */
  responsible: OptionalText(200),
  targetDate: z.optional(CalendarDate),
  updatedAt: z.optional(Timestamp),
});
export type PlanPoint = z.infer<typeof PlanPoint>;

export const Plan = z.object({
  id: Id,
  title: Text(200),
  points: z.array(PlanPoint).check(uniqueIds('point')),
});
export type Plan = z.infer<typeof Plan>;

/** `PATCH /plans/{id}/points/{pointId}`. */
export const PlanPointPatch = z.object({
  status: z.optional(PointStatus),
  steps: z.optional(z.array(PlanStep).check(uniqueIds('step'))),
});
export type PlanPointPatch = z.infer<typeof PlanPointPatch>;

/** Details a point keeps its place without: a broken link, date or name is left out alone. */
const SOFT_FIELDS = (({ links, responsible, targetDate, updatedAt }) => ({ links, responsible, targetDate, updatedAt }))(PlanPoint.shape);

/** Keeps valid points (and, inside a point, valid steps); reports the rest. */
export function parsePlan(input: unknown): Parsed<Plan> {
  const doc = requireObject(input, 'plan');
  const issues: DataIssue[] = [];
  const rawPoints = Array.isArray(doc['points'])
    ? doc['points'].map((raw, index) => {
        const point = dropInvalidOptionalFields(raw, SOFT_FIELDS, `points[${index}]`, issues);
        return isRecord(point) && point['steps'] !== undefined
          ? { ...point, steps: keepValid(point['steps'], PlanStep, `points[${index}].steps`, issues) }
          : point;
      })
    : doc['points'];
  const points = keepValid(rawPoints ?? [], PlanPoint, 'points', issues);
  return { data: parseWhole(Plan, { ...doc, points }, issues, 'plan'), issues };
}

export function parsePlanPoint(input: unknown): PlanPoint {
  return parseWhole(PlanPoint, input, [], 'plan point');
}
