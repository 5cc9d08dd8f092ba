import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { OutboxDraft } from '../../domain/messages';
import type { StorageKind } from '../storage/database';
import type { KoersSchema, OutboxTable } from '../storage/schema';
import {
  outboxStatuses,
  type DeliveryOutcome,
  type Outbox,
  type OutboxMessage,
  type OutboxStatus,
  type SkipReason,
} from './outbox';

const INSERT_CHUNK = 500;

const SETTLED_ACTIVITY = '{}';

export class OutboxStore implements Outbox {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly kind: StorageKind,
  ) {}

  async enqueue(drafts: OutboxDraft[], at: Date): Promise<number> {
    let queued = 0;
    for (let i = 0; i < drafts.length; i += INSERT_CHUNK) {
      const rows = drafts.slice(i, i + INSERT_CHUNK).map((draft) => ({
        id: randomUUID(),
        dedupe_key: draft.dedupeKey,
        purpose: draft.purpose,
        person_id: 'personId' in draft.target ? draft.target.personId : null,
        conversation_id: 'conversationId' in draft.target ? draft.target.conversationId : null,
        activity: JSON.stringify(draft.activity),
        status: 'pending',
        attempts: 0,
        next_attempt_at: draft.notBefore.toISOString(),
        stale_at: draft.staleAt?.toISOString() ?? null,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      }));
      const result = await this.db
        .insertInto('outbox')
        .values(rows)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      queued += Number(result.numInsertedOrUpdatedRows ?? 0n);
    }
    return queued;
  }

  async claimDue(
    worker: string,
    now: Date,
    limit: number,
    leaseMs: number,
    exceptTenants: readonly string[] = [],
  ): Promise<OutboxMessage[]> {
    const at = now.toISOString();
    let due = this.db
      .selectFrom('outbox')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', 'in', ['pending', 'failed']), eb('next_attempt_at', '<=', at)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)]),
        ]),
      )
      .orderBy('next_attempt_at')
      .limit(limit);
    if (exceptTenants.length > 0) {
      // The school of a chat, else of the person (a message goes to one or the other).
      due = due.where(
        (eb) =>
          eb.fn.coalesce(
            eb
              .selectFrom('conversations')
              .select('conversations.tenant_id')
              .whereRef('conversations.id', '=', 'outbox.conversation_id'),
            eb
              .selectFrom('people')
              .select('people.tenant_id')
              .whereRef('people.id', '=', 'outbox.person_id'),
            sql.lit(''),
          ),
        'not in',
        [...exceptTenants],
      );
    }
    // Two instances never claim the same row: the second skips rows the first has locked.
    if (this.kind === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await this.db
      .updateTable('outbox')
      .set((eb) => ({
        status: 'sending',
        claimed_by: worker,
        claimed_until: new Date(now.getTime() + leaseMs).toISOString(),
        attempts: eb('attempts', '+', 1),
        updated_at: at,
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return rows
      .map(toMessage)
      .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime());
  }

  async settle(id: string, worker: string, outcome: DeliveryOutcome, at: Date): Promise<boolean> {
    const now = at.toISOString();
    // Once a message is delivered, skipped or given up, only its bookkeeping stays: cards carry
    // people's words, and this table is not encrypted (C8). A failed one keeps it for the retry.
    const common = {
      status: outcome.status,
      claimed_by: null,
      claimed_until: null,
      updated_at: now,
      ...(outcome.status === 'failed' ? {} : { activity: SETTLED_ACTIVITY }),
    };
    const fields =
      outcome.status === 'sent'
        ? { ...common, teams_activity_id: outcome.teamsActivityId, sent_at: now, last_error: null }
        : outcome.status === 'failed'
          ? {
              ...common,
              last_error: outcome.error,
              next_attempt_at: outcome.retryAt.toISOString(),
              ...(outcome.throttled && { attempts: sql<number>`attempts - 1` }),
            }
          : outcome.status === 'dead'
            ? { ...common, last_error: outcome.error }
            : { ...common, skip_reason: outcome.reason };
    const result = await this.db
      .updateTable('outbox')
      .set(fields)
      .where('id', '=', id)
      .where('claimed_by', '=', worker)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async extendClaims(worker: string, ids: readonly string[], until: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('outbox')
      .set({ claimed_until: until.toISOString() })
      .where('id', 'in', ids)
      .where('claimed_by', '=', worker)
      .where('status', '=', 'sending')
      .execute();
  }

  async releaseClaims(worker?: string): Promise<number> {
    let query = this.db
      .updateTable('outbox')
      .set({ status: 'pending', claimed_by: null, claimed_until: null })
      .where('status', '=', 'sending');
    if (worker) query = query.where('claimed_by', '=', worker);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async countByStatus(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db
      .selectFrom('outbox')
      .select((eb) => ['status', eb.fn.countAll<number | string | bigint>().as('count')])
      .groupBy('status')
      .execute();
    const counts = Object.fromEntries(outboxStatuses.map((s) => [s, 0])) as Record<
      OutboxStatus,
      number
    >;
    for (const row of rows) counts[row.status as OutboxStatus] = Number(row.count);
    return counts;
  }

  async get(id: string): Promise<OutboxMessage | undefined> {
    const row = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toMessage(row);
  }
}

function toMessage(row: Selectable<OutboxTable>): OutboxMessage {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    purpose: row.purpose,
    personId: row.person_id,
    conversationId: row.conversation_id,
    activity: JSON.parse(row.activity) as OutboxMessage['activity'],
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: new Date(row.next_attempt_at),
    createdAt: new Date(row.created_at),
    staleAt: row.stale_at === null ? null : new Date(row.stale_at),
    lastError: row.last_error,
    skipReason: row.skip_reason as SkipReason | null,
    teamsActivityId: row.teams_activity_id,
  };
}
