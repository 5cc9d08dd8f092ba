import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { minuteOfWeek, type PromptWindow } from '../../domain/prompt-window';
import { logboekRoles } from '../../domain/roles';
import { DEFAULT_MOMENT } from '../../domain/weekly-moment';
import type { KoersSchema } from './schema';

const DEFAULT_MINUTE = minuteOfWeek(
  DEFAULT_MOMENT.weekday,
  DEFAULT_MOMENT.hour,
  DEFAULT_MOMENT.minute,
);

/**
 * The ids of keepers a planning pass may find due, in one pass over people and their moments:
 * the moment inside a window and that week not settled (no row, or 'prompted' with no card
 * queued or shown). The keepers' full rows are then read for these few only.
 */
export async function mayBeDue(db: Kysely<KoersSchema>, windows: readonly PromptWindow[]) {
  const rows = await db
    .selectFrom('people')
    .leftJoin('logboek_settings', 'logboek_settings.person_id', 'people.id')
    .select('people.id')
    .where('people.unreachable_since', 'is', null)
    .where((eb) => eb.or(windows.map((w) => dueIn(eb, w))))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('members')
          .innerJoin('member_roles', 'member_roles.member_id', 'members.id')
          .select(sql.lit(1).as('one'))
          .whereRef('members.person_id', '=', 'people.id')
          .where('member_roles.role', 'in', [...logboekRoles]),
      ),
    )
    // In id order, the look-ups by person walk their indexes in order too: far fewer pages read.
    .orderBy('people.id')
    .execute();
  return rows.map((row) => row.id);
}

/** The moment's wall time as minutes from Monday; the default moment when none was chosen. */
const momentMinute = sql<number>`case when logboek_settings.weekday is null
  or logboek_settings.hour is null or logboek_settings.minute is null then ${DEFAULT_MINUTE}
  else (logboek_settings.weekday - 1) * 1440 + logboek_settings.hour * 60 + logboek_settings.minute end`;

function dueIn(
  eb: ExpressionBuilder<KoersSchema, 'people' | 'logboek_settings'>,
  window: PromptWindow,
) {
  const settled = eb
    .selectFrom('logboek_weeks as settled')
    .select(sql.lit(1).as('one'))
    .whereRef('settled.person_id', '=', 'people.id')
    .where('settled.week', '=', window.week)
    .where((w) =>
      w.or([
        w('settled.status', '!=', 'prompted'),
        // The person asked for the week's card themselves: no second one.
        w('settled.card_activity_id', 'is not', null),
        w.exists(
          w
            .selectFrom('outbox')
            .select(sql.lit(1).as('one'))
            .where(
              'outbox.dedupe_key',
              '=',
              sql<string>`settled.person_id || ${`:logboek-prompt:${window.week}`}`,
            ),
        ),
      ]),
    );
  return eb.and([eb(momentMinute, '<=', window.upTo), eb.not(eb.exists(settled))]);
}
