import { z } from 'zod';
import type { Language } from '../domain/language';
import type { ProgressState } from '../domain/progress';
import {
  adaptiveCard,
  escapeMarkdown,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { idInput } from './id-input';
import { strings } from './strings';

export interface ProgressLine {
  memberId: string;
  name: string;
  role: string;
  /** False for someone without active consent: then nothing else about them is shown. */
  takesPart: boolean;
  weeksWritten: number;
  weeksShown: number;
  lastEntry: string | null;
  openActions: number;
  nextCheckIn: string | null;
  state: ProgressState;
  pausedUntil: string | null;
  calledOn: string | null;
}

export interface ProgressCardModel {
  language: Language;
  /** A teamcoach sees their caseload with nudge buttons; anyone else their own line. */
  view: 'coach' | 'own';
  lines: ProgressLine[];
  /** Commitment per organisation, already worded ("14 van 40"). */
  commitments: { organisation: string; hours: string; dagdelen: string }[];
  /** The viewer's own open action points (own view only: their own words). */
  ownActions: string[];
}

export const nudgeAskSchema = z.looseObject({
  verb: z.literal('nudge-ask'),
  memberId: idInput,
});

const text = (line: string, extra: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text: line,
  wrap: true,
  ...extra,
});

/** `voortgang`: facts about writing and coaching, never what anyone wrote. */
export function renderProgressCard(model: ProgressCardModel): AdaptiveCard {
  const t = strings(model.language).progress;
  const body: CardElement[] = [
    text(model.view === 'coach' ? t.title : t.ownTitle, { style: 'heading', weight: 'bolder' }),
  ];
  if (model.lines.length === 0) body.push(text(t.empty));
  const charted = model.lines.filter((line) => line.takesPart);
  if (model.view === 'coach' && charted.length > 0) {
    body.push({
      type: 'Chart.HorizontalBar',
      title: t.chartTitle,
      data: charted.map((line) => ({ x: line.name, y: line.weeksWritten })),
      fallback: text(
        charted
          .map((l) => `${escapeMarkdown(l.name)}: ${l.weeksWritten}/${l.weeksShown}`)
          .join(', '),
      ),
    });
  }
  for (const line of model.lines) body.push(...personBlock(model, line));
  if (model.ownActions.length > 0) {
    body.push(text(t.yourActions, { spacing: 'medium' }));
    body.push(...model.ownActions.map((action) => text(`- ${escapeMarkdown(action)}`)));
  }
  for (const c of model.commitments) {
    const line = t.commitment(escapeMarkdown(c.organisation), c.hours, c.dagdelen);
    body.push(text(line, { spacing: 'medium', isSubtle: true }));
  }
  return adaptiveCard(body);
}

function personBlock(model: ProgressCardModel, line: ProgressLine): CardElement[] {
  const t = strings(model.language).progress;
  const heading = text(`${escapeMarkdown(line.name)} (${line.role})`, {
    weight: 'bolder',
    spacing: 'medium',
  });
  if (!line.takesPart) return [heading, text(t.notTakingPart, { isSubtle: true })];
  const facts = progressFacts(model.language, line);
  const nudge: CardElement[] =
    model.view === 'coach'
      ? [
          {
            type: 'ActionSet',
            actions: [
              {
                type: 'Action.Submit',
                title: t.nudge,
                data: { verb: 'nudge-ask', memberId: line.memberId },
                associatedInputs: 'none',
              },
            ],
          },
        ]
      : [];
  return [heading, text(facts.join(' · '), { isSubtle: true, spacing: 'none' }), ...nudge];
}

/** One person's facts, worded: the card's line and the dashboard tab say the same. */
export function progressFacts(language: Language, line: ProgressLine): string[] {
  const t = strings(language).progress;
  return [
    t.weeksWritten(line.weeksWritten, line.weeksShown),
    line.lastEntry ? t.lastEntry(line.lastEntry) : t.nothingYet,
    t.openActions(line.openActions),
    line.nextCheckIn ? t.nextCheckIn(line.nextCheckIn) : t.noCheckIn,
    ...stateLine(language, line),
    ...(line.calledOn ? [t.called(line.calledOn)] : []),
  ];
}

function stateLine(language: Language, line: ProgressLine): string[] {
  const t = strings(language).progress;
  switch (line.state) {
    case 'active':
      return [];
    case 'paused':
      return [t.paused(line.pausedUntil ?? '')];
    case 'holiday':
      return [t.holiday];
    case 'stopped':
      return [t.stopped];
  }
}
