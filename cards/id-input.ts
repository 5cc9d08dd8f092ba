import { z } from 'zod';

/** Whether an id can be looked up at all: PostgreSQL text cannot hold U+0000 and would throw. */
export function isStorableId(id: string): boolean {
  return !id.includes('\u0000');
}

/**
 * An id Koers put on a button (a poll, check-in, member, study). A forged one finds nothing
 * and gets the usual answer; one PostgreSQL cannot even compare is refused here instead.
 */
export const idInput = z.string().min(1).max(100).refine(isStorableId, 'holds U+0000');
