// Only what Koers emits. There is no top-level `msteams` (e.g. `width: 'Full'`): Teams accepts it,
// but the Adaptive Card 1.5 schema forbids extra keys on AdaptiveCard, and we validate against it.
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: Refresh;
}

/**
 * Universal Actions: Teams runs `action` for each of `userIds` (at most 60) when they see the card
 * and shows them the card the bot answers with, so one message gives everyone their own view.
 */
export interface Refresh {
  action: { type: 'Action.Execute'; verb: string; data: SubmitData };
  userIds: string[];
}

export type CardElement =
  | TextBlock
  | FactSet
  | TextInput
  | ToggleInput
  | ChoiceSetInput
  | ActionSet
  | TimeInput
  | DateInput
  | HorizontalBarChart
  | Container;

/** A group of elements; with an id, a ToggleVisibility button can show or hide it. */
export interface Container {
  type: 'Container';
  id?: string;
  isVisible?: boolean;
  items: CardElement[];
  spacing?: TextBlock['spacing'];
}

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

/**
 * Teams' bar chart (Adaptive Card charts are a Teams extension, not in the 1.5 schema): clients
 * that cannot draw it show `fallback`, so the same numbers are always there as text.
 */
export interface HorizontalBarChart {
  type: 'Chart.HorizontalBar';
  title: string;
  data: { x: string; y: number }[];
  fallback: TextBlock;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

// Buttons beside the line they belong to. Teams shows at most six card-level actions and moves
// the rest into an overflow menu; each ActionSet has its own six.
export interface ActionSet {
  type: 'ActionSet';
  actions: (CardAction | ToggleVisibilityAction | OpenUrlAction)[];
  spacing?: TextBlock['spacing'];
}

// Input labels are plain text; toggle and choice titles are markdown in Teams' web renderer
// (useMarkdownInRadioButtonAndCheckbox), so user text there is escaped like in a TextBlock.
export interface TextInput {
  type: 'Input.Text';
  id: string;
  label: string;
  isMultiline?: boolean;
  maxLength?: number;
  value?: string;
  spacing?: TextBlock['spacing'];
}

export interface ToggleInput {
  type: 'Input.Toggle';
  id: string;
  title: string;
  value: 'true' | 'false';
  valueOn: 'true';
  valueOff: 'false';
  wrap: true;
}

/** Teams sends the value as `HH:mm`. */
export interface TimeInput {
  type: 'Input.Time';
  id: string;
  label: string;
  value?: string;
}

/** Teams sends the value as `YYYY-MM-DD`, or '' when left empty. */
export interface DateInput {
  type: 'Input.Date';
  id: string;
  label: string;
  value?: string;
}

export interface ChoiceSetInput {
  type: 'Input.ChoiceSet';
  id: string;
  label: string;
  choices: { title: string; value: string }[];
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded';
  /** For a multi-select: the chosen values joined by commas, as Teams also sends them. */
  value?: string;
  wrap: true;
  spacing?: TextBlock['spacing'];
}

export type CardAction = SubmitAction | ExecuteAction;

/** `none`: the button sends only its data, not what was typed in the card's inputs. */
export type AssociatedInputs = 'auto' | 'none';

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
  associatedInputs?: AssociatedInputs;
}

/**
 * Universal Actions: Teams sends an `adaptiveCard/action` invoke whose `value.action.data` is
 * `data` merged with the inputs, and shows the card the bot answers with in place of this one.
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: SubmitData;
  associatedInputs?: AssociatedInputs;
  /** 'positive': the card's primary button. */
  style?: 'positive';
  /** Clients without Universal Actions render this instead; it submits the same data. */
  fallback: SubmitAction;
}

/** Shows or hides elements on the card itself; nothing goes to the bot. */
export interface ToggleVisibilityAction {
  type: 'Action.ToggleVisibility';
  title: string;
  targetElements: string[];
}

/** Opens a web address (such as a calendar file) in the browser; it submits nothing. */
export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/** A card with links among its buttons; kept apart so every CardAction still carries data. */
export type LinkedCard = Omit<AdaptiveCard, 'actions'> & {
  actions?: (CardAction | OpenUrlAction)[];
};

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

/**
 * An Action.Execute with the equivalent Action.Submit as its fallback (Microsoft's advice for
 * Teams). `data.verb` is repeated in the data, so the invoke's `action.data` and the fallback's
 * `activity.value` parse with the same schema.
 */
export function executeAction(
  title: string,
  data: SubmitData,
  associatedInputs?: AssociatedInputs,
): ExecuteAction {
  const inputs = associatedInputs ? { associatedInputs } : {};
  return {
    type: 'Action.Execute',
    title,
    verb: data.verb,
    data: { ...data },
    ...inputs,
    fallback: { type: 'Action.Submit', title, data: { ...data }, ...inputs },
  };
}

// What Teams' card and message markdown turns into markup (Microsoft's "Format cards in Teams"):
// **bold**, _italic_ and *italic*, [links](url), a list at the start of a line ("- x", "1. x"),
// and `<at>` mention tags. Only that is escaped, and only in what people typed: Teams shows a
// backslash before anything else as it is ("check\-in", "teamdag\!"), so fixed texts carry none.
const MARKUP = /\\(?=[\\*_[\]<])|[*_[\]]|<(?=[A-Za-z/!?])/g;
const LIST_MARKER = /^(\s*)(\d+\.|[-+])(?=\s|$)/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKUP, '\\$&')
    .replace(
      LIST_MARKER,
      (_, indent: string, marker: string) => `${indent}${marker.slice(0, -1)}\\${marker.slice(-1)}`,
    );
}
