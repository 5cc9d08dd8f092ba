import type { Keys } from '../crypto/keys';
import { AuditStore } from './audit.store';
import { ConsentStore } from './consent.store';
import { ContributionsStore } from './contributions.store';
import { ConversationsStore } from './conversations.store';
import type { Database } from './database';
import { InvitesStore } from './invites.store';
import { LogboekStore } from './logboek.store';
import { MembersStore } from './members.store';
import { OrganisationsStore } from './organisations.store';
import { PeopleStore } from './people.store';
import { PersonalDataStore } from './personal-data.store';
import { PseudonymsStore } from './pseudonyms.store';
import { RosterStore } from './roster.store';

export type Stores = ReturnType<typeof createStores>;

/** Every store on one database; the bot, the CLI and tests build them here and nowhere else. */
export function createStores(database: Database, keys: Keys) {
  const { db, kind } = database;
  const contributions = new ContributionsStore(db, kind, keys.cipher);
  return {
    people: new PeopleStore(db),
    conversations: new ConversationsStore(db),
    organisations: new OrganisationsStore(db),
    members: new MembersStore(db),
    logboek: new LogboekStore(db),
    roster: new RosterStore(db),
    invites: new InvitesStore(db, keys.pseudonyms),
    consents: new ConsentStore(db, kind, keys.pseudonyms),
    contributions,
    personalData: new PersonalDataStore(db, contributions, keys.pseudonyms),
    pseudonyms: new PseudonymsStore(db, kind, keys.pseudonyms),
    audit: new AuditStore(db),
  };
}
