import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseKeyring } from './crypto/keyring';

const blankAsMissing = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalText = z.preprocess(blankAsMissing, z.string().trim().optional());

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(blankAsMissing, z.coerce.number().int().min(min).max(max).default(fallback));

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not an IANA time zone, for example Europe/Amsterdam' },
);

const settingsSchema = z
  .object({
    TEAMS_GLOBAL_RPS: integer(1, 1000, 30).describe(
      'proactive messages per second for the app per tenant, shared by all instances',
    ),
    TEAMS_SERVICE_URL: z
      .preprocess(blankAsMissing, z.url().default('https://smba.trafficmanager.net/teams/'))
      .describe('Bot Connector address for opening chats in a tenant Koers has not heard from'),
    TEAMS_SEND_TIMEOUT_MS: integer(500, 120_000, 5_000).describe(
      'how long one proactive send may take before it is retried later',
    ),
    LOGBOEK_REMINDER_DAYS: integer(1, 6, 2).describe(
      'days after the weekly logboek prompt before its one reminder, if nothing came',
    ),
    CHECK_IN_REMINDER_MINUTES: integer(5, 1440, 60).describe(
      'minutes before a check-in that its short reminder goes out (the other comes the day before)',
    ),
    FILE_MAX_MB: integer(1, 100, 25).describe(
      'largest file (MB) a person may send Koers for their logboek, such as a voice message',
    ),
    // Teams wants the answer to a message within about 15 s; the download happens inside the turn.
    FILE_TIMEOUT_MS: integer(1_000, 120_000, 10_000).describe(
      'how long fetching one file sent in the personal chat may take (ms) before Koers gives up',
    ),
    OUTBOX_MAX_ATTEMPTS: integer(1, 50, 8).describe(
      'tries per proactive message before it is given up (dead)',
    ),
    SCHEDULER: z
      .preprocess(blankAsMissing, z.enum(['on', 'off']).default('on'))
      .describe('off: this instance sends nothing by itself (`koers jobs run-due` still does)'),
    NODE_ENV: z
      .preprocess(blankAsMissing, z.enum(['development', 'test', 'production']).optional())
      .describe('production refuses local mode (no MicrosoftAppId)'),
    PORT: integer(0, 65535, 3978).describe('HTTP port for /api/messages and /healthz'),
    HTTP_REQUEST_TIMEOUT_MS: integer(100, 120_000, 10_000).describe(
      'how long a client may take to send its headers, and again its body (ms), before 408',
    ),
    PUBLIC_BASE_URL: z
      .preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).optional())
      .describe(
        'address people reach Koers at, for links such as calendar files; default http://localhost:PORT',
      ),
    DATA_DIR: z
      .preprocess(blankAsMissing, z.string().default('./data'))
      .describe('folder for the SQLite database when DATABASE_URL is not set'),
    DATABASE_URL: z
      .preprocess(
        blankAsMissing,
        z
          .url({
            protocol: /^postgres(ql)?$/,
            message: 'must be a postgres:// or postgresql:// URL',
          })
          .optional(),
      )
      .describe('PostgreSQL connection string; when set, Koers stores everything there'),
    MicrosoftAppId: optionalText.describe('bot app (client) id; empty means local mode'),
    MicrosoftAppPassword: optionalText.describe('bot client secret (not for UserAssignedMSI)'),
    MicrosoftAppType: z
      .preprocess(
        blankAsMissing,
        z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
      )
      .describe('SingleTenant, MultiTenant or UserAssignedMSI'),
    MicrosoftAppTenantId: optionalText.describe(
      'Entra tenant id, required for SingleTenant and MSI',
    ),
    // botbuilder's own names: a Bot Framework setup elsewhere than public Azure sets them so.
    ToBotFromChannelOpenIdMetadataUrl: z
      .preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).optional())
      .describe(
        "where incoming channel tokens' signing keys are listed (OpenID metadata); for sovereign clouds and tests; leave empty for public Azure",
      ),
    ToBotFromChannelTokenIssuer: optionalText.describe(
      'issuer incoming channel tokens must carry; for sovereign clouds and tests; leave empty for public Azure',
    ),
    ToChannelFromBotLoginUrl: z
      .preprocess(blankAsMissing, z.url({ protocol: /^https$/ }).optional())
      .describe(
        'Entra authority, tenant included, Koers gets its own token from for replies; for sovereign clouds and tests; leave empty for public Azure',
      ),
    ToChannelFromBotOAuthScope: optionalText.describe(
      'audience of the token Koers sends with replies; for sovereign clouds and tests; leave empty for public Azure',
    ),
    TAB_SSO_JWKS_URL: z
      .preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).optional())
      .describe(
        "where the dashboard tab fetches Entra's signing keys; default the tenant's https://login.microsoftonline.com/<tenant>/discovery/v2.0/keys",
      ),
    KOERS_ENCRYPTION_KEY: optionalText.describe(
      'keyring for free text at rest, `id:base64` (32 bytes), current first; local mode makes one in DATA_DIR',
    ),
    KOERS_PSEUDONYM_KEY: optionalText.describe(
      'key behind research pseudonyms, `id:base64` (32 bytes), kept apart from the data; local mode makes one in DATA_DIR',
    ),
    LOG_LEVEL: z
      .preprocess(
        blankAsMissing,
        z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      )
      .describe('pino log level'),
    DEFAULT_TIME_ZONE: z
      .preprocess(blankAsMissing, timeZone.default('Europe/Amsterdam'))
      .describe('time zone for people and organisations that have none set'),
    DEFAULT_LOCALE: z
      .preprocess(blankAsMissing, z.enum(['nl-NL', 'en-US', 'en-GB']).default('nl-NL'))
      .describe('language when Teams does not tell us one'),
  })
  .superRefine(
    (settings, ctx) => {
      const issue = (path: string, message: string) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      for (const key of ['KOERS_ENCRYPTION_KEY', 'KOERS_PSEUDONYM_KEY'] as const) {
        const value = settings[key];
        if (!value) continue;
        try {
          parseKeyring(value);
        } catch (err) {
          issue(key, err instanceof Error ? err.message : 'is not a valid keyring');
        }
      }
      if (!settings.MicrosoftAppId) {
        if (settings.NODE_ENV === 'production') {
          issue('MicrosoftAppId', 'is required in production; without it authentication is off');
        }
        return;
      }
      for (const key of ['KOERS_ENCRYPTION_KEY', 'KOERS_PSEUDONYM_KEY'] as const) {
        if (!settings[key]) issue(key, 'is required outside local mode (keep it in Key Vault)');
      }
      if (settings.MicrosoftAppType !== 'UserAssignedMSI' && !settings.MicrosoftAppPassword) {
        issue(
          'MicrosoftAppPassword',
          `is required when MicrosoftAppType is ${settings.MicrosoftAppType}`,
        );
      }
      if (settings.MicrosoftAppType !== 'MultiTenant' && !settings.MicrosoftAppTenantId) {
        issue(
          'MicrosoftAppTenantId',
          `is required when MicrosoftAppType is ${settings.MicrosoftAppType}`,
        );
      }
    },
    // zod 4 skips refinements once a field failed; these rules read only the fields below, so run
    // them anyway and report every problem in one go.
    {
      when: (payload) =>
        !payload.issues.some((i) => ['NODE_ENV', 'MicrosoftAppType'].includes(String(i.path?.[0]))),
    },
  );

