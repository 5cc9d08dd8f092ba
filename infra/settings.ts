import { z } from 'zod';
import { parseKeyring } from './crypto/keyring';

/**
 * Every setting Koers reads, with its rules and one-line description: the one shape of the
 * environment. `infra/config.ts` reads it and turns it into the Config the code uses.
 */

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

export const settingsSchema = z
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
    METRICS_TOKEN: optionalText.describe(
      'bearer token /metrics asks for; in production /metrics is off without it',
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
