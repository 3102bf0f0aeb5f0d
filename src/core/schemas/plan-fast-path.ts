import { PLAN_LINK_TARGETS, POINT_STATUSES } from './constants.js';
import { isRecord, type Parsed } from './issues.js';
import type { Plan, PlanCheck, PlanLink, PlanPoint, PlanStep } from './plan.js';
import {
  DATE_PATTERN,
  field,
  isBoolean,
  isCount,
  isOneOf,
  isPlainId,
  isWebUrl,
  listField,
  matches,
  objectField,
  optional,
  optionalText,
  plainObject,
  text,
  isTimestamp,
} from './plain-checks.js';

/**
 * The plan schemas as plain checks: "certainly valid, and this is what the schema returns", else undefined
 * (then the schema decides and reports). Outside the zod graph; test/fast-paths.test.ts holds them to the schemas.
 */

const plainStep = plainObject<PlanStep>({
  id: field(isPlainId),
  text: text(500),
  done: field(isBoolean),
  source: optional(objectField(plainObject({ boardId: field(isPlainId), cardId: field(isPlainId), text: text(2000) }))),
});

const plainLinkFields = plainObject<PlanLink>({
  label: text(200),
  url: optional(field(isWebUrl)),
  target: optional(field(isOneOf(PLAN_LINK_TARGETS))),
});

/** A link needs a url or a target. */
function plainLink(input: unknown): PlanLink | undefined {
  const link = plainLinkFields(input);
  return link && (link.url !== undefined || link.target !== undefined) ? link : undefined;
}

/** What `parsePlanPoint` returns (a write's answer). */
export const plainPlanPoint = plainObject<PlanPoint>({
  id: field(isPlainId),
  title: text(200),
  summary: text(2000),
  status: field(isOneOf(POINT_STATUSES)),
  steps: optional(listField(plainStep)),
  links: optional(listField(plainLink, 10)),
  responsible: optionalText(200),
  targetDate: optional(field(matches(DATE_PATTERN))),
  updatedAt: optional(field(isTimestamp)),
});

const isAnswer = isOneOf(['yes', 'partly', 'no']);

/** The self-check's answers: question ids of 1 to 100 characters, each with a known answer (copied, as the schema does). */
function plainAnswers(input: unknown): PlanCheck['answers'] | undefined {
  if (!isRecord(input) || Object.getOwnPropertySymbols(input).length > 0) return undefined;
  const answers: PlanCheck['answers'] = {};
  for (const [id, answer] of Object.entries(input)) {
    // `__proto__` would set the copy's prototype: left to the schema.
    if (id.length < 1 || id.length > 100 || id === '__proto__' || !isAnswer(answer)) return undefined;
    answers[id] = answer as PlanCheck['answers'][string];
  }
  return answers;
}

const plainDocument = plainObject<Plan>({
  id: field(isPlainId),
  title: text(200),
  points: listField(plainPlanPoint),
  version: optional(field(isCount)),
  check: optional(objectField(plainObject({ answers: objectField(plainAnswers), updatedAt: optional(field(isTimestamp)) }))),
});

/** What `parsePlan` returns for a plainly valid plan. */
export function plainPlan(input: unknown): Parsed<Plan> | undefined {
  const data = plainDocument(input);
  return data && { data, issues: [] };
}
