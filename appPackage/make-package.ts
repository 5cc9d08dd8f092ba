import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadAppPackageConfig, loadDotEnv } from '../infra/config';
import { writeAppPackage } from './app-package';

/** `npm run package`: writes appPackage/build/koers.zip from the settings (and `.env`). */
function main(): number {
  loadDotEnv();
  try {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const result = writeAppPackage(loadAppPackageConfig(), resolve('appPackage', 'build'), version);
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    const { id, validDomains } = result.manifest;
    console.log(`wrote ${result.zipPath} (app id ${id}, valid domain ${validDomains.join(', ')})`);
    return 0;
  } catch (err) {
    console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
    return 1;
  }
}

process.exitCode = main();
