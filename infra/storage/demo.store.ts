import type { Kysely } from 'kysely';
import type { KoersSchema } from './schema';

export interface RemovedDemo {
  studies: number;
  organisations: number;
  members: number;
}

/**
 * What `koers demo` made, recorded by study. Removing a demo study takes its schools with it
 * (their holidays, roster, invites and everything people did there cascade from the school) and
 * what people did in the study itself: consent, pseudonyms, consent texts.
 */
export class DemoStore {
  constructor(private readonly db: Kysely<KoersSchema>) {}

  async record(studyId: string, at: Date): Promise<void> {
    await this.db
      .insertInto('demo_studies')
      .values({ study_id: studyId, created_at: at.toISOString() })
      .execute();
  }

  /** The demo's study and school, oldest first; empty when there is no demo. */
  async find(): Promise<{ studyId: string; organisationId: string }[]> {
    return this.db
      .selectFrom('demo_studies')
      .innerJoin('organisations', 'organisations.study_id', 'demo_studies.study_id')
      .select(['demo_studies.study_id as studyId', 'organisations.id as organisationId'])
      .orderBy('demo_studies.created_at')
      .execute();
  }

  /** Removes every demo study and what hangs off it, all or nothing. */
  async removeAll(): Promise<RemovedDemo> {
    return this.db.transaction().execute(async (tx) => {
      const studies = (await tx.selectFrom('demo_studies').select('study_id').execute()).map(
        (row) => row.study_id,
      );
      if (studies.length === 0) return { studies: 0, organisations: 0, members: 0 };
      const organisations = (
        await tx.selectFrom('organisations').select('id').where('study_id', 'in', studies).execute()
      ).map((row) => row.id);
      const { members } = await tx
        .selectFrom('members')
        .select((eb) => eb.fn.countAll<string | number>().as('members'))
        .where('organisation_id', 'in', organisations.length ? organisations : [''])
        .executeTakeFirstOrThrow();
      // Nothing else refers to a study; a table added later without a cascade fails this whole
      // transaction rather than leave half a demo.
      for (const table of [
        'consent_events',
        'pseudonyms',
        'organisations',
        'consent_texts',
      ] as const) {
        await tx.deleteFrom(table).where('study_id', 'in', studies).execute();
      }
      await tx.deleteFrom('studies').where('id', 'in', studies).execute();
      return {
        studies: studies.length,
        organisations: organisations.length,
        members: Number(members),
      };
    });
  }
}
