import type { Agenda } from '../../../src/core/schemas/agenda.js';
import type { PlanPoint, PlanPointPatch } from '../../../src/core/schemas/plan.js';
import type { Repository, SiteId } from '../../repository/repository.js';
import { invalid, found, notFound } from '../errors.js';

/** The rules for agendas and plans: whole documents, saved by the editor. */

export async function saveAgenda(repo: Repository, site: SiteId, pathId: string, agenda: Agenda, now: Date): Promise<Agenda> {
  if (agenda.id !== pathId) throw invalid([{ path: 'id', message: 'Must equal the id in the path' }]);
  await repo.putAgenda(site, agenda, now);
  return agenda;
}

/** Sets a point's status and/or steps and stamps `updatedAt`; other points stay as they are. */
export function patchPlanPoint(repo: Repository, site: SiteId, planId: string, pointId: string, patch: PlanPointPatch, now: Date): Promise<PlanPoint> {
  return repo.transaction(async (tx) => {
    const plan = found(await tx.lockPlan(site, planId));
    const index = plan.points.findIndex((point) => point.id === pointId);
    if (index < 0) throw notFound();
    const point: PlanPoint = {
      ...plan.points[index]!,
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      ...(patch.steps !== undefined ? { steps: patch.steps } : {}),
      updatedAt: now.toISOString(),
    };
    plan.points[index] = point;
    await tx.putPlan(site, plan, now);
    return point;
  });
}
