import { activities, teamsUser, type TeamsUser } from '../../tests/support/teams-activities';
import { benchAnswers } from '../seed/entries';

/** What the load generator posts: a plain message to the echo bot, or a logboek save to Koers. */
export type BodySpec =
  | { kind: 'echo'; serviceUrl: string }
  | {
      kind: 'logboek';
      serviceUrl: string;
      /** Action.Submit (the receipt comes as a message) or Action.Execute (it replaces the card). */
      via: 'submit' | 'execute';
      users: TeamsUser[];
      /** Request k is users[k % n] saving weeks[floor(k / n)]: every request a first save. */
      weeks: string[];
    };

const GOALS = ['1', '1,3', '2', '', '4,2', '3'];

/** The k-th request body, as Teams posts it to /api/messages. */
export function bodyMaker(spec: BodySpec): (k: number) => string {
  if (spec.kind === 'echo') {
    return (k) =>
      JSON.stringify(
        activities.message(
          { serviceUrl: spec.serviceUrl, user: teamsUser(1 + (k % 1000)) },
          `hallo ${k}`,
        ),
      );
  }
  const { users, weeks, serviceUrl } = spec;
  return (k) => {
    const user = users[k % users.length]!;
    const week = weeks[Math.floor(k / users.length) % weeks.length]!;
    // What the card's Save button sends: its data and every input, an empty one as ''.
    const data = {
      verb: 'logboek-save',
      week,
      ...benchAnswers,
      q2: `${benchAnswers.q2} (${k})`,
      goals: GOALS[k % GOALS.length],
    };
    const shape = { serviceUrl, user };
    const activity =
      spec.via === 'submit' ? activities.submit(shape, data) : activities.execute(shape, data);
    return JSON.stringify(activity);
  };
}

/** How many requests fit before a person saves the same week twice (an edit, not a new entry). */
export function firstSaves(spec: BodySpec): number {
  return spec.kind === 'echo' ? Infinity : spec.users.length * spec.weeks.length;
}
