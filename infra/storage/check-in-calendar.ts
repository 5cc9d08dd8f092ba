import { timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { CheckIn } from '../../domain/check-ins';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import type { CheckInsStore } from './check-ins.store';
import { latestConsent } from './person-lock';
import type { KoersSchema } from './schema';

const SEPARATOR = '_';
// restify's router matches route parameters of up to 100 characters: two ids, two separators
// and 96 bits of signature fit.
const SIGNATURE_HEX = 24;
/** How long after its last check-in has ended a link still opens. */
const GRACE_MS = 24 * 60 * 60 * 1000;

/**
 * Calendar links (`/ics/<token>`): which check-in, for whom, signed with the pseudonym key that
 * lives outside the database, so a link cannot be made up or moved to another check-in or person.
 * A link opens only while it is of use: not once its check-in is called off, not after the person
 * stopped taking part, and not later than a day after the last check-in it holds has ended.
 */
export class CheckInCalendar {
  constructor(
    private readonly db: Kysely<KoersSchema>,
    private readonly checkIns: Pick<CheckInsStore, 'get' | 'seriesFrom'>,
    private readonly hasher: PseudonymHasher,
  ) {}

  token(checkInId: string, personId: string): string {
    return [checkInId, personId, this.signature(checkInId, personId)].join(SEPARATOR);
  }

  /** The check-in a link opens at `at`, with the later ones of its series; else undefined. */
  async open(
    token: string,
    at: Date,
  ): Promise<{ personId: string; checkIns: CheckIn[] } | undefined> {
    const [checkInId = '', personId = '', signature = '', ...rest] = token.split(SEPARATOR);
    const expected = Buffer.from(this.signature(checkInId, personId));
    const given = Buffer.from(signature);
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return undefined;
    }
    const checkIn = await this.checkIns.get(checkInId);
    const involved =
      checkIn?.coachPersonId === personId || checkIn?.invitees.some((i) => i.personId === personId);
    if (!checkIn || !involved || checkIn.cancelledAt) return undefined;
    const checkIns = await this.checkIns.seriesFrom(checkIn);
    const lastEnd = Math.max(...checkIns.filter((c) => !c.cancelledAt).map((c) => +c.endsAt));
    if (at.getTime() >= lastEnd + GRACE_MS) return undefined;
    if (await this.stopped(personId, checkIn.organisationId)) return undefined;
    return { personId, checkIns };
  }

  private async stopped(personId: string, organisationId: string): Promise<boolean> {
    const organisation = await this.db
      .selectFrom('organisations')
      .select('study_id')
      .where('id', '=', organisationId)
      .executeTakeFirst();
    if (!organisation) return true;
    return (await latestConsent(this.db, personId, organisation.study_id))?.choice === 'withdrawn';
  }

  private signature(checkInId: string, personId: string): string {
    return this.hasher
      .secretHash('check-in-calendar', `${checkInId}:${personId}`)
      .slice(0, SIGNATURE_HEX);
  }
}
