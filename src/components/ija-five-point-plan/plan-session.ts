import type { IjaAdapter } from '../../core/adapter/types.js';
import type { IjaPlanChangeDetail } from '../../core/events.js';
import { IjaAdapterError } from '../../core/errors.js';
import type { Plan, PlanCheck, PlanPoint } from '../../core/schemas/plan.js';
import { applyToPlan, changedPoints, hasValues, toPatch, type PlanOp } from './plan-ops.js';

/**
 * A plan as one editor sees it: the server's last known state with the editor's changes on top, sent one
 * at a time. Steps go through the single-step routes (two editors ticking different steps both keep theirs);
 * point fields and a step's new text go with the version the editor saw, and a 412 becomes a choice between
 * both versions, unless the fields (or the step's text) did not change meanwhile (then the change is sent
 * again, as it was meant).
 * Loaded on demand: with a server, or when a page lets people edit.
 */

export type PendingState = 'queued' | 'sending' | 'failed' | 'conflict';

export interface PendingChange {
  readonly key: number;
  op: PlanOp;
  state: PendingState;
  error?: unknown;
  /** For a conflict: the point as saved by someone else (for a step's text: the point with that step). */
  theirs?: PlanPoint;
  /** How often a 412 was answered by sending again (the fields had not changed). */
  resent: number;
}

/** A renamed step that someone else removed meanwhile: its text is kept until the editor decides. */
export interface OrphanText {
  readonly key: number;
  pointId: string;
  text: string;
}

export interface SessionHost {
  readonly adapter: IjaAdapter;
  /** What is shown changed. */
  update(): void;
  /** A person changed the plan (shown at once, reported as `ija-plan-change`). */
  changed(detail: IjaPlanChangeDetail): void;
  /** A change could not be saved (shown at its point with a retry, reported as `ija-error`). */
  failed(error: unknown): void;
  /** A conflict appeared on a point; the editor moves there. */
  conflict?(pointId: string): void;
}

const MAX_RESENDS = 3;
let keys = 0;

/** A step's new text (sent with the version the editor saw, unlike a tick or a move). */
export const isRename = (op: PlanOp): op is Extract<PlanOp, { type: 'update-step' }> => op.type === 'update-step' && op.patch.text !== undefined;

/** A step's text in a point, or undefined when the point has no such step. */
export const stepText = (point: PlanPoint, stepId: string): string | undefined => point.steps?.find((step) => step.id === stepId)?.text;

export const isStatus = (error: unknown, status: number): boolean => error instanceof IjaAdapterError && error.kind === 'http' && error.status === status;

/** What an editor's change did, in the words of `ija-plan-change`. */
function describeChange(op: PlanOp): Pick<IjaPlanChangeDetail, 'change' | 'stepId' | 'fields'> {
  switch (op.type) {
    case 'patch-point':
      return { change: 'edit-point', fields: Object.keys(op.values) };
    case 'add-step':
      return { change: 'add-step', stepId: op.step.id };
    case 'delete-step':
      return { change: 'remove-step', stepId: op.stepId };
    case 'update-step': {
      const { patch } = op;
      return { change: patch.text !== undefined ? 'edit-step' : patch.position !== undefined ? 'move-step' : 'tick-step', stepId: op.stepId };
    }
  }
}

export class PlanSession {
  /** The server's state as last known (or, without a server, the plan as edited). */
  base: Plan;
  readonly pending: PendingChange[] = [];
  readonly orphans: OrphanText[] = [];
  /** Counts writes started and finished: a poll that began before one of them may be older than it. */
  epoch = 0;
  private readonly host: SessionHost;
  /** Changes go to a server; without one they change `base` directly. */
  readonly live: boolean;
  private readonly saved = new Set<string>();
  private sending = false;
  private view?: Plan;

  constructor(host: SessionHost, base: Plan, live: boolean) {
    this.host = host;
    this.base = base;
    this.live = live;
  }

  /** The plan as the editor sees it: the server's state with the changes not confirmed yet (conflicts aside). */
  get plan(): Plan {
    return (this.view ??= this.pending.filter((change) => change.state !== 'conflict').reduce((plan, change) => applyToPlan(plan, change.op), this.base));
  }

  /** True while changes wait or travel (the page should not be left then). */
  get busy(): boolean {
    return this.pending.some((change) => change.state === 'queued' || change.state === 'sending');
  }

  submit(op: PlanOp): void {
    this.saved.delete(op.pointId);
    if (op.type === 'patch-point') {
      // A new choice for the same fields settles a conflict about them (the editor sees the saved version now).
      const fields = Object.keys(op.values);
      this.removeWhere(
        (change) =>
          change.state === 'conflict' && change.op.pointId === op.pointId && change.op.type === 'patch-point' && Object.keys(change.op.values).every((field) => fields.includes(field)),
      );
    } else if (op.type === 'update-step' && op.patch.text !== undefined) {
      // So does a new text for the same step.
      this.removeWhere((change) => change.state === 'conflict' && isRename(change.op) && change.op.pointId === op.pointId && change.op.stepId === op.stepId);
    }
    if (this.live) {
      this.pending.push({ key: ++keys, op, state: 'queued', resent: 0 });
    } else {
      this.base = applyToPlan(this.base, op);
    }
    this.touch();
    this.host.changed({ plan: this.plan, pointId: op.pointId, ...describeChange(op) });
    if (this.live) void this.pump();
  }

