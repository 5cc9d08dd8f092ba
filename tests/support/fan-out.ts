import { randomUUID } from 'node:crypto';
import { OutboxStore } from '../../infra/delivery/outbox.store';
import type { Database } from '../../infra/storage/database';

/**
 * Puts `count` people with a personal chat at the fake connector, and one queued card each,
 * straight into the database (bulk, so large fan-outs are quick to set up).
 */
export async function seedFanOut(
  { db, kind }: Database,
  options: {
    count: number;
    serviceUrl: string;
    notBefore: Date;
    /** The school; 't1' unless given. */
    tenantId?: string;
    /** Number of the first person, so several calls seed different people. */
    from?: number;
  },
): Promise<void> {
  const now = new Date().toISOString();
  const tenantId = options.tenantId ?? 't1';
  const from = options.from ?? 0;
  for (let start = 0; start < options.count; start += 500) {
    const ids = Array.from(
      { length: Math.min(500, options.count - start) },
      (_, i) => from + start + i,
    );
    const people = ids.map((n) => ({
      id: randomUUID(),
      tenant_id: tenantId,
      aad_object_id: `aad-${n}`,
      teams_user_id: `29:user-${n}`,
      name: `Docent ${n}`,
      locale: 'nl-NL',
      unreachable_since: null,
      created_at: now,
      updated_at: now,
    }));
    await db.insertInto('people').values(people).execute();
    await db
      .insertInto('conversations')
      .values(
        people.map((p, i) => ({
          id: `a:personal-${ids[i]}`,
          tenant_id: tenantId,
          scope: 'personal',
          person_id: p.id,
          reference: JSON.stringify({
            channelId: 'msteams',
            serviceUrl: options.serviceUrl,
            conversation: {
              id: `a:personal-${ids[i]}`,
              conversationType: 'personal',
              tenantId,
            },
            user: { id: p.teams_user_id },
            bot: { id: '28:koers', name: 'koers' },
          }),
          welcomed_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await new OutboxStore(db, kind).enqueue(
      people.map((p) => ({
        dedupeKey: `${p.id}:fan-out:2026-W48`,
        purpose: 'fan-out',
        target: { personId: p.id },
        activity: { type: 'message', text: 'een kaartje voor iedereen' },
        notBefore: options.notBefore,
      })),
      new Date(),
    );
  }
}
