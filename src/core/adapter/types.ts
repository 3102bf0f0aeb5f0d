import type { Parsed } from '../schemas/issues.js';
import type {
  ImportReport,
  JoinRequest,
  JoinRequestAccepted,
  JoinRequestList,
  JoinRequestReceipt,
  Partner,
  PartnerPatch,
  StoredJoinRequest,
} from '../schemas/partner.js';
import type { Agenda } from '../schemas/agenda.js';
import type { Board, BoardDefinition, BoardList, BoardPatch, Card, CardPatch, NewCard, NewVote } from '../schemas/board.js';
import type { NewPlanStep, Plan, PlanCheck, PlanPoint, PlanPointPatch, PlanStepPatch } from '../schemas/plan.js';

export interface RequestOptions {
  /** Cancels the request (widgets pass their task's signal; removing the element aborts). */
  signal?: AbortSignal;
  /** The anonymous participant's id (`X-Ija-Client`) for this request, whatever adapter the page gave. */
  clientId?: string;
  /**
   * Plans: the version the change was made on (sent as `If-Match: "v<n>"`); when someone changed the plan
   * since, the server refuses with 412 `version-conflict` instead of overwriting.
   */
  ifVersion?: number;
}

/** A message from the board's event stream, as sent by the server (validated by the board). */
export interface BoardStreamMessage {
  type: string;
  data: unknown;
  lastEventId: string;
}

export interface BoardSubscription {
  close(): void;
}

export interface BoardStreamHandlers {
  onMessage(message: BoardStreamMessage): void;
  onOpen?(): void;
  /** The stream dropped or could not be opened; it connects again by itself (with `Last-Event-ID`). */
  onError?(): void;
}

/**
 * The one interface between the widgets and any backend. Reads return schema-checked data and the
 * records that were dropped; every method throws `IjaAdapterError` (or an `AbortError`).
 */
export interface IjaAdapter {
  /** What kind of source this is, for events and messages. */
  readonly kind: 'fetch' | 'static' | 'defaults' | (string & {});
  /** False when changes cannot be stored (widgets then offer a JSON download instead). */
  readonly writable: boolean;

  getPartners(options?: RequestOptions): Promise<Parsed<Partner[]>>;
  requestToJoin(request: JoinRequest, options?: RequestOptions): Promise<JoinRequestReceipt>;
  /** Network key: the join requests received so far, with their status. */
  listJoinRequests(options?: RequestOptions): Promise<JoinRequestList>;
  /** Network key: adds a partner; answers with it as stored. */
  createPartner(partner: Partner, options?: RequestOptions): Promise<Partner>;
  /** Network key: replaces the partner with this id (adds it when there is none). */
  savePartner(partner: Partner, options?: RequestOptions): Promise<Partner>;
  /** Network key: changes the given fields of one partner. */
  updatePartner(id: string, patch: PartnerPatch, options?: RequestOptions): Promise<Partner>;
  /** Network key: removes a partner. */
  deletePartner(id: string, options?: RequestOptions): Promise<void>;
  /** Network key: the request becomes this partner entry (as the organiser completed it), in one step. */
  acceptJoinRequest(requestId: string, partner: Partner, options?: RequestOptions): Promise<JoinRequestAccepted>;
  /** Network key: marks the request declined. */
  declineJoinRequest(requestId: string, options?: RequestOptions): Promise<StoredJoinRequest>;
  /** Network key: deletes the request and the personal data in it. */
  deleteJoinRequest(requestId: string, options?: RequestOptions): Promise<void>;
  /**
   * Network key: a CSV or XLSX file of partners; with `dryRun` the server only reports what it would do.
   * The file's type decides how it is read (`text/csv`, or the XLSX type; a file without one goes by its name).
   */
  importPartners(file: Blob, options?: RequestOptions & { dryRun?: boolean; fileName?: string }): Promise<ImportReport>;
  /** Network key: the partner list as a spreadsheet file, in the format import reads back. */
  exportPartners(format: 'csv' | 'xlsx', options?: RequestOptions): Promise<Blob>;

  getAgenda(id: string, options?: RequestOptions): Promise<Parsed<Agenda>>;
  saveAgenda(agenda: Agenda, options?: RequestOptions): Promise<Parsed<Agenda>>;

  getBoard(id: string, options?: RequestOptions): Promise<Parsed<Board>>;
  /** Moderator key: the site's boards (one per small group). */
  listBoards(options?: RequestOptions): Promise<BoardList>;
  /** Moderator key: creates a board, or changes its title, questions and settings (its ideas stay). */
  putBoard(board: BoardDefinition, options?: RequestOptions): Promise<Parsed<Board>>;
  addCard(boardId: string, card: NewCard, options?: RequestOptions): Promise<Card>;
  updateCard(boardId: string, cardId: string, patch: CardPatch, options?: RequestOptions): Promise<Card>;
  vote(boardId: string, cardId: string, vote: NewVote, options?: RequestOptions): Promise<Card>;
  /** Moderator: title, lock, reveal and settings; answers with the whole board as the moderator sees it. */
  updateBoard(boardId: string, patch: BoardPatch, options?: RequestOptions): Promise<Parsed<Board>>;
  /** The client's own card, or any card as moderator. */
  deleteCard(boardId: string, cardId: string, options?: RequestOptions): Promise<void>;
  /** Moderator: the card's votes move to `into` and the card is removed; answers with the merged `into` card. */
  mergeCard(boardId: string, cardId: string, into: string, options?: RequestOptions): Promise<Card>;
  /** Moderator: removes every card and vote; answers with the emptied board. */
  clearBoard(boardId: string, options?: RequestOptions): Promise<Parsed<Board>>;
  /** Live updates; undefined when the source has none (widgets then poll or stay local). */
  subscribeBoard?(boardId: string, handlers: BoardStreamHandlers, options?: { clientId?: string }): BoardSubscription;

  getPlan(id: string, options?: RequestOptions): Promise<Parsed<Plan>>;
  /** Editor key: creates or replaces a plan (with `ifVersion`, only if nobody changed it since). */
  putPlan(plan: Plan, options?: RequestOptions): Promise<Parsed<Plan>>;
  updatePlanPoint(planId: string, pointId: string, patch: PlanPointPatch, options?: RequestOptions): Promise<PlanPoint>;
  /** Editor key (or moderator key for a step from a board, with `source`): adds one step; answers with the point. */
  addPlanStep(planId: string, pointId: string, step: NewPlanStep, options?: RequestOptions): Promise<PlanPoint>;
  /** Editor key: renames, ticks or moves one step; answers with the point. */
  updatePlanStep(planId: string, pointId: string, stepId: string, patch: PlanStepPatch, options?: RequestOptions): Promise<PlanPoint>;
  /** Editor key: removes one step; answers with the point. */
  deletePlanStep(planId: string, pointId: string, stepId: string, options?: RequestOptions): Promise<PlanPoint>;
  /** Editor key: keeps the self-check's answers with the plan. */
  savePlanCheck(planId: string, check: PlanCheck, options?: RequestOptions): Promise<PlanCheck>;
}
