import type { People, Person } from '../../domain/people';
import type { Conversations } from './conversations';
import type { DeliveryOutcome, OutboxMessage } from './outbox';
import type { ProactiveSender, Reference } from './proactive-sender';
import type { RateGate } from './rate-gate';

export type Target = { reference: Reference; tenantId: string } | { outcome: DeliveryOutcome };

/** Where a message goes: a known chat, a person's chat (opened once if needed), or nowhere. */
export class DeliveryTargets {
  /** Chats being opened right now, so two messages to one new person open it once. */
  private readonly opening = new Map<string, Promise<Reference>>();

  constructor(
    private readonly deps: {
      people: People;
      conversations: Conversations;
      sender: ProactiveSender;
      gate: RateGate;
      /** Where to open a new 1:1 chat when Koers has never heard from the tenant. */
      defaultServiceUrl: string;
    },
  ) {}

  async resolve(message: OutboxMessage): Promise<Target> {
    const { people, conversations } = this.deps;
    if (message.conversationId) {
      const reference = await conversations.get(message.conversationId);
      if (!reference) return { outcome: { status: 'dead', error: 'conversation unknown' } };
      return { reference, tenantId: reference.conversation?.tenantId ?? '' };
    }
    const person = message.personId ? await people.findById(message.personId) : undefined;
    if (!person) return { outcome: { status: 'dead', error: 'person unknown' } };
    if (person.unreachableSince) return { outcome: { status: 'skipped', reason: 'unreachable' } };
    const known = await conversations.forPerson(person.id);
    if (known) return { reference: known, tenantId: person.tenantId };
    let opening = this.opening.get(person.id);
    if (!opening) {
      opening = this.openChat(person).finally(() => this.opening.delete(person.id));
      this.opening.set(person.id, opening);
    }
    return { reference: await opening, tenantId: person.tenantId };
  }

  private async openChat(person: Person): Promise<Reference> {
    const { conversations, sender, gate } = this.deps;
    const serviceUrl =
      (await conversations.serviceUrlForTenant(person.tenantId)) ?? this.deps.defaultServiceUrl;
    const permit = await gate.acquire(person.tenantId, `create:${person.id}`);
    let reference: Reference;
    try {
      reference = await sender.createPersonalConversation({
        serviceUrl,
        tenantId: person.tenantId,
        teamsUserId: person.teamsUserId,
      });
    } catch (error) {
      permit.refund();
      throw error;
    }
    permit.answered();
    await conversations.save({
      reference,
      scope: 'personal',
      tenantId: person.tenantId,
      personId: person.id,
      at: new Date(),
    });
    return reference;
  }
}
