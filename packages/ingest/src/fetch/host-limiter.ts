/**
 * Politeness per host: at most `concurrency` requests in flight to one host, and at least
 * `delayMs` between the starts of two requests to it. Hosts do not wait for each other.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; nextStart: number; queue: (() => void)[] }>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, nextStart: 0, queue: [] };
      this.hosts.set(host, state);
    }
    const slot = state;
    if (slot.active >= this.concurrency) await new Promise<void>((resolve) => slot.queue.push(resolve));
    slot.active++;
    try {
      const wait = slot.nextStart - Date.now();
      slot.nextStart = Math.max(Date.now(), slot.nextStart) + this.delayMs;
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await task();
    } finally {
      slot.active--;
      slot.queue.shift()?.();
    }
  }
}
