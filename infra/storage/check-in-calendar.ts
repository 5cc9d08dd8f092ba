import { timingSafeEqual } from 'node:crypto';
import type { CheckIn } from '../../domain/check-ins';
import type { PseudonymHasher } from '../crypto/pseudonym-hasher';
import type { CheckInsStore } from './check-ins.store';

const SEPARATOR = '_';
// restify's router matches route parameters of up to 100 characters: two ids, two separators
// and 96 bits of signature fit.
const SIGNATURE_HEX = 24;

/**
 * Calendar links (`/ics/<token>`): which check-in, for whom, signed with the pseudonym key that
 * lives outside the database, so a link cannot be made up or moved to another check-in or person.
 */
export class CheckInCalendar {
  constructor(
    private readonly checkIns: Pick<CheckInsStore, 'get' | 'seriesFrom'>,
    private readonly hasher: PseudonymHasher,
  ) {}

  token(checkInId: string, personId: string): string {
    return [checkInId, personId, this.signature(checkInId, personId)].join(SEPARATOR);
  }

  /** The check-in a link opens, with the later ones of its series; undefined when tampered. */
  async open(token: string): Promise<{ personId: string; checkIns: CheckIn[] } | undefined> {
    const [checkInId = '', personId = '', signature = '', ...rest] = token.split(SEPARATOR);
    const expected = Buffer.from(this.signature(checkInId, personId));
    const given = Buffer.from(signature);
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return undefined;
    }
    const checkIn = await this.checkIns.get(checkInId);
    const involved =
      checkIn?.coachPersonId === personId || checkIn?.invitees.some((i) => i.personId === personId);
    return checkIn && involved
      ? { personId, checkIns: await this.checkIns.seriesFrom(checkIn) }
      : undefined;
  }

  private signature(checkInId: string, personId: string): string {
    return this.hasher
      .secretHash('check-in-calendar', `${checkInId}:${personId}`)
      .slice(0, SIGNATURE_HEX);
  }
}
