import type { Activity } from 'botbuilder';
import { RAW_MARKUP } from './hostile-values';

export interface RawMarkup {
  /** Where in the activity: `text`, or the card element's type and field. */
  where: string;
  text: string;
}

/**
 * Texts Teams renders as markdown, in the activities Koers sent, that carry fuzz markup raw:
 * the message text, TextBlocks, facts, and toggle and choice titles. Button titles, input
 * labels and values, and button data are plain text to Teams and may hold input as it is.
 */
export function rawMarkupIn(sent: Partial<Activity>[]): RawMarkup[] {
  const found: RawMarkup[] = [];
  const check = (where: string, text: unknown) => {
    if (typeof text !== 'string') return;
    if (RAW_MARKUP.some((pattern) => pattern.test(text))) found.push({ where, text });
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const element = node as Record<string, unknown>;
    const type = typeof element.type === 'string' ? element.type : '';
    if (type === 'TextBlock') check('TextBlock.text', element.text);
    if (type === 'Input.Toggle') check('Input.Toggle.title', element.title);
    if (type === 'FactSet') {
      for (const fact of (element.facts ?? []) as { title?: unknown; value?: unknown }[]) {
        check('Fact.title', fact.title);
        check('Fact.value', fact.value);
      }
    }
    if (type === 'Input.ChoiceSet') {
      for (const choice of (element.choices ?? []) as { title?: unknown }[]) {
        check('Choice.title', choice.title);
      }
    }
    for (const [key, value] of Object.entries(element)) if (key !== 'data') visit(value);
  };
  for (const activity of sent) {
    check('text', activity.text);
    visit((activity.attachments ?? []).map((attachment): unknown => attachment.content));
  }
  return found;
}
