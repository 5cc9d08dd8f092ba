import type { InsertObject } from 'kysely';
import type { WeekStatus } from '../../infra/storage/logboek.store';
import type { KoersSchema } from '../../infra/storage/schema';
import type { BenchKeeper } from './keepers';

type WeekRow = InsertObject<KoersSchema, 'logboek_weeks'>;

/** A keeper's week as LogboekStore.recordWeek and settleWeek leave it. */
export function weekRow(
  keeper: Pick<BenchKeeper, 'personId' | 'organisationId'>,
  week: string,
  status: WeekStatus,
  times: { promptedAt: Date; remindAt?: Date | null; remindedAt?: Date | null; updatedAt: Date },
): WeekRow {
  return {
    person_id: keeper.personId,
    week,
    organisation_id: keeper.organisationId,
    status,
    prompted_at: times.promptedAt.toISOString(),
    remind_at: times.remindAt?.toISOString() ?? null,
    reminded_at: times.remindedAt?.toISOString() ?? null,
    updated_at: times.updatedAt.toISOString(),
  };
}