export type Settings = z.infer<typeof settingsSchema>;

export interface Config {
  mode: 'local' | 'production';
  port: number;
  /** A slow client gets this long for its headers, and again for its body. */
  requestTimeoutMs: number;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: Settings['LOG_LEVEL'];
  defaultTimeZone: string;
  defaultLocale: Settings['DEFAULT_LOCALE'];
  logboek: { reminderDelayDays: number };
  /** Where people reach this server from outside, without a trailing slash. */
  publicBaseUrl: string;
  checkIn: { reminderMinutes: number };
  /** Files people send in the personal chat: size limit and download timeout. */
  files: { maxMegabytes: number; timeoutMs: number };
  /** Secrets; undefined in local mode, where key files in dataDir stand in. */
  keys: { encryption: string | undefined; pseudonym: string | undefined };
  delivery: {
    globalPerSecond: number;
    defaultServiceUrl: string;
    maxAttempts: number;
    sendTimeoutMs: number;
    scheduler: boolean;
  };
  bot: {
    appId: string;
    appPassword: string;
    appType: Settings['MicrosoftAppType'];
    tenantId: string;
    /** botbuilder's endpoint settings under their own names, only those that are set. */
    cloud: Partial<Record<CloudSetting, string>>;
  };
  /** Checking the dashboard tab's SSO tokens: Entra's keys, and whom a token must be for. */
  tab: { jwksUrl: string; audiences: string[] };
}

