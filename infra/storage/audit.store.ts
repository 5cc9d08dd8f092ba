import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { KoersSchema } from './schema';

export type AuditAction =
  | 'consent.given'
  | 'consent.declined'
  | 'consent.withdrawn'
  | 'role.granted'
  | 'role.revoked'
  | 'contributions.erased'
  | 'personal-data.sent'
  | 'pseudonym.resolved'
  | 'keys.rotated'
  | 'research.exported'
  | 'recording.given'
  | 'recording.refused'
  | 'recording.withdrawn';

export interface AuditEntry {
  /** `person:<id>` for someone in Teams, `cli:<name>` for an operator at the command line. */
  actor: string;
  action: AuditAction;
  /** The person, member or study the action was about. */
  subject: string | null;
  /** Counts and ids only; never free text. */
  details?: Record<string, string | number | boolean | null>;
}

export interface AuditRow extends Required<AuditEntry> {
  id: string;
  at: Date;
}

/**
 * Writes inside the caller's transaction when given one, so the record and the change it
 * describes commit together.
 */
export async function writeAudit(
  db: Kysely<KoersSchema>,
  entry: AuditEntry,
  at: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      at: at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export class AuditStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  record(entry: AuditEntry, at: Date): Promise<void> {
    return writeAudit(this.db, entry, at);
  }

  async about(subject: string): Promise<AuditRow[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) => eb.or([eb('subject', '=', subject), eb('actor', '=', subject)]))
      .orderBy('at')
      .execute();
    return rows.map(toAuditRow);
  }

  /** The log in the order it was written, narrowed by any of: from when, which action, about what. */
  async list(filter: { since?: Date; action?: string; subject?: string }): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll();
    if (filter.since) query = query.where('at', '>=', filter.since.toISOString());
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.subject) query = query.where('subject', '=', filter.subject);
    return (await query.orderBy('at').orderBy('id').execute()).map(toAuditRow);
  }
}

function toAuditRow(r: {
  id: string;
  at: Date | string;
  actor: string;
  action: string;
  subject: string | null;
  details: string;
}): AuditRow {
  return {
    id: r.id,
    at: new Date(r.at),
    actor: r.actor,
    action: r.action as AuditAction,
    subject: r.subject,
    details: JSON.parse(r.details) as AuditRow['details'],
  };
}
