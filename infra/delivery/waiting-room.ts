import type { OutboxMessage } from './outbox';
import type { Reference } from './proactive-sender';

/** A claimed message whose destination is known. */
export interface Addressed {
  message: OutboxMessage;
  reference: Reference;
  tenantId: string;
  thread: string;
}

interface Tenant {
  /** Nothing of this tenant is tried before this moment: its app-wide window is full. */
  readyAt: number;
  /** Oldest first; each with the moment its own thread has room again. */
  waiting: { addressed: Addressed; notBefore: number }[];
}

/**
 * Claimed messages that had to wait for their tenant's or their thread's window, kept aside so a
 * lane goes on to a school that has room instead of waiting in one school's window. One school
 * with a full window costs one look per window, not one per waiting message.
 */
export class WaitingRoom {
  private readonly tenants = new Map<string, Tenant>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Back in line: at the front of its tenant when the tenant is full, else when its thread has room. */
  park(addressed: Addressed, now: number, wait: { waitMs: number; tenantFull: boolean }): void {
    let tenant = this.tenants.get(addressed.tenantId);
    if (!tenant) {
      tenant = { readyAt: 0, waiting: [] };
      this.tenants.set(addressed.tenantId, tenant);
    }
    if (wait.tenantFull) {
      tenant.readyAt = Math.max(tenant.readyAt, now + wait.waitMs);
      tenant.waiting.unshift({ addressed, notBefore: 0 });
    } else {
      tenant.waiting.push({ addressed, notBefore: now + wait.waitMs });
    }
    this.count++;
  }

  /** The oldest message that may be tried now, from the tenant that has waited longest. */
  takeReady(now: number): Addressed | undefined {
    let best: { tenant: Tenant; index: number } | undefined;
    for (const tenant of this.tenants.values()) {
      if (tenant.readyAt > now || (best && tenant.readyAt >= best.tenant.readyAt)) continue;
      const index = tenant.waiting.findIndex((entry) => entry.notBefore <= now);
      if (index >= 0) best = { tenant, index };
    }
    if (!best) return undefined;
    const [entry] = best.tenant.waiting.splice(best.index, 1);
    this.count--;
    if (best.tenant.waiting.length === 0) this.tenants.delete(entry?.addressed.tenantId ?? '');
    return entry?.addressed;
  }

  /** When the next message may be tried; undefined when none waits. */
  nextReadyAt(): number | undefined {
    let next: number | undefined;
    for (const tenant of this.tenants.values()) {
      for (const { notBefore } of tenant.waiting) {
        const at = Math.max(tenant.readyAt, notBefore);
        if (next === undefined || at < next) next = at;
      }
    }
    return next;
  }

  /** Tenants with at least `enough` waiting: claiming more of theirs would only add to the wait. */
  crowded(enough: number): string[] {
    const crowded: string[] = [];
    for (const [id, tenant] of this.tenants) if (tenant.waiting.length >= enough) crowded.push(id);
    return crowded;
  }

  /** Empties the room; the messages' claims lapse with their lease. */
  clear(): Addressed[] {
    const all = [...this.tenants.values()].flatMap((tenant) =>
      tenant.waiting.map((entry) => entry.addressed),
    );
    this.tenants.clear();
    this.count = 0;
    return all;
  }
}
