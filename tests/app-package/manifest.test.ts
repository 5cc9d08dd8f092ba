import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { writeAppPackage, type AppPackage } from '../../appPackage/app-package';
import { PLACEHOLDER_APP_ID, type buildManifest } from '../../appPackage/manifest';
import { recognize } from '../../bot/commands';
import { loadAppPackageConfig } from '../../infra/config';
import { readZip } from './read-zip';

const APP_ID = '3f6c1a52-8d4e-4b7a-9c1e-2a5b7d9e0f13';
const BASE = 'https://koers.example.nl';
const schemaDir = join(__dirname, '../../appPackage/schema/v1.30');

// The Teams schemas put maxLength next to $ref; draft-04 would ignore it, Teams does not.
const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: true });
ajv.addMetaSchema(draft04);
const schema = (file: string) => JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object;
const validateManifest = ajv.compile(schema('MicrosoftTeams.schema.json'));
const validateLocalization = ajv.compile(schema('MicrosoftTeams.Localization.schema.json'));

const problems = (validate: Ajv.ValidateFunction, data: unknown): string =>
  validate(data) ? '' : ajv.errorsText(validate.errors, { separator: '\n' });

const dirs: string[] = [];
function packageWith(env: Record<string, string>): AppPackage & { files: Map<string, Buffer> } {
  const dir = mkdtempSync(join(tmpdir(), 'koers-package-'));
  dirs.push(dir);
  const result = writeAppPackage(loadAppPackageConfig(env), dir, '1.2.3');
  return { ...result, files: readZip(readFileSync(result.zipPath)) };
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

type Manifest = ReturnType<typeof buildManifest>;
type Strings = Record<string, string>;
type CommandList = Manifest['bots'][number]['commandLists'][number];

const json = <T>(files: Map<string, Buffer>, name: string): T =>
  JSON.parse(files.get(name)?.toString('utf8') ?? 'null') as T;

/** Width, height, colour type and pixels (RGBA rows) of an 8-bit PNG with filter 0 rows. */
function decodePng(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixel = (x: number, y: number) => {
    const at = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(at, at + 4)];
  };
  return { width, height, colourType: png[25], pixel };
}

describe('the Teams app package', () => {
  let built: ReturnType<typeof packageWith>;
  let manifest: Manifest;
  let nl: Strings;
  beforeAll(() => {
    built = packageWith({ MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: `${BASE}/` });
    manifest = json<Manifest>(built.files, 'manifest.json');
    nl = json<Strings>(built.files, 'nl.json');
  });

  it('when built with an app id and a public address, then the zip holds the four files', () => {
    expect([...built.files.keys()].sort()).toEqual([
      'color.png',
      'manifest.json',
      'nl.json',
      'outline.png',
    ]);
    expect(built.warnings).toEqual([]);
  });

  it('when validated against the published Teams 1.30 schema, then the manifest passes', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(problems(validateManifest, manifest)).toBe('');
  });

  it('when the Dutch strings are validated, then they pass and name parts that exist', () => {
    expect(problems(validateLocalization, nl)).toBe('');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'nl', file: 'nl.json' },
    ]);
    for (const key of Object.keys(nl).filter((k) => k !== '$schema')) {
      const value = key
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], manifest);
      expect({ key, present: typeof value === 'string' }).toEqual({ key, present: true });
    }
  });

  it('when something breaks the schema, then the validator says so', () => {
    const broken: Partial<Manifest> = structuredClone(manifest);
    delete broken.developer;
    broken.bots![0]!.scopes = ['everyone'];
    const said = problems(validateManifest, broken);
    expect(said).toMatch(/developer/);
    expect(said).toMatch(/scopes/);
  });

  it('when it names the bot, the tab and SSO, then they come from the settings', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toContain('koers.example.nl');
    expect(manifest.webApplicationInfo).toEqual({
      id: APP_ID,
      resource: `api://koers.example.nl/${APP_ID}`,
    });
    const bot = manifest.bots[0]!;
    expect(bot).toMatchObject({ botId: APP_ID, supportsFiles: true });
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const dashboard = manifest.staticTabs.find((t) => t.entityId === 'dashboard');
    expect(dashboard).toMatchObject({
      name: 'Dashboard',
      contentUrl: `${BASE}/tab`,
      scopes: ['personal'],
    });
  });

  it.each<['en' | 'nl', () => CommandList[]]>([
    ['en', () => manifest.bots[0]!.commandLists],
    [
      'nl',
      () =>
        manifest.bots[0]!.commandLists.map((list, i) => ({
          ...list,
          commands: list.commands.map((_, j) => ({
            title: nl[`bots[0].commandLists[${i}].commands[${j}].title`] ?? '',
            description: nl[`bots[0].commandLists[${i}].commands[${j}].description`] ?? '',
          })),
        })),
    ],
  ])('when someone picks a %s menu command, then Koers recognizes that word', (language, lists) => {
    const scopes = lists().flatMap((list) => list.scopes);
    expect([...scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists()) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const { title, description } of list.commands) {
        const command = recognize(title)?.command;
        expect({ title, word: command?.word[language] }).toEqual({
          title,
          word: title,
        });
        expect(recognize(title)?.args).toBe('');
        expect(description.length).toBeGreaterThan(0);
        expect(description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('when Teams shows the icons, then they are a 192 px colour icon and a 32 px white outline', () => {
    const color = decodePng(built.files.get('color.png')!);
    expect([color.width, color.height, color.colourType]).toEqual([192, 192, 6]);
    expect(color.pixel(0, 0)[3]).toBe(255);
    const outline = decodePng(built.files.get('outline.png')!);
    expect([outline.width, outline.height, outline.colourType]).toEqual([32, 32, 6]);
    expect(outline.pixel(0, 0)[3]).toBe(0);
    let drawn = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a === 0) continue;
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]);
      }
    }
    expect(drawn).toBeGreaterThan(100);
  });
});

describe('packaging without an app id', () => {
  it('when in local mode, then the placeholder id is used and a warning says so', () => {
    const built = packageWith({});
    const manifest = json<Manifest>(built.files, 'manifest.json');
    expect(manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(PLACEHOLDER_APP_ID);
    expect(manifest.validDomains).toEqual(['localhost']);
    expect(built.warnings.join('\n')).toMatch(/MicrosoftAppId is not set/);
    expect(built.warnings.join('\n')).toMatch(/PUBLIC_BASE_URL/);
    expect(problems(validateManifest, manifest)).toBe('');
  });

  it('when the app id is not a GUID, then packaging refuses with the setting named', () => {
    expect(() => packageWith({ MicrosoftAppId: 'koers-bot', PUBLIC_BASE_URL: BASE })).toThrow(
      /MicrosoftAppId must be the app \(client\) id/,
    );
  });
});
