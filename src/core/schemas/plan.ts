import * as z from 'zod/mini';
import { POINT_STATUSES, PLAN_LINK_TARGETS } from './constants.js';
export { POINT_STATUSES, PLAN_LINK_TARGETS };
import { CalendarDate, Id, OptionalText, Text, Timestamp, uniqueIds, WebUrl } from './fields.js';
import { dropInvalidOptionalFields, isRecord, keepValid, parseWhole, requireObject, type DataIssue, type Parsed } from './parse.js';

export const PointStatus = z.enum(POINT_STATUSES);
export type PointStatus = z.infer<typeof PointStatus>;

/** Where a step came from: a key insight of a board's closing round. */
export const StepSource = z.object({
  boardId: Id,
  cardId: Id,
  /** The idea's text when it was taken over. */
  text: Text(2000),
});
export type StepSource = z.infer<typeof StepSource>;

export const PlanStep = z.object({
  id: Id,
  text: Text(500),
  done: z.boolean(),
  source: z.optional(StepSource),
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

export const CHECK_ANSWER_VALUES = ['yes', 'partly', 'no'] as const;

/** The self-check's answers, kept with the plan (`PUT /plans/{id}/check`, editor key). */
export const PlanCheck = z.object({
  /** Question id -> answer; unknown question ids are kept as given (the widget ignores them). */
  answers: z.record(z.string().check(z.minLength(1), z.maxLength(100)), z.enum(CHECK_ANSWER_VALUES)),
  updatedAt: z.optional(Timestamp),
});
export type PlanCheck = z.infer<typeof PlanCheck>;

export const Plan = z.object({
  id: Id,
  title: Text(200),
  points: z.array(PlanPoint).check(uniqueIds('point')),
  /**
   * Set by the server, one more with every change; also the `ETag` of `GET /plans/{id}` ("v7"). A write that
   * sends `If-Match` with an older one is refused (412 `version-conflict`) instead of overwriting.
   */
  version: z.optional(z.int().check(z.gte(0))),
  check: z.optional(PlanCheck),
});
export type Plan = z.infer<typeof Plan>;
/** A plan as a page may hand it over. */
export type PlanInput = z.input<typeof Plan>;

/**
 * `PATCH /plans/{id}/points/{pointId}` (editor key): the fields given change. `null` removes the responsible
 * person or the target date. Sending the whole `steps` list replaces it: send `If-Match` with it, or use the
 * step routes, which change one step and never lose another editor's.
 */
export const PlanPointPatch = z.object({
  status: z.optional(PointStatus),
  steps: z.optional(z.array(PlanStep).check(uniqueIds('step'))),
  title: z.optional(Text(200)),
  summary: z.optional(Text(2000)),
  responsible: z.optional(z.nullable(Text(200))),
  targetDate: z.optional(z.nullable(CalendarDate)),
});
export type PlanPointPatch = z.infer<typeof PlanPointPatch>;

/** `POST /plans/{id}/points/{pointId}/steps`: a step (client-made id: a retry adds it once), at `position` or at the end. */
export const NewPlanStep = z.object({
  id: Id,
  text: Text(500),
  done: z.optional(z.boolean()),
  position: z.optional(z.int().check(z.gte(0))),
  source: z.optional(StepSource),
});
export type NewPlanStep = z.infer<typeof NewPlanStep>;

/** `PATCH /plans/{id}/points/{pointId}/steps/{stepId}`: renames, ticks or moves one step. */
export const PlanStepPatch = z.object({
  text: z.optional(Text(500)),
  done: z.optional(z.boolean()),
  position: z.optional(z.int().check(z.gte(0))),
});
export type PlanStepPatch = z.infer<typeof PlanStepPatch>;

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
