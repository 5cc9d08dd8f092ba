/** Who someone is in Teams, as learned from an activity or the roster. */
export interface TeamsIdentity {
  tenantId: string;
  aadObjectId: string;
  /** The `29:` id Teams uses for this person towards this bot. */
  teamsUserId: string;
  name: string;
  locale: string | null;
}

export interface Person extends TeamsIdentity {
  id: string;
  /** Their own IANA time zone; null means their organisation's. */
  timeZone: string | null;
  unreachableSince: Date | null;
}

export interface People {
  /** Records a person seen in Teams (install or any later activity); reachable again. */
  upsertFromTeams(identity: TeamsIdentity, at: Date): Promise<Person>;
  findById(personId: string): Promise<Person | undefined>;
  findByAadObjectId(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  /** The person removed or blocked the app: nothing is sent to them until they return. */
  markUnreachable(personId: string, at: Date): Promise<void>;
}

/** Where a conversation with Koers takes place. */
export type ConversationScope = 'personal' | 'channel' | 'groupChat';
