import { strings } from '../../cards/strings';
import { allows, type Viewer } from '../../domain/access.rules';
import type { Language } from '../../domain/language';
import { pollView } from '../../domain/poll-anonymity.rules';
import { shuffled, tally, type Poll, type QuestionTally } from '../../domain/polls';
import type { PollAnswersStore } from '../../infra/storage/poll-answers.store';
import type { PollsStore } from '../../infra/storage/polls.store';
import type { PollResult } from '../dashboard.model';

export interface PollSources {
  polls: Pick<PollsStore, 'ownedBy'>;
  answers: Pick<PollAnswersStore, 'count' | 'answersTo'>;
  /** Shuffles open answers, so their order says nothing about who came first. */
  random: () => number;
  now: () => Date;
}

/** The owner's latest polls shown on the dashboard. */
export const TAB_POLLS = 5;

/** A poll owner's results, as `peiling-resultaten` gives them: the same pollView rule. */
export async function pollResultsView(
  viewer: Viewer,
  language: Language,
  sources: PollSources,
): Promise<PollResult[] | null> {
  const owned = (await sources.polls.ownedBy(viewer.personId, TAB_POLLS)).filter((poll) =>
    allows(viewer, { action: 'read-poll-results', ownerPersonId: poll.ownerPersonId }),
  );
  if (owned.length === 0) return null;
  return Promise.all(owned.map((poll) => pollResult(poll, language, sources)));
}

async function pollResult(poll: Poll, language: Language, sources: PollSources) {
  const t = strings(language).poll;
  const count = await sources.answers.count(poll.id);
  const head = { title: t.resultsTitle(poll.title), answers: t.answers(count) };
  const view = pollView(poll, count, sources.now());
  if (view !== 'results') {
    const why = view === 'count-only' ? t.whileOpen : t.tooFew;
    return { ...head, tooFew: why(poll.minAnswers), questions: [] };
  }
  const tallies = tally(poll.questions, await sources.answers.answersTo(poll.id));
  return { ...head, tooFew: null, questions: tallies.map((q, i) => question(q, i, t, sources)) };
}

function question(
  tally: QuestionTally,
  position: number,
  t: ReturnType<typeof strings>['poll'],
  sources: PollSources,
): PollResult['questions'][number] {
  const title = `${position + 1}. ${tally.question.text}`;
  if (tally.kind === 'texts') {
    const items = shuffled(tally.texts, sources.random);
    return { title, counts: null, texts: { note: t.openAnswers, items } };
  }
  // A scale's choices are its two end labels, for steps 1 and 5.
  const [low, high] = tally.question.kind === 'scale' ? tally.question.choices : [];
  const ends = new Map([
    ['1', low],
    ['5', high],
  ]);
  const counts = tally.counts.map(({ label, count }) => {
    const end = ends.get(label);
    return { label: end ? `${label} · ${end}` : label, count };
  });
  return { title, counts, texts: null };
}
