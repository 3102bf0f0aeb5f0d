import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IjaAdapter } from '../../core/adapter/types.js';
import type { Agenda } from '../../core/schemas/agenda.js';

/**
 * Viewers of an agenda from a server see a saved change without reloading: the agenda is asked for
 * again every 15 seconds while the page is visible (the server answers with an ETag, so an unchanged
 * agenda costs a 304). Loaded on demand, only for agendas that come from a server.
 */

export const POLL_INTERVAL_MS = 15_000;

export interface LiveHost extends ReactiveControllerHost, HTMLElement {
  readonly editable: boolean;
  readonly agendaId: string;
  readonly data: { readonly adapter: IjaAdapter };
  readonly currentAgenda: Agenda | undefined;
  /** The edit session, if edit mode was used: its unsaved changes are never replaced. */
  readonly editor?: { readonly dirty: boolean } | undefined;
  /** Shows a newer saved agenda in place and says so politely. */
  showSaved(agenda: Agenda): void;
}

const following = new WeakSet<LiveHost>();

/** Starts following the saved agenda for this element (once); it pauses while hidden and stops when removed. */
export function follow(host: LiveHost): void {
  if (following.has(host)) return;
  following.add(host);
  host.addController(new AgendaPolling(host));
}

class AgendaPolling implements ReactiveController {
  private readonly host: LiveHost;
  private timer?: ReturnType<typeof setInterval>;
  private request?: AbortController;

  constructor(host: LiveHost) {
    this.host = host;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    if (document.visibilityState === 'visible') this.start();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  private start(): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.poll(), POLL_INTERVAL_MS);
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.request?.abort();
  }

  /** Hidden: no requests. Visible again: catch up at once, then every 15 seconds. */
  private readonly onVisibility = (): void => {
    if (document.visibilityState !== 'visible') return this.stop();
    this.start();
    void this.poll();
  };

  private async poll(): Promise<void> {
    const host = this.host;
    if (this.request || host.editable || !host.data.adapter.writable) return;
    const id = host.agendaId;
    const request = (this.request = new AbortController());
    try {
      const { data } = await host.data.adapter.getAgenda(id, { signal: request.signal });
      const shown = host.currentAgenda;
      // Unchanged, asked for another agenda meanwhile, or an organiser's unsaved edits: keep what is shown.
      if (!request.signal.aborted && id === host.agendaId && !host.editable && !host.editor?.dirty && shown && JSON.stringify(data) !== JSON.stringify(shown)) {
        host.showSaved(data);
      }
    } catch {
      // A failed request (offline venue Wi-Fi) keeps the agenda shown; the next one tries again.
    } finally {
      if (this.request === request) this.request = undefined;
    }
  }
}
