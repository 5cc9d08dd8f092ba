import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/people';

const SEEN_PERSON = Symbol('koers.seenPerson');

/** The person this turn came from, as Installations just recorded them. */
export function rememberSeenPerson(context: TurnContext, person: Person): void {
  context.turnState.set(SEEN_PERSON, person);
}

/**
 * The person recorded at the start of this turn, if they are the one with this tenant and AAD
 * object id: a dialog then need not read the row that was read or written a moment ago.
 */
export function seenPerson(
  context: TurnContext,
  tenantId: string,
  aadObjectId: string,
): Person | undefined {
  const seen = context.turnState.get<Person | undefined>(SEEN_PERSON);
  return seen?.tenantId === tenantId && seen.aadObjectId === aadObjectId ? seen : undefined;
}
