import type { Repository } from '../repository/repository.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Deletes the join requests accepted or declined more than `retentionDays` before `now`; answers how many. */
export function purgeHandledRequests(repo: Repository, retentionDays: number, now: Date): Promise<number> {
  return repo.purgeHandledJoinRequests(new Date(now.getTime() - retentionDays * DAY_MS));
}

/**
 * Join requests hold personal data: once handled they are deleted after the retention period (the
 * privacy statement names it), checked soon after the start and every hour after. Returns the
 * function that stops it.
 */
export function purgeHandledRequestsEvery(repo: Repository, retentionDays: number, now: () => Date): () => void {
  const purge = () => {
    purgeHandledRequests(repo, retentionDays, now()).catch((error: unknown) => {
      console.error('Deleting handled join requests failed (tried again in an hour):', error);
    });
  };
  const first = setTimeout(purge, 1_000);
  const timer = setInterval(purge, HOUR_MS);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
