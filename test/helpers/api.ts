import { createFetchAdapter, type FetchAdapterOptions } from '../../src/core/adapter/fetch-adapter.js';

/** Helpers for tests against the test API middleware (test/server/test-api-middleware.mjs). */

export interface ServerLog {
  count: number;
  times: number[];
  aborted: number;
  completed: number;
  requests: { method: string; path: string; query: string; body: unknown; headers: Record<string, string> }[];
}

export const newRunId = (): string => crypto.randomUUID();

/** The keys of every run's site in the test API (KEYS in test/server/test-api-middleware.mjs). */
export const TEST_KEYS = { network: 'test-network-key', editor: 'test-editor-key', moderator: 'test-moderator-key' } as const;

/** `Authorization` for a role: the contract asks the editor's key for agenda and plan saves, and so on. */
export const keyHeader = (role: keyof typeof TEST_KEYS) => ({ authorization: `Bearer ${TEST_KEYS[role]}` });

export const apiBase = (scenario: string, runId: string): string => `/__api/${scenario}/${runId}`;

export function testAdapter(scenario: string, runId: string, options: Partial<FetchAdapterOptions> = {}) {
  return createFetchAdapter({ baseUrl: apiBase(scenario, runId), retryDelayMs: 20, ...options });
}

export async function serverLog(runId: string): Promise<ServerLog> {
  return (await fetch(`/__api-log/${runId}`)).json() as Promise<ServerLog>;
}

/** Waits until the server's log for a run satisfies a condition (requests end asynchronously). */
export async function waitForLog(runId: string, ready: (log: ServerLog) => boolean, timeoutMs = 3000): Promise<ServerLog> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const log = await serverLog(runId);
    if (ready(log) || Date.now() > until) return log;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}
