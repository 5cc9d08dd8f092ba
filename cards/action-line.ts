import type { Language } from '../domain/language';
import { strings } from './strings';

export interface OpenAction {
  id: string;
  what: string;
  /** Local date 'YYYY-MM-DD'. */
  dueOn: string | null;
}

/** An agreed action as one line: what, and by when when a date was agreed. */
export function actionLine(action: Pick<OpenAction, 'what' | 'dueOn'>, language: Language) {
  if (!action.dueOn) return action.what;
  const date = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${action.dueOn}T12:00:00Z`));
  return `${action.what}, ${strings(language).logboek.dueBy(date)}`;
}

/** The card model's shape for actions to tick off. */
export const toTicks = (actions: readonly OpenAction[], language: Language) =>
  actions.map((action) => ({ id: action.id, text: actionLine(action, language) }));
