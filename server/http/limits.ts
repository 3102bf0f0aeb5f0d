/**
 * Fixed-window counters per key (a client id, an IP address), kept in this process. Several
 * processes behind a load balancer each count their own share, which the README says.
 */
export class WindowLimiter {
  readonly #max: number;
  readonly #windowMs: number;
  #windowStart = 0;
  #counts = new Map<string, number>();

  constructor(max: number, windowMs: number) {
    this.#max = max;
    this.#windowMs = windowMs;
  }

  /** Counts a hit; answers the seconds to wait when the key is over its limit, else 0. */
  hit(key: string, now = Date.now()): number {
    this.#roll(now);
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return count > this.#max ? this.retryAfter(now) : 0;
  }

  /** Takes one hit back (a try that turned out allowed); never below zero. */
  forgive(key: string): void {
    const count = this.#counts.get(key) ?? 0;
    if (count <= 1) this.#counts.delete(key);
    else this.#counts.set(key, count - 1);
  }

  retryAfter(now = Date.now()): number {
    return Math.max(1, Math.ceil((this.#windowStart + this.#windowMs - now) / 1000));
  }

  #roll(now: number): void {
    if (now - this.#windowStart >= this.#windowMs) {
      this.#windowStart = now;
      this.#counts = new Map();
    }
  }
}
