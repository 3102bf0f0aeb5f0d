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
