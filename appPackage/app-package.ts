import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppPackageConfig } from '../infra/config';
import { colorIcon, outlineIcon } from './icons';
import {
  buildLocalization,
  buildManifest,
  COLOR_ICON,
  LOCALIZATION_FILE,
  OUTLINE_ICON,
  PLACEHOLDER_APP_ID,
} from './manifest';
import { zip } from './zip';

export const PACKAGE_FILE = 'koers.zip';

const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

export interface AppPackage {
  zipPath: string;
  manifest: ReturnType<typeof buildManifest>;
  /** What an admin should know before uploading this zip. */
  warnings: string[];
}

/** Builds manifest.json, nl.json and the icons from the settings and zips them into `outDir`. */
export function writeAppPackage(
  config: AppPackageConfig,
  outDir: string,
  version: string,
): AppPackage {
  const warnings: string[] = [];
  let appId = config.appId;
  if (!appId) {
    appId = PLACEHOLDER_APP_ID;
    warnings.push(
      `MicrosoftAppId is not set (local mode): the package carries the placeholder id ${PLACEHOLDER_APP_ID}, ` +
        'which Teams will not accept. Set MicrosoftAppId to the bot app (client) id for a real package.',
    );
  } else if (!GUID.test(appId)) {
    throw new Error(`MicrosoftAppId must be the app (client) id, a GUID; it is "${appId}"`);
  }
  const base = new URL(config.publicBaseUrl);
  if (base.protocol !== 'https:' || base.hostname === 'localhost') {
    warnings.push(
      `PUBLIC_BASE_URL is ${config.publicBaseUrl}: Teams loads the tab and checks SSO only over ` +
        'https on a public host. Set PUBLIC_BASE_URL to the address Teams reaches Koers at.',
    );
  }
  const manifest = buildManifest({ appId, publicBaseUrl: config.publicBaseUrl, version });
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const archive = zip([
    { name: 'manifest.json', data: json(manifest) },
    { name: LOCALIZATION_FILE, data: json(buildLocalization('nl')) },
    { name: COLOR_ICON, data: colorIcon() },
    { name: OUTLINE_ICON, data: outlineIcon() },
  ]);
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, PACKAGE_FILE);
  writeFileSync(zipPath, archive);
  return { zipPath, manifest, warnings };
}