  /** How a point's changes stand, for its status line. */
  stateOf(pointId: string): { status: 'saving' | 'saved' } | { status: 'failed'; error: unknown } | undefined {
    const mine = this.pending.filter((change) => change.op.pointId === pointId && change.state !== 'conflict');
    const failed = mine.find((change) => change.state === 'failed');
    if (failed) return { status: 'failed', error: failed.error };
    if (mine.length > 0) return { status: 'saving' };
    return this.saved.has(pointId) ? { status: 'saved' } : undefined;
  }

  conflictOf(pointId: string): PendingChange | undefined {
    return this.pending.find((change) => change.op.pointId === pointId && change.state === 'conflict');
  }

  /** Sends a point's failed changes again. */
  retry(pointId: string): void {
    for (const change of this.pending) if (change.op.pointId === pointId && change.state === 'failed') change.state = 'queued';
    this.touch();
    void this.pump();
  }

  /** Drops a point's failed changes (the person chose to). */
  discard(pointId: string): void {
    this.removeWhere((change) => change.op.pointId === pointId && change.state === 'failed');
  }

  /** Conflict: my version goes, over the saved one the editor has now seen. */
  keepMine(change: PendingChange): void {
    if (!change.theirs) return;
    if (change.op.type === 'patch-point') {
      const fields = Object.keys(change.op.values) as (keyof typeof change.op.values)[];
      change.op = { ...change.op, base: Object.fromEntries(fields.map((field) => [field, change.theirs![field] ?? null])), baseVersion: this.base.version };
    } else if (change.op.type === 'update-step') {
      // If the step is gone by now, the 404 keeps the text as for any rename.
      change.op = { ...change.op, baseText: stepText(change.theirs, change.op.stepId) ?? change.op.baseText, baseVersion: this.base.version };
    } else {
      return;
    }
    change.state = 'queued';
    change.theirs = undefined;
    change.resent = 0;
    this.touch();
    void this.pump();
  }

  /** Conflict: the saved version stays; my change is dropped. */
  takeTheirs(change: PendingChange): void {
    this.removeWhere((candidate) => candidate === change);
  }

  dropOrphan(orphan: OrphanText): void {
    this.orphans.splice(this.orphans.indexOf(orphan), 1);
    this.touch();
  }

  /**
   * A fresh copy of the plan from the server (a poll); `epoch` is the value when the request began. Returns
   * what changed in the editor's view, or undefined when the copy may be older than a write of this editor.
   */
  merge(fresh: Plan, epoch: number): { points: string[]; other: boolean } | undefined {
    if (epoch !== this.epoch || this.sending) return undefined;
    const before = this.plan;
    this.adopt(fresh);
    return changedPoints(before, this.plan);
  }

  /** Keeps the self-check's answers with the plan; a 412 is answered by the caller (it merges and sends again). */
  async saveCheck(check: PlanCheck): Promise<PlanCheck> {
    this.epoch++;
    try {
      return await this.host.adapter.savePlanCheck(this.base.id, check, { ifVersion: this.base.version });
    } finally {
      this.epoch++;
    }
  }

  /** Reads the plan again (after a 412) and takes it as the server's state. */
  async refresh(): Promise<Plan> {
    this.epoch++;
    const { data } = await this.host.adapter.getPlan(this.base.id);
    this.epoch++;
    this.adopt(data);
    return data;
  }

  private adopt(fresh: Plan): void {
    this.base = fresh;
    for (const change of this.pending) {
      if (change.state === 'conflict') change.theirs = fresh.points.find((point) => point.id === change.op.pointId) ?? change.theirs;
    }
    this.touch();
  }

  private touch(): void {
    this.view = undefined;
    this.host.update();
  }

  private removeWhere(test: (change: PendingChange) => boolean): void {
    for (let index = this.pending.length - 1; index >= 0; index--) if (test(this.pending[index]!)) this.pending.splice(index, 1);
    this.touch();
  }

