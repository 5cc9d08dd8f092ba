import { existsSync } from 'node:fs';
import { z } from 'zod';
import { settingsSchema, type Settings } from './settings';

export type { Settings } from './settings';

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
  /** Bearer token /metrics asks for; undefined: open in local mode, off in production. */
  metricsToken: string | undefined;
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
    metricsToken: s.METRICS_TOKEN,
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
