import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StorageKind } from '../../infra/storage/database';
import type { SentCard } from './cards-sent';
import { startKoers, type KoersUnderTest } from './koers-app';
import { runKoersCli } from './run-cli';
import { seedStudy, type SeededStudy } from './study';
import { activities, teamsUser, type TeamsUser } from './teams-activities';

type InvokeAnswer = { statusCode: number; type: string; value: unknown };

export interface ReportCircle {
  koers: KoersUnderTest;
  seeded: SeededStudy;
  /** An aanjager, a maatje and a teamcoach, all taking part. */
  people: [TeamsUser, TeamsUser, TeamsUser];
  /** `koers report ...` (or any command) at the circle's current time. */
  cli(...argv: string[]): Promise<{ code: number; out: string; err: string }>;
  /** A file in the data folder, as a researcher would write a report. */
  file(name: string, text: string): string;
  /** One scheduler pass at the current time: queued cards reach the fake Teams. */
  runDue(): Promise<void>;
  /** Every report card this person received, oldest first. */
  reportCards(user: TeamsUser): SentCard[];
  /** Presses a button on the person's latest report card (Action.Execute), with typed inputs. */
  press(user: TeamsUser, title: string, inputs?: Record<string, string>): Promise<InvokeAnswer>;
}

/** Koers running with three participants who joined, consented and are on the roster. */
export async function reportCircle(kind: StorageKind, clock: () => Date): Promise<ReportCircle> {
  const koers = await startKoers(kind, { clock });
  const seeded = await seedStudy(koers.database);
  const people: [TeamsUser, TeamsUser, TeamsUser] = [teamsUser(1), teamsUser(2), teamsUser(3)];
  const shape = (user: TeamsUser) => ({ serviceUrl: koers.connector.url, user });
  const env = { ...koers.database.env, LOG_LEVEL: 'silent' };
  await seeded.onRoster(people[0], 'aanjager');
  await seeded.onRoster(people[1], 'maatje');
  await seeded.onRoster(people[2], 'teamcoach');
  await seeded.onRoster(teamsUser(4), 'docent');
  for (const user of people) {
    await koers.post(activities.installed(shape(user)));
    const person = await seeded.stores.people.findByAadObjectId(user.tenantId, user.aadObjectId);
    const decision = { choice: 'given' as const, textVersion: 1, textHash: 'x', language: 'nl' };
    await seeded.stores.consents.decide(person!.id, seeded.studyId, decision, clock());
  }
  const reportCards = (user: TeamsUser) =>
    koers.connector
      .activitiesIn(`a:personal-${user.id}`)
      .flatMap(({ activity }) => activity.attachments ?? [])
      .map((a) => a.content as SentCard)
      .filter((card) => (card.actions ?? []).some((a) => a.title === 'Akkoord'));
  return {
    koers,
    seeded,
    people,
    cli: (...argv) => runKoersCli(argv, env, clock),
    file: (name, text) => {
      const path = join(koers.database.env.DATA_DIR ?? '', name);
      writeFileSync(path, text);
      return path;
    },
    runDue: async () => {
      const at = clock().toISOString();
      const ran = await runKoersCli(['jobs', 'run-due', '--at', at], env);
      if (ran.code !== 0) throw new Error(ran.err);
    },
    reportCards,
    press: async (user, title, inputs = {}) => {
      const card = reportCards(user).at(-1);
      const action = card?.actions?.find((a) => a.title === title);
      if (!action) throw new Error(`No button "${title}" on ${user.name}'s report card.`);
      const answer = await koers.post(
        activities.execute(shape(user), { ...action.data, ...inputs }),
      );
      if (answer.status !== 200) throw new Error(`invoke answered ${answer.status}`);
      return JSON.parse(answer.body) as InvokeAnswer;
    },
  };
}
