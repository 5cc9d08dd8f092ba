import type { OutboxDraft } from '../domain/messages';
import type { Planner } from '../infra/delivery/scheduler-pass';
import type { PollsStore } from '../infra/storage/polls.store';

/**
 * When an anonymous answer's own bedenktijd has ended, its keyed marker goes: until then a
 * withdrawal finds and deletes the answer, also after closing (C4); after it nothing ties the
 * answer to a person, and once a poll has no markers left the research export may take it.
 * Sends nothing; it runs with the planners because the clock starts it.
 */
export class PollMarkerExpiry implements Planner {
  readonly name = 'poll-marker-expiry';

  constructor(private readonly polls: Pick<PollsStore, 'expireMarkers'>) {}

  async plan(at: Date): Promise<OutboxDraft[]> {
    await this.polls.expireMarkers(at);
    return [];
  }
}
