import type { ProgressSources } from '../dialogs/progress-overview';
import type { Stores } from '../infra/storage/stores';

const hours = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ','));

/** `voortgang`'s facts, from the stores that keep them. */
export function progressSources(stores: Stores): ProgressSources {
  const { progress, actionPoints, organisations, coachCalls, commitments } = stores;
  return {
    members: (ids) => progress.members(ids),
    weeks: (ids, first) => progress.weeks(ids, first),
    lastContributions: (ids) => progress.lastContributions(ids),
    nextCheckIns: (ids, at) => progress.nextCheckIns(ids, at),
    openCounts: (ids) => actionPoints.openCounts(ids),
    openFor: (ids) => actionPoints.openFor(ids),
    holidays: (id) => organisations.holidays(id),
    lastCalls: (ids) => coachCalls.lastCallTo(ids),
    commitment: async (id) => {
      const s = await commitments.summary(id);
      return {
        hours: `${hours(s.hoursUsed)}/${s.hoursAgreed}`,
        dagdelen: `${s.dagdelenHeld}/${s.dagdelenAgreed}`,
      };
    },
  };
}
