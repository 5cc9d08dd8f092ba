// Only what Koers emits. There is no top-level `msteams` (e.g. `width: 'Full'`): Teams accepts it,
// but the Adaptive Card 1.5 schema forbids extra keys on AdaptiveCard, and we validate against it.
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
}

export type CardElement = TextBlock | FactSet;

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  style?: 'default' | 'heading';
  size?: 'small' | 'default' | 'medium' | 'large';
  weight?: 'lighter' | 'default' | 'bolder';
  isSubtle?: boolean;
  spacing?: 'none' | 'small' | 'default' | 'medium' | 'large';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export type CardAction = SubmitAction;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
}

export interface SubmitData {
  verb: string;
  [field: string]: string | number | boolean;
}

export function adaptiveCard(body: CardElement[], actions?: CardAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions ? { actions } : {}),
  };
}

const MARKDOWN_CHARACTERS = /[\\`*_[\]()#<>+\-!~]/g;
const LEADING_LIST_NUMBER = /^(\s*\d+)\./gm;

// `<` is escaped so that `<at>` mention tags and `<https://...>` autolinks stay plain text.
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_CHARACTERS, '\\$&').replace(LEADING_LIST_NUMBER, '$1\\.');
}
