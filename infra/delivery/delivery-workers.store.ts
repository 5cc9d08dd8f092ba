import type { Kysely } from 'kysely';
import type { KoersSchema } from '../storage/schema';

/** Which sending instances are alive, so each takes its share of the app-wide rate. */
export class DeliveryWorkersStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async heartbeat(worker: string, at: Date): Promise<void> {
    await this.db
      .insertInto('delivery_workers')
      .values({ id: worker, seen_at: at.toISOString() })
      .onConflict((oc) => oc.column('id').doUpdateSet({ seen_at: at.toISOString() }))
      .execute();
  }

  async aliveSince(since: Date): Promise<number> {
    const row = await this.db
      .selectFrom('delivery_workers')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('count'))
      .where('seen_at', '>=', since.toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async leave(worker: string): Promise<void> {
    await this.db.deleteFrom('delivery_workers').where('id', '=', worker).execute();
  }
}
