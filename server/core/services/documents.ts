import type { Agenda } from '../../../src/core/schemas/agenda.js';
import type { Repository, SiteId } from '../../repository/repository.js';
import { invalid } from '../errors.js';

/** The rules for agendas: whole documents, saved by the editor (plans: plans.ts). */

export async function saveAgenda(repo: Repository, site: SiteId, pathId: string, agenda: Agenda, now: Date): Promise<Agenda> {
  if (agenda.id !== pathId) throw invalid([{ path: 'id', message: 'Must equal the id in the path' }]);
  await repo.putAgenda(site, agenda, now);
  return agenda;
}
