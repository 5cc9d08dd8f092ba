import { defaultConsentText } from '../../cards/consent-text.default';
import type { Study } from '../../domain/organisations';
import type { Role } from '../../domain/roles';
import { loadKeys } from '../../infra/crypto/keys';
import { createStores, type Stores } from '../../infra/storage/stores';
import type { TestDatabase } from './test-database';
import type { TeamsUser } from './teams-activities';

export interface SeededStudy {
  stores: Stores;
  studyId: string;
  organisationId: string;
  /** Puts a Teams user on the roster in a role, as `koers roster import` does. */
  onRoster(user: TeamsUser, role: Role): Promise<string>;
}

/** A study with one organisation, on the same database and key files the bot under test uses. */
export async function seedStudy(
  database: TestDatabase,
  options: Partial<Pick<Study, 'erasure'>> = {},
): Promise<SeededStudy> {
  const stores = createStores(
    database,
    loadKeys({
      dataDir: database.env.DATA_DIR ?? '',
      keys: { encryption: undefined, pseudonym: undefined },
    }),
  );
  const at = new Date();
  const details: Omit<Study, 'id'> = {
    name: 'LOB van iedereen',
    contact: { name: 'Onderzoeker Een', email: 'onderzoek@example.org' },
    erasure: options.erasure ?? 'window',
    withdrawalWorkingDays: 5,
    extraNonWorkingDays: [],
  };
  const study = await stores.organisations.createStudy(details, defaultConsentText(details), at);
  const organisation = await stores.organisations.createOrganisation(
    { studyId: study.id, name: 'Het Baken', timeZone: 'Europe/Amsterdam', careerTerm: 'LOB' },
    at,
  );
  return {
    stores,
    studyId: study.id,
    organisationId: organisation.id,
    onRoster: async (user, role) => {
      const entry = { name: user.name, aadObjectId: user.aadObjectId, role };
      const [memberId] = await stores.roster.importRoster(organisation.id, [entry], 'test', at);
      return memberId ?? '';
    },
  };
}
