import type { Language } from '../domain/language';
import { commandLists } from './command-lists';
import { ACCENT_COLOR } from './icons';

/** The Teams manifest schema the package follows; its JSON schema is kept in ./schema. */
export const MANIFEST_VERSION = '1.30';
/** Stands in for the app id in local mode: Teams will not accept a package that has it. */
export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
export const LOCALIZATION_FILE = 'nl.json';
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';

const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;

export interface ManifestInput {
  /** The bot's Entra app (client) id; the Teams app, the bot and tab SSO share it. */
  appId: string;
  /** Where Teams reaches Koers, without a trailing slash. */
  publicBaseUrl: string;
  /** The app's version (semver); Teams wants a higher one for every update. */
  version: string;
}

const texts: Record<Language, { name: [string, string]; description: [string, string] }> = {
  en: {
    name: ['Koers', 'Koers: career guidance teams at school'],
    description: [
      'Weekly logbook, coaching check-ins and polls for career guidance teams',
      'Koers supports the career guidance (LOB) team of a Dutch school: the aanjager, their ' +
        'maatje and their teamcoach. Each keeps a short weekly logbook at a moment they chose, ' +
        'the teamcoach plans check-ins that end in agreed actions, and short polls ask teachers ' +
        'how the work is going. Everything is kept under informed consent for the researchers ' +
        'who study it, with pseudonyms in every export. Koers speaks Dutch, and English when ' +
        'Teams does.',
    ],
  },
  nl: {
    name: ['Koers', 'Koers: LOB-teams op school'],
    description: [
      'Wekelijks logboek, coaching en peilingen voor LOB-teams',
      'Koers ondersteunt het LOB-team van een school: de aanjager, het maatje en de teamcoach. ' +
        'Ieder houdt op een zelfgekozen moment een kort wekelijks logboek bij, de teamcoach ' +
        'plant check-ins die eindigen in afspraken, en korte peilingen vragen docenten hoe het ' +
        'werk gaat. Alles gebeurt met geïnformeerde toestemming voor de onderzoekers die het ' +
        'werk bestuderen, en elke export is gepseudonimiseerd. Koers spreekt Nederlands, en ' +
        'Engels als Teams dat doet.',
    ],
  },
};

/** The chat tab first, then the dashboard: the localization file names the tab by position. */
const DASHBOARD_TAB = 1;

/** manifest.json: English by default, with the Dutch strings in nl.json. */
export function buildManifest(input: ManifestInput) {
  const base = input.publicBaseUrl;
  const host = new URL(base).hostname;
  const text = texts.en;
  return {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: input.version,
    id: input.appId,
    localizationInfo: {
      defaultLanguageTag: 'en',
      additionalLanguages: [{ languageTag: 'nl', file: LOCALIZATION_FILE }],
    },
    developer: {
      name: 'Koers',
      websiteUrl: base,
      privacyUrl: `${base}/privacy`,
      termsOfUseUrl: `${base}/terms`,
    },
    name: { short: text.name[0], full: text.name[1] },
    description: { short: text.description[0], full: text.description[1] },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: input.appId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: commandLists('en'),
      },
    ],
    staticTabs: [
      // Reserved ids: the bot's chat and the About page, placed explicitly around the dashboard.
      { entityId: 'conversations', scopes: ['personal'] },
      {
        entityId: 'dashboard',
        name: 'Dashboard',
        contentUrl: `${base}/tab`,
        websiteUrl: `${base}/tab`,
        scopes: ['personal'],
      },
      { entityId: 'about', scopes: ['personal'] },
    ],
    validDomains: [host],
    webApplicationInfo: { id: input.appId, resource: `api://${host}/${input.appId}` },
  };
}

/** nl.json: the Dutch name, description, tab name and command menus. */
export function buildLocalization(language: Language = 'nl'): Record<string, string> {
  const text = texts[language];
  const strings: Record<string, string> = {
    $schema: `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`,
    'name.short': text.name[0],
    'name.full': text.name[1],
    'description.short': text.description[0],
    'description.full': text.description[1],
    [`staticTabs[${DASHBOARD_TAB}].name`]: 'Dashboard',
  };
  commandLists(language).forEach((list, i) =>
    list.commands.forEach((command, j) => {
      strings[`bots[0].commandLists[${i}].commands[${j}].title`] = command.title;
      strings[`bots[0].commandLists[${i}].commands[${j}].description`] = command.description;
    }),
  );
  return strings;
}
