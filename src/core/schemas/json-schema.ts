import * as z from 'zod/mini';
import {
  ImportReport,
  JoinRequest,
  JoinRequestAcceptance,
  JoinRequestAccepted,
  JoinRequestList,
  JoinRequestReceipt,
  Partner,
  PartnerList,
  PartnerPatch,
  StoredJoinRequest,
} from './partner.js';
import { Agenda } from './agenda.js';
import { Board, BoardDefinition, BoardEvent, BoardList, BoardPatch, Card, CardMerge, CardPatch, NewCard, NewVote } from './board.js';
import { NewPlanStep, Plan, PlanCheck, PlanPoint, PlanPointPatch, PlanStepPatch } from './plan.js';

/** Every document of the REST contract, by the file name it is published under. */
export const CONTRACT_SCHEMAS = {
  partner: Partner,
  'partner-list': PartnerList,
  'join-request': JoinRequest,
  'join-request-receipt': JoinRequestReceipt,
  'join-request-list': JoinRequestList,
  'stored-join-request': StoredJoinRequest,
  'partner-patch': PartnerPatch,
  'join-request-acceptance': JoinRequestAcceptance,
  'join-request-accepted': JoinRequestAccepted,
  'import-report': ImportReport,
  agenda: Agenda,
  board: Board,
  card: Card,
  'new-card': NewCard,
  'card-patch': CardPatch,
  'new-vote': NewVote,
  'board-patch': BoardPatch,
  'card-merge': CardMerge,
  'board-event': BoardEvent,
  'board-definition': BoardDefinition,
  'board-list': BoardList,
  plan: Plan,
  'plan-point': PlanPoint,
  'plan-point-patch': PlanPointPatch,
  'new-plan-step': NewPlanStep,
  'plan-step-patch': PlanStepPatch,
  'plan-check': PlanCheck,
} as const;

export type ContractSchemaName = keyof typeof CONTRACT_SCHEMAS;

/**
 * JSON Schema (draft 2020-12) of each contract document, generated from the zod schemas, so the
 * published contract cannot drift from what the widgets accept. Describes the input side
 * (fields with defaults are optional).
 */
export function contractJsonSchemas(): Record<ContractSchemaName, Record<string, unknown>> {
  const out = {} as Record<ContractSchemaName, Record<string, unknown>>;
  for (const [name, schema] of Object.entries(CONTRACT_SCHEMAS) as [ContractSchemaName, z.core.$ZodType][]) {
    out[name] = {
      $id: `https://ija-widgets.invalid/schema/${name}.json`,
      title: name,
      ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
    };
  }
  return out;
}
