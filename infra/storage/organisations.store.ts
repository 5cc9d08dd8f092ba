import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Language } from '../../domain/language';
import type { CareerTerm, HolidayPeriod, Organisation, Study } from '../../domain/organisations';
import { refreshDueInOrganisation } from './logboek-due';
import type { KoersSchema, OrganisationsTable, StudiesTable } from './schema';

export interface ConsentText {
  studyId: string;
  version: number;
  language: Language;
  body: string;
}

/** Studies, the organisations taking part, their consent texts and holidays. */
export class OrganisationsStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  /** Creates the study with version 1 of its consent text. */
  async createStudy(
    study: Omit<Study, 'id'>,
    consentText: Record<Language, string>,
    at: Date,
  ): Promise<Study> {
    const id = randomUUID();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('studies')
        .values({
          id,
          name: study.name,
          contact_name: study.contact.name,
          contact_email: study.contact.email,
          erasure: study.erasure,
          withdrawal_working_days: study.withdrawalWorkingDays,
          extra_non_working_days: JSON.stringify(study.extraNonWorkingDays),
          created_at: at.toISOString(),
        })
        .execute();
      await insertConsentTexts(tx, id, 1, consentText, at);
    });
    return { id, ...study };
  }

  async findStudy(id: string): Promise<Study | undefined> {
    const row = await this.db
      .selectFrom('studies')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toStudy(row);
  }

  /** A new version (C10); earlier consents stay tied to the version they agreed to. */
  async publishConsentText(
    studyId: string,
    texts: { nl: string; en?: string | undefined },
    at: Date,
  ): Promise<number> {
    return this.db.transaction().execute(async (tx) => {
      const { latest } = await tx
        .selectFrom('consent_texts')
        .select((eb) => eb.fn.max('version').as('latest'))
        .where('study_id', '=', studyId)
        .executeTakeFirstOrThrow();
      const version = Number(latest ?? 0) + 1;
      await insertConsentTexts(tx, studyId, version, texts, at);
      return version;
    });
  }

  /** The given version, or the latest when none is given; Dutch when the language is missing. */
  async consentText(
    studyId: string,
    language: Language,
    version?: number,
  ): Promise<ConsentText | undefined> {
    let query = this.db
      .selectFrom('consent_texts')
      .selectAll()
      .where('study_id', '=', studyId)
      .where('language', 'in', [language, 'nl']);
    if (version !== undefined) query = query.where('version', '=', version);
    const rows = await query.orderBy('version', 'desc').execute();
    const newest = rows[0]?.version;
    const row =
      rows.find((r) => r.version === newest && r.language === language) ??
      rows.find((r) => r.version === newest);
    return (
      row && { studyId, version: row.version, language: row.language as Language, body: row.body }
    );
  }

  async createOrganisation(
    organisation: Omit<Organisation, 'id'>,
    at: Date,
  ): Promise<Organisation> {
    const id = randomUUID();
    await this.db
      .insertInto('organisations')
      .values({
        id,
        study_id: organisation.studyId,
        name: organisation.name,
        time_zone: organisation.timeZone,
        career_term: organisation.careerTerm,
        created_at: at.toISOString(),
      })
      .execute();
    return { id, ...organisation };
  }

  async findOrganisation(id: string): Promise<Organisation | undefined> {
    const row = await this.db
      .selectFrom('organisations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toOrganisation(row);
  }

  async listOrganisations(): Promise<Organisation[]> {
    const rows = await this.db
      .selectFrom('organisations')
      .selectAll()
      .orderBy('created_at')
      .execute();
    return rows.map(toOrganisation);
  }

  /** A holiday moves the reminders that would fall in it: everyone's next-due row follows. */
  async addHoliday(organisationId: string, period: HolidayPeriod, at: Date): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('holiday_periods')
        .values({
          id: randomUUID(),
          organisation_id: organisationId,
          name: period.name,
          starts_on: period.startsOn,
          ends_on: period.endsOn,
        })
        .execute();
      await refreshDueInOrganisation(tx, organisationId, at);
    });
  }

  async holidays(organisationId: string): Promise<HolidayPeriod[]> {
    const rows = await this.db
      .selectFrom('holiday_periods')
      .select(['name', 'starts_on', 'ends_on'])
      .where('organisation_id', '=', organisationId)
      .orderBy('starts_on')
      .execute();
    return rows.map((r) => ({ name: r.name, startsOn: r.starts_on, endsOn: r.ends_on }));
  }
}

async function insertConsentTexts(
  tx: Kysely<KoersSchema>,
  studyId: string,
  version: number,
  texts: Partial<Record<Language, string>>,
  at: Date,
): Promise<void> {
  const rows = Object.entries(texts)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([language, body]) => ({
      study_id: studyId,
      version,
      language,
      body,
      created_at: at.toISOString(),
    }));
  await tx.insertInto('consent_texts').values(rows).execute();
}

export function toStudy(row: Selectable<StudiesTable>): Study {
  return {
    id: row.id,
    name: row.name,
    contact: { name: row.contact_name, email: row.contact_email },
    erasure: row.erasure === 'full' ? 'full' : 'window',
    withdrawalWorkingDays: row.withdrawal_working_days,
    extraNonWorkingDays: JSON.parse(row.extra_non_working_days) as string[],
  };
}

function toOrganisation(row: Selectable<OrganisationsTable>): Organisation {
  return {
    id: row.id,
    studyId: row.study_id,
    name: row.name,
    timeZone: row.time_zone,
    careerTerm: row.career_term as CareerTerm,
  };
}
