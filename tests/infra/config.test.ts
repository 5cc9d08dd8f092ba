import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, settingDescriptions } from '../../infra/config';
import { openConfiguredDatabase } from '../../infra/storage/database';

type Env = Record<string, string | undefined>;

const secrets: Env = {
  KOERS_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
  KOERS_PSEUDONYM_KEY: `p1:${Buffer.alloc(32, 9).toString('base64')}`,
};

const multiTenantBot: Env = {
  ...secrets,
  MicrosoftAppId: '00000000-0000-0000-0000-00000000a991',
  MicrosoftAppPassword: 'client-secret',
  MicrosoftAppType: 'MultiTenant',
};

/** The problems loadConfig reports; fails the test when it accepts the settings. */
function problemsFor(env: Env): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

/** The variable each problem names, from "VARIABLE: reason". */
function namedIn(problems: string[]): string[] {
  return problems.map((problem) => problem.split(':')[0] ?? '');
}

describe('loadConfig', () => {
  it('when nothing is set, then Koers runs locally on SQLite with Dutch defaults', () => {
    expect(loadConfig({})).toMatchObject({
      mode: 'local',
      port: 3978,
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      defaultTimeZone: 'Europe/Amsterdam',
      defaultLocale: 'nl-NL',
      bot: { appId: '', appPassword: '', appType: 'SingleTenant', tenantId: '' },
    });
  });

  it.each(settingDescriptions.map(({ name }) => name))(
    'when %s is blank, then it counts as unset',
    (name) => {
      expect(loadConfig({ [name]: '' })).toEqual(loadConfig({}));
      expect(loadConfig({ [name]: '   ' })).toEqual(loadConfig({}));
    },
  );

  it('when DATABASE_URL is unset, then storage is a SQLite file in DATA_DIR', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'koers-config-'));
    try {
      const database = openConfiguredDatabase(loadConfig({ DATA_DIR: dataDir }));
      await database.close();
      expect(database.kind).toBe('sqlite');
      expect(existsSync(join(dataDir, 'koers.sqlite'))).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.each(['postgres://koers:secret@db.example.nl:5432/koers', 'postgresql://db/koers'])(
    'when DATABASE_URL is %s, then storage is PostgreSQL at that URL',
    async (url) => {
      const config = loadConfig({ DATABASE_URL: url });
      expect(config.databaseUrl).toBe(url);
      // The pg pool connects lazily, so opening and closing it needs no server.
      const database = openConfiguredDatabase(config);
      await database.close();
      expect(database.kind).toBe('postgres');
    },
  );

  it.each(['mysql://koers@db/koers', 'not a url', 'db.example.nl:5432'])(
    'when DATABASE_URL is %s, then the problem names DATABASE_URL',
    (url) => {
      const problems = problemsFor({ DATABASE_URL: url });
      expect(namedIn(problems)).toEqual(['DATABASE_URL']);
      expect(problems[0]).toMatch(/postgres/);
    },
  );

  it.each(['abc', '70000', '-1', '80.5'])(
    'when PORT is %s, then the problem names PORT',
    (port) => {
      expect(namedIn(problemsFor({ PORT: port }))).toEqual(['PORT']);
    },
  );

  it('when PORT is a number, then that port is used', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('when DEFAULT_TIME_ZONE is not a time zone, then the problem names it', () => {
    const problems = problemsFor({ DEFAULT_TIME_ZONE: 'Amsterdam' });
    expect(namedIn(problems)).toEqual(['DEFAULT_TIME_ZONE']);
    expect(problems[0]).toContain('Europe/Amsterdam');
  });

  it('when DEFAULT_TIME_ZONE is another IANA zone, then it is used', () => {
    expect(loadConfig({ DEFAULT_TIME_ZONE: 'Europe/Brussels' }).defaultTimeZone).toBe(
      'Europe/Brussels',
    );
  });

  it('when several values are wrong, then every one is named at once', () => {
    const problems = problemsFor({
      PORT: 'abc',
      DATABASE_URL: 'mysql://db/koers',
      DEFAULT_TIME_ZONE: 'Nowhere/Land',
      LOG_LEVEL: 'loud',
      DEFAULT_LOCALE: 'fr-FR',
    });
    expect(namedIn(problems).sort()).toEqual(
      ['DATABASE_URL', 'DEFAULT_LOCALE', 'DEFAULT_TIME_ZONE', 'LOG_LEVEL', 'PORT'].sort(),
    );
  });

  it('when a value is wrong and the bot login is incomplete, then both are named at once', () => {
    const problems = problemsFor({ PORT: 'abc', ...secrets, MicrosoftAppId: 'app-id' });
    expect(namedIn(problems).sort()).toEqual(
      ['MicrosoftAppPassword', 'MicrosoftAppTenantId', 'PORT'].sort(),
    );
  });

  it('when settings are refused, then the error message lists each problem', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { message, problems } = caught as ConfigError;
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem).toMatch(/^\w+: \S/);
      expect(message).toContain(problem);
    }
  });

  it('when MicrosoftAppId is set without a password (SingleTenant), then password and tenant are named', () => {
    expect(namedIn(problemsFor({ ...secrets, MicrosoftAppId: 'app-id' })).sort()).toEqual(
      ['MicrosoftAppPassword', 'MicrosoftAppTenantId'].sort(),
    );
  });

  it('when a SingleTenant bot has id, password and tenant, then Koers runs in production mode', () => {
    const config = loadConfig({
      ...secrets,
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'client-secret',
      MicrosoftAppTenantId: 'tenant-id',
    });
    expect(config.mode).toBe('production');
    expect(config.bot).toEqual({
      appId: 'app-id',
      appPassword: 'client-secret',
      appType: 'SingleTenant',
      tenantId: 'tenant-id',
      cloud: {},
    });
  });

  it('when a MultiTenant bot has id and password, then Koers runs in production mode without a tenant', () => {
    const config = loadConfig(multiTenantBot);
    expect(config.mode).toBe('production');
    expect(config.bot).toEqual({
      appId: multiTenantBot.MicrosoftAppId,
      appPassword: 'client-secret',
      appType: 'MultiTenant',
      tenantId: '',
      cloud: {},
    });
  });

  it('when botbuilder endpoint settings are set, then only those reach the bot, under their own names', () => {
    const config = loadConfig({
      ...multiTenantBot,
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.test',
      ToChannelFromBotOAuthScope: ' ',
    });
    expect(config.bot.cloud).toEqual({
      ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:4000/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.test',
    });
  });

  it('when ToChannelFromBotLoginUrl is not https, then it is named (MSAL only trusts https)', () => {
    const problems = problemsFor({
      ...multiTenantBot,
      ToChannelFromBotLoginUrl: 'http://login.example/tenant',
    });
    expect(namedIn(problems)).toEqual(['ToChannelFromBotLoginUrl']);
  });

  it('when a MultiTenant bot has no password, then only the password is named', () => {
    const problems = problemsFor({ ...multiTenantBot, MicrosoftAppPassword: undefined });
    expect(namedIn(problems)).toEqual(['MicrosoftAppPassword']);
  });

  it('when a UserAssignedMSI bot has no tenant, then only the tenant is named', () => {
    const problems = problemsFor({
      ...secrets,
      MicrosoftAppId: 'app-id',
      MicrosoftAppType: 'UserAssignedMSI',
    });
    expect(namedIn(problems)).toEqual(['MicrosoftAppTenantId']);
  });

  it('when a UserAssignedMSI bot has a tenant but no password, then it is accepted', () => {
    const config = loadConfig({
      ...secrets,
      MicrosoftAppId: 'app-id',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppTenantId: 'tenant-id',
    });
    expect(config.mode).toBe('production');
    expect(config.bot.appPassword).toBe('');
  });

  it('when MicrosoftAppType is unknown, then the problem names MicrosoftAppType', () => {
    const problems = problemsFor({ ...multiTenantBot, MicrosoftAppType: 'AnyTenant' });
    expect(namedIn(problems)).toEqual(['MicrosoftAppType']);
  });

  it.each([{}, { MicrosoftAppId: '  ' }])(
    'when NODE_ENV is production without MicrosoftAppId (%j), then local mode is refused',
    (bot) => {
      expect(namedIn(problemsFor({ NODE_ENV: 'production', ...bot }))).toEqual(['MicrosoftAppId']);
    },
  );

  it('when NODE_ENV is production with a complete bot login, then it is accepted', () => {
    expect(loadConfig({ NODE_ENV: 'production', ...multiTenantBot }).mode).toBe('production');
  });

  it('when a bot login has no encryption or pseudonym key, then both keys are named', () => {
    const problems = problemsFor({
      ...multiTenantBot,
      ...{ KOERS_ENCRYPTION_KEY: '', KOERS_PSEUDONYM_KEY: '' },
    });
    expect(namedIn(problems).sort()).toEqual(['KOERS_ENCRYPTION_KEY', 'KOERS_PSEUDONYM_KEY']);
  });

  it('when a key is malformed, then it is named without printing the key', () => {
    const problems = problemsFor({ KOERS_ENCRYPTION_KEY: 'k1:c2hvcnQta2V5' });
    expect(namedIn(problems)).toEqual(['KOERS_ENCRYPTION_KEY']);
    expect(problems.join(' ')).not.toContain('c2hvcnQta2V5');
  });

  it('when NODE_ENV is development without MicrosoftAppId, then Koers runs locally', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).mode).toBe('local');
  });
});

describe('settingDescriptions', () => {
  const everySetting = [
    'NODE_ENV',
    'PORT',
    'DATA_DIR',
    'DATABASE_URL',
    'MicrosoftAppId',
    'MicrosoftAppPassword',
    'MicrosoftAppType',
    'MicrosoftAppTenantId',
    'LOG_LEVEL',
    'DEFAULT_TIME_ZONE',
    'DEFAULT_LOCALE',
  ];

  it('when listed, then every setting appears once', () => {
    const names = settingDescriptions.map(({ name }) => name);
    expect(names).toEqual(expect.arrayContaining(everySetting));
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(settingDescriptions)('when listed, then $name has a description', ({ description }) => {
    expect(description.trim()).not.toBe('');
  });
});