  /** One change at a time, in the order made: a tick and its untick never overtake each other. */
  private async pump(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      for (let next = this.nextQueued(); next; next = this.nextQueued()) {
        next.state = 'sending';
        this.epoch++;
        this.touch();
        try {
          const point = await this.send(next.op);
          this.epoch++;
          this.confirm(next, point);
        } catch (error) {
          this.epoch++;
          await this.refused(next, error);
        }
      }
    } finally {
      this.sending = false;
      this.touch();
    }
  }

  private nextQueued(): PendingChange | undefined {
    return this.pending.find((change) => change.state === 'queued');
  }

  private send(op: PlanOp): Promise<PlanPoint> {
    const adapter = this.host.adapter;
    const id = this.base.id;
    switch (op.type) {
      case 'add-step':
        return adapter.addPlanStep(id, op.pointId, op.step);
      case 'update-step':
        return adapter.updatePlanStep(id, op.pointId, op.stepId, op.patch, op.baseVersion === undefined ? {} : { ifVersion: op.baseVersion });
      case 'delete-step':
        return adapter.deletePlanStep(id, op.pointId, op.stepId);
      case 'patch-point':
        return adapter.updatePlanPoint(id, op.pointId, toPatch(op.values), op.baseVersion === undefined ? {} : { ifVersion: op.baseVersion });
    }
  }

  /** The server's answer is the whole point: it becomes the known state, the change leaves the list. */
  private confirm(change: PendingChange, point: PlanPoint | undefined): void {
    this.pending.splice(this.pending.indexOf(change), 1);
    if (point) this.base = { ...this.base, points: this.base.points.map((known) => (known.id === point.id ? point : known)) };
    if (!this.pending.some((other) => other.op.pointId === change.op.pointId)) this.saved.add(change.op.pointId);
    this.touch();
  }

  private async refused(change: PendingChange, error: unknown): Promise<void> {
    const op = change.op;
    if (op.type === 'delete-step' && isStatus(error, 404)) {
      // Removed by someone else already: what the editor wanted.
      this.base = applyToPlan(this.base, op);
      return this.confirm(change, undefined);
    }
    if (op.type === 'update-step' && isStatus(error, 404)) {
      // The step was removed meanwhile: a new text is kept for the editor; a tick or a move has nothing left to do.
      if (op.patch.text !== undefined) this.orphans.push({ key: ++keys, pointId: op.pointId, text: op.patch.text });
      this.base = applyToPlan(this.base, { type: 'delete-step', pointId: op.pointId, stepId: op.stepId });
      return this.confirm(change, undefined);
    }
    if ((op.type !== 'patch-point' && !isRename(op)) || !isStatus(error, 412)) return this.fail(change, error);
    // Someone changed the plan since the editor saw it: which fields?
    let fresh: Plan;
    try {
      fresh = await this.refresh();
    } catch (cause) {
      return this.fail(change, cause);
    }
    const theirs = fresh.points.find((point) => point.id === op.pointId);
    if (!theirs) {
      return this.fail(change, new IjaAdapterError('http', 'The point was removed', { status: 404 }));
    } else if (op.type === 'update-step') {
      // A step's new text: did someone else rename it meanwhile?
      const saved = stepText(theirs, op.stepId);
      const mine = op.patch.text!.trim();
      if (saved === undefined) {
        // Removed meanwhile: the text is kept for the editor, as after a 404.
        return this.refused(change, new IjaAdapterError('http', 'The step was removed', { status: 404 }));
      } else if (saved.trim() === mine) {
        return this.confirm(change, theirs);
      } else if (saved.trim() === (op.baseText ?? saved).trim() && change.resent < MAX_RESENDS) {
        change.op = { ...op, baseVersion: fresh.version };
        change.resent++;
        change.state = 'queued';
      } else {
        return this.conflicted(change, theirs);
      }
    } else if (op.type !== 'patch-point') {
      return;
    } else if (hasValues(theirs, op.values)) {
      // They made the same change.
      return this.confirm(change, theirs);
    } else if (hasValues(theirs, op.base) && change.resent < MAX_RESENDS) {
      // Others changed other things: these fields are as the editor saw them, so the change goes as meant.
      change.op = { ...op, baseVersion: fresh.version };
      change.resent++;
      change.state = 'queued';
    } else {
      return this.conflicted(change, theirs);
    }
    this.touch();
  }

  /** The change stays, shown as failed with a retry (the session does not retry it by itself). */
  private fail(change: PendingChange, error: unknown): void {
    change.state = 'failed';
    change.error = error;
    this.touch();
    this.host.failed(error);
  }

  private conflicted(change: PendingChange, theirs: PlanPoint): void {
    change.state = 'conflict';
    change.theirs = theirs;
    this.touch();
    this.host.conflict?.(change.op.pointId);
  }
}

/**
 * Looks for other editors' changes every `intervalMs` while the page is visible: paused when it is hidden,
 * at once when it shows again after a longer pause, stopped (and its request aborted) on `stop()`.
 */
export class PlanPoller {
  private readonly intervalMs: () => number;
  private readonly poll: (signal: AbortSignal) => Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;
  private running = false;
  private last = Date.now();

  constructor(intervalMs: () => number, poll: (signal: AbortSignal) => Promise<void>) {
    this.intervalMs = intervalMs;
    this.poll = poll;
  }

  /** `firstIn`: milliseconds to the first look (by default the interval). */
  start(firstIn = this.intervalMs()): void {
    if (this.running) return;
    this.running = true;
    this.last = Date.now() - this.intervalMs() + firstIn;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.schedule(firstIn);
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.controller?.abort();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') clearTimeout(this.timer);
    else this.schedule(Math.max(0, this.last + this.intervalMs() - Date.now()));
  };

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.running || document.visibilityState === 'hidden') return;
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    this.controller = new AbortController();
    this.last = Date.now();
    try {
      await this.poll(this.controller.signal);
    } catch {
      // A failed look is tried again at the next interval; the editor's own changes report their errors.
    }
    this.schedule(this.intervalMs());
  }
}
