import { pollTemplateIds } from '../../cards/strings.poll';
import type { SubmitVerb } from '../../cards/submits';
import { hostileText } from './hostile-values';
import type { Prng } from './prng';

export interface KnownIds {
  memberIds: string[];
  personIds: string[];
  checkInIds: string[];
  pollIds: string[];
}

/**
 * A value for each input on Koers's cards, drawn from the world's real ids; now and then one
 * that passes the schema's shape but not its meaning (a week 53 in a year without one).
 */
function valueKinds(prng: Prng, ids: KnownIds) {
  const any = (list: string[]) => (list.length > 0 ? prng.pick(list) : 'none');
  const edge =
    (valid: () => unknown, ...odd: unknown[]) =>
    () =>
      prng.chance(0.15) ? prng.pick(odd) : valid();
  const anyId = () => any([...ids.memberIds, ...ids.personIds, ...ids.checkInIds, ...ids.pollIds]);
  return {
    text: () => hostileText(prng),
    member: edge(() => any(ids.memberIds), anyId(), 'x'.repeat(100)),
    person: edge(() => any(ids.personIds), anyId()),
    checkIn: edge(() => any(ids.checkInIds), anyId()),
    poll: edge(() => any(ids.pollIds), anyId()),
    week: edge(
      () => prng.pick(['2026-W40', '2026-W39', '2026-W41', '2026-W36']),
      ...['2025-W53', '2026-W53', '2020-W53', '0000-W01', '9999-W52', '0001-W01'],
    ),
    date: edge(
      () => prng.pick(['2026-10-20', '2026-10-02', '2026-12-01', '2026-09-30', '']),
      ...['2026-02-29', '2028-02-29', '0000-01-01', '9999-12-31', '2026-02-30'],
    ),
    time: edge(() => prng.pick(['10:00', '14:30', '08:15', '']), '00:00', '23:59', '24:00'),
    bool: () => prng.pick(['true', 'false']),
    goals: () => prng.pick(['', '1', '1,3', '2, 4,1', '1,1,1']),
    sequence: edge(() => prng.pick([0, '0', 1, '1']), 2 ** 31, '99999999999999999999', 1e300),
    answer: () => prng.pick(['1', '3', '5', '0,1', '2', 'rust', '', hostileText(prng)]),
    uuid: () => uuid(prng),
    one:
      (...choices: unknown[]) =>
      () =>
        prng.pick(choices),
  };
}

/** The inputs each verb's card sends besides what its button carries. */
export function templates(
  prng: Prng,
  ids: KnownIds,
): Record<SubmitVerb, Record<string, () => unknown>> {
  const v = valueKinds(prng, ids);
  const study = { studyId: v.one('study-of-world') };
  const week = { week: v.week };
  const poll = { pollId: v.poll };
  const answer = { checkInId: v.checkIn, sequence: v.sequence };
  const what = { what1: v.text, who1: v.one('aanjager', 'maatje', 'coach'), due1: v.date };
  const questions = { q0: v.text, q1: v.text, q2: v.text, q3: v.text, q4: v.text };
  const setup = {
    template: v.one(...pollTemplateIds),
    anonymous: v.bool,
    closesOn: v.date,
    closesAt: v.one('17:00', '09:00'),
    people: v.one('', 'Docent 2, Docent 3', 'Docent 5'),
  };
  const logboek = {
    q1: v.text,
    q2: v.text,
    q5: v.text,
    goals: v.goals,
    rev: v.one(0, 1, 2),
    [`done-x`]: v.bool,
  };
  return {
    help: {},
    consent: {
      choice: v.one('given', 'declined'),
      ...study,
      version: v.one(1),
      hash: v.one('hash-of-world'),
      note: v.text,
    },
    'consent-show': study,
    'withdraw-ask': study,
    withdraw: study,
    'withdraw-cancel': study,
    'note-save': { note: v.text },
    'note-discard': {},
    'note-undo': { id: v.uuid },
    'logboek-save': { ...week, ...logboek },
    'logboek-later': week,
    'logboek-skip': week,
    'logboek-edit': week,
    'logboek-open': week,
    'logboek-receipt': week,
    'logboek-keep-both': { ...week, ...logboek },
    'moment-save': { weekday: v.one('1', '5', '7'), time: v.time, pausedUntil: v.date },
    'my-logboek-week': week,
    'commitment-org': {
      requestId: v.uuid,
      organisationId: v.one('org-of-world'),
      kind: v.one('hours', 'dagdeel'),
      minutes: v.one(60, 90),
      heldOn: v.date,
      note: v.text,
    },
    'coach-called': { memberId: v.member, ...week },
    'nudge-ask': { memberId: v.member },
    'nudge-send': { memberId: v.member, line: v.text },
    'check-in-plan': {
      aanjager: v.member,
      withMaatje: v.bool,
      date: v.date,
      time: v.time,
      duration: v.one('30', '60', '90'),
      mode: v.one('online', 'on-site'),
      place: v.text,
      every: v.one('0', '2'),
      until: v.date,
    },
    'check-in-accept': answer,
    'check-in-propose': { ...answer, proposedDate: v.date, proposedTime: v.time },
    'check-in-confirm': { ...answer, personId: v.person },
    'check-in-agreements': { checkInId: v.checkIn, done: v.one('', 'x,y'), ...what },
    'check-in-cancel': answer,
    'interview-recording': {
      checkInId: v.checkIn,
      choice: v.one('given', 'refused'),
      version: v.one(1),
      hash: v.one('hash-of-world'),
    },
    'interview-recording-withdraw': { checkInId: v.checkIn },
    'poll-preview': { ...setup, ...questions },
    'poll-send': { ...setup, ...questions },
    'poll-results': poll,
    'poll-close': poll,
    'poll-answer': {
      ...poll,
      a0: v.answer,
      a1: v.answer,
      a2: v.answer,
      ...study,
      version: v.one(1),
      hash: v.one('hash-of-world'),
    },
    'poll-view': poll,
    'poll-change': poll,
    'report-agree': { versionId: v.uuid },
    'report-change': { versionId: v.uuid, comment: v.text },
    'report-open': { versionId: v.uuid },
  };
}

function uuid(prng: Prng): string {
  const hex = Array.from({ length: 32 }, () => prng.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
