import { randomUUID } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import type { IsoWeekday } from '../../domain/local-date';
import type { Database } from '../../infra/storage/database';
import { activities, teamsUser, type TeamsUser } from '../../tests/support/teams-activities';
import { insertRows } from './bulk-insert';

export interface ChosenMoment {
  weekday: IsoWeekday;
  hour: number;
  minute: number;
}

/** An aanjager as the benchmarks know them: who they are in Teams and in Koers. */
export interface BenchKeeper {
  personId: string;
  organisationId: string;
  user: TeamsUser;
  /** Their own moment, or null for the default (Friday 15:00). */
  moment: ChosenMoment | null;
}

export interface KeeperOptions {
  count: number;
  studyId: string;
  /** Keeper i belongs to organisationIds[i % length]. */
  organisationIds: string[];
  serviceUrl: string;
  at: Date;
  momentOf: (i: number) => ChosenMoment | null;
}

/**
 * Aanjagers who installed Koers, are on their school's roster and said "ik doe mee": the rows
 * `upsertFromTeams`, `importRoster`, `consents.decide` and the install leave, written in bulk.
 */
export async function seedKeepers(database: Database, options: KeeperOptions) {
  const at = options.at.toISOString();
  const keepers: BenchKeeper[] = Array.from({ length: options.count }, (_, i) => ({
    personId: randomUUID(),
    organisationId: options.organisationIds[i % options.organisationIds.length] ?? '',
    user: teamsUser(i + 1),
    moment: options.momentOf(i),
  }));
  const memberIds = keepers.map(() => randomUUID());
  const tenant = (k: BenchKeeper) => k.user.tenantId;
  await database.db.transaction().execute(async (tx) => {
    await insertRows(
      tx,
      'people',
      keepers.map((k) => ({
        id: k.personId,
        tenant_id: tenant(k),
        aad_object_id: k.user.aadObjectId,
        teams_user_id: k.user.id,
        name: k.user.name,
        locale: 'nl-NL',
        time_zone: null,
        unreachable_since: null,
        created_at: at,
        updated_at: at,
      })),
    );
    await insertRows(
      tx,
      'members',
      keepers.map((k, i) => ({
        id: memberIds[i] ?? '',
        organisation_id: k.organisationId,
        person_id: k.personId,
        name: k.user.name,
        email: null,
        aad_object_id: k.user.aadObjectId,
        created_at: at,
      })),
    );
    await insertRows(
      tx,
      'member_roles',
      memberIds.map((id) => ({ member_id: id, role: 'aanjager', granted_at: at })),
    );
    await insertRows(
      tx,
      'consent_events',
      keepers.map((k) => ({
        id: randomUUID(),
        person_id: k.personId,
        study_id: options.studyId,
        seq: 1,
        choice: 'given',
        text_version: 1,
        text_hash: 'sha256-of-consent-text-v1',
        language: 'nl',
        at,
      })),
    );
    await insertRows(
      tx,
      'conversations',
      keepers.map((k) => {
        const installed = activities.installed({ serviceUrl: options.serviceUrl, user: k.user });
        const reference = TurnContext.getConversationReference(installed);
        return {
          id: reference.conversation?.id ?? '',
          tenant_id: tenant(k),
          scope: 'personal',
          person_id: k.personId,
          reference: JSON.stringify(reference),
          welcomed_at: at,
          updated_at: at,
        };
      }),
    );
    await insertRows(
      tx,
      'logboek_settings',
      keepers.flatMap((k) =>
        k.moment
          ? [
              {
                person_id: k.personId,
                ...k.moment,
                time_zone: null,
                paused_until: null,
                updated_at: at,
              },
            ]
          : [],
      ),
    );
  });
  return keepers;
}
