import type { Kysely } from 'kysely';
import { planWithdrawal } from '../../domain/consent.rules';
import type { Study } from '../../domain/organisations';
import type { KoersSchema } from './schema';

/**
 * A withdrawing person's answers to oogstverslagen in a study, inside the withdrawal transaction
 * (C4, C5): an answer and its comment inside its bedenktijd (or any, under full erasure) are
 * deleted; later ones stay under a pseudonym.
 */
export async function withdrawReportAnswers(
  tx: Kysely<KoersSchema>,
  person: { personId: string; studyId: string; erasure: Study['erasure'] },
  at: Date,
): Promise<{ erased: number; kept: number }> {
  const held = await tx
    .selectFrom('report_answers')
    .innerJoin('report_versions', 'report_versions.id', 'report_answers.version_id')
    .innerJoin('reports', 'reports.id', 'report_versions.report_id')
    .select(['report_answers.id', 'report_answers.window_ends_at'])
    .where('report_answers.person_id', '=', person.personId)
    .where('reports.study_id', '=', person.studyId)
    .execute();
  const plan = planWithdrawal(
    held.map((row) => ({ id: row.id, windowEndsAt: new Date(row.window_ends_at) })),
    at,
    person.erasure,
  );
  if (plan.erase.length > 0) {
    await tx.deleteFrom('report_answers').where('id', 'in', plan.erase).execute();
  }
  return { erased: plan.erase.length, kept: plan.keep.length };
}
