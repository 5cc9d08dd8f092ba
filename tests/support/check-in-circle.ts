import type { Role } from '../../domain/roles';
import { button } from './cards-sent';
import { startKoers, type KoersUnderTest } from './koers-app';
import { runKoersCli } from './run-cli';
import { seedStudy, type SeededStudy } from './study';
import { activities, teamsUser, type TeamsUser } from './teams-activities';
import type { StorageKind } from '../../infra/storage/database';

export interface Member {
  user: TeamsUser;
  chat: string;
  memberId: string;
  personId: string;
  /** Posts as this person from their personal chat. */
  say(text: string): Promise<unknown>;
  submit(value: unknown): Promise<unknown>;
  /** Everything Koers sent this person, each activity as JSON (cards and texts alike). */
  sent(): string[];
}

export interface CheckInCircle {
  koers: KoersUnderTest;
  seeded: SeededStudy;
  /** The server's clock; tests move it before each step. */
  setNow(iso: string): void;
  runAt(iso: string): Promise<unknown>;
  coach: Member;
  aanjager: Member;
  maatje: Member;
  /** An aanjager of the same school on nobody's caseload. */
  outsider: Member;
}

/**
 * The whole bot with a teamcoach (Docent 1), their aanjager (Docent 2) and that aanjager's
 * maatje (Docent 3), plus an aanjager elsewhere (Docent 4); all installed and consenting.
 */
export async function startCheckInCircle(kind: StorageKind, start: string): Promise<CheckInCircle> {
  let now = new Date(start);
  const koers = await startKoers(kind, { clock: () => now });
  const seeded = await seedStudy(koers.database);
  const join = async (n: number, role: Role): Promise<Member> => {
    const user = teamsUser(n);
    const shape = { serviceUrl: koers.connector.url, user };
    const chat = `a:personal-${user.id}`;
    const memberId = await seeded.onRoster(user, role);
    await koers.post(activities.installed(shape));
    await koers.post(activities.submit(shape, button(koers, chat, 'Ik doe mee')));
    const person = await seeded.stores.people.findByAadObjectId(user.tenantId, user.aadObjectId);
    const offset = koers.connector.activitiesIn(chat).length;
    return {
      user,
      chat,
      memberId,
      personId: person?.id ?? '',
      say: (text) => koers.post(activities.message(shape, text)),
      submit: (value) => koers.post(activities.submit(shape, value)),
      sent: () =>
        koers.connector
          .activitiesIn(chat)
          .slice(offset)
          .map(({ activity }) => JSON.stringify(activity.attachments ?? activity.text)),
    };
  };
  const coach = await join(1, 'teamcoach');
  const aanjager = await join(2, 'aanjager');
  const maatje = await join(3, 'maatje');
  const outsider = await join(4, 'aanjager');
  await seeded.stores.members.assignCoach(coach.memberId, aanjager.memberId);
  await seeded.stores.members.pair(aanjager.memberId, maatje.memberId);
  return {
    koers,
    seeded,
    setNow: (iso) => {
      now = new Date(iso);
    },
    runAt: (iso) =>
      runKoersCli(['jobs', 'run-due', '--at', iso], {
        ...koers.database.env,
        LOG_LEVEL: 'silent',
      }),
    coach,
    aanjager,
    maatje,
    outsider,
  };
}

/** The data of a button on the last card this person got, by its title. */
export function buttonOf(circle: CheckInCircle, member: Member, title: string) {
  return button(circle.koers, member.chat, title);
}