const cloudSettings = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
] as const;

export type CloudSetting = (typeof cloudSettings)[number];

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Koers cannot start, the settings are wrong:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
}

/** Every setting with its one-line description, for .env.example and `koers doctor`. */
export const settingDescriptions = Object.entries(settingsSchema.shape).map(([name, schema]) => ({
  name,
  description: schema.description ?? '',
}));

/** Reads `.env` from the working folder when there is one; real environment variables win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || '(settings)'}: ${issue.message}`,
      ),
    );
  }
  const s = parsed.data;
  return {
    mode: s.MicrosoftAppId ? 'production' : 'local',
    port: s.PORT,
    requestTimeoutMs: s.HTTP_REQUEST_TIMEOUT_MS,
    dataDir: s.DATA_DIR,
    databaseUrl: s.DATABASE_URL,
    logLevel: s.LOG_LEVEL,
    defaultTimeZone: s.DEFAULT_TIME_ZONE,
    defaultLocale: s.DEFAULT_LOCALE,
    logboek: { reminderDelayDays: s.LOGBOEK_REMINDER_DAYS },
    publicBaseUrl: publicBaseUrlOf(s),
    checkIn: { reminderMinutes: s.CHECK_IN_REMINDER_MINUTES },
    files: { maxMegabytes: s.FILE_MAX_MB, timeoutMs: s.FILE_TIMEOUT_MS },
    keys: { encryption: s.KOERS_ENCRYPTION_KEY, pseudonym: s.KOERS_PSEUDONYM_KEY },
    delivery: {
      globalPerSecond: s.TEAMS_GLOBAL_RPS,
      defaultServiceUrl: s.TEAMS_SERVICE_URL,
      maxAttempts: s.OUTBOX_MAX_ATTEMPTS,
      sendTimeoutMs: s.TEAMS_SEND_TIMEOUT_MS,
      scheduler: s.SCHEDULER === 'on',
    },
    bot: {
      appId: s.MicrosoftAppId ?? '',
      appPassword: s.MicrosoftAppPassword ?? '',
      appType: s.MicrosoftAppType,
      tenantId: s.MicrosoftAppTenantId ?? '',
      cloud: Object.fromEntries(
        cloudSettings.flatMap((name) => (s[name] ? [[name, s[name]]] : [])),
      ),
    },
    tab: tabSsoOf(s),
  };
}

/** Teams asks Entra for a token for the app's `api://<host>/<app id>` (the manifest's resource). */
function tabSsoOf(s: Settings): Config['tab'] {
  const appId = s.MicrosoftAppId ?? '';
  const host = new URL(publicBaseUrlOf(s)).hostname;
  const tenant = s.MicrosoftAppTenantId ?? 'common';
  return {
    jwksUrl:
      s.TAB_SSO_JWKS_URL ?? `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
    audiences: appId ? [`api://${host}/${appId}`, appId] : [],
  };
}

function publicBaseUrlOf(s: Pick<Settings, 'PUBLIC_BASE_URL' | 'PORT'>): string {
  return (s.PUBLIC_BASE_URL ?? `http://localhost:${s.PORT}`).replace(/\/+$/, '');
}

const appPackageSettingsSchema = z.object({
  MicrosoftAppId: settingsSchema.shape.MicrosoftAppId,
  PUBLIC_BASE_URL: settingsSchema.shape.PUBLIC_BASE_URL,
  PORT: settingsSchema.shape.PORT,
});

/** What the Teams app package needs: the app id and the public address. */
export interface AppPackageConfig {
  appId: string;
  publicBaseUrl: string;
}

/**
 * The settings `npm run package` reads. Only these: building the zip on an admin's machine should
 * not need the bot's secrets, which `loadConfig` rightly demands once an app id is set.
 */
export function loadAppPackageConfig(
  env: Record<string, string | undefined> = process.env,
): AppPackageConfig {
  const parsed = appPackageSettingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return { appId: parsed.data.MicrosoftAppId ?? '', publicBaseUrl: publicBaseUrlOf(parsed.data) };
}
