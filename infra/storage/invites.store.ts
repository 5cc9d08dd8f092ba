import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Person } from '../../domain/people';
import { isRole, type Role } from '../../domain/roles';
import { ensureMember, grantRole } from './member-roles';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import type { KoersSchema } from './schema';

// No 0/O, 1/I/L: the code is read aloud and typed over from a screen.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export type Redemption =
  | { joined: true; organisationId: string; role: Role }
  | { joined: false; reason: 'unknown' | 'expired' };

/** Short invite codes; only a keyed hash is stored, so the database does not hand out codes. */
export class InvitesStore {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly hasher: PseudonymHasher,
  ) {}

  async create(
    organisationId: string,
    role: Role,
    options: { validDays: number; uses: number },
    at: Date,
  ): Promise<{ code: string; expiresAt: Date }> {
    const raw = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
    const expiresAt = new Date(at.getTime() + options.validDays * 86_400_000);
    await this.db
      .insertInto('invites')
      .values({
        code_hash: this.hashOf(code),
        organisation_id: organisationId,
        role,
        uses_left: options.uses,
        expires_at: expiresAt.toISOString(),
        created_at: at.toISOString(),
      })
      .execute();
    return { code, expiresAt };
  }

  /** Uses the code once and gives the person its role, in one transaction. */
  async redeem(code: string, person: Person, at: Date): Promise<Redemption> {
    return this.db.transaction().execute(async (tx) => {
      const invite = await tx
        .selectFrom('invites')
        .selectAll()
        .where('code_hash', '=', this.hashOf(code))
        .executeTakeFirst();
      if (!invite || !isRole(invite.role) || invite.uses_left <= 0) {
        return { joined: false, reason: 'unknown' } as const;
      }
      if (new Date(invite.expires_at).getTime() <= at.getTime()) {
        return { joined: false, reason: 'expired' } as const;
      }
      const { numUpdatedRows } = await tx
        .updateTable('invites')
        .set((eb) => ({ uses_left: eb('uses_left', '-', 1) }))
        .where('code_hash', '=', invite.code_hash)
        .where('uses_left', '>', 0)
        .executeTakeFirst();
      if (numUpdatedRows === 0n) return { joined: false, reason: 'unknown' } as const;
      const memberId = await ensureMember(tx, invite.organisation_id, person, at);
      await grantRole(tx, memberId, invite.role, `person:${person.id}`, at);
      return { joined: true, organisationId: invite.organisation_id, role: invite.role } as const;
    });
  }

  /** Case, spaces and the dash do not matter when someone types the code. */
  private hashOf(code: string): string {
    return this.hasher.secretHash('invite', code.toUpperCase().replace(/[^A-Z0-9]/g, ''));
  }
}
