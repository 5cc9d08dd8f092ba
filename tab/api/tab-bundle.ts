import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where `npm run build:tab` writes the page's script: dist/tab/app.js under the package root.
 * Found from this file upwards, so it is the same file whether Koers runs from dist or, in
 * tests, from the TypeScript sources.
 */
export function tabBundlePath(from: string = __dirname): string {
  let folder = from;
  while (!existsSync(join(folder, 'package.json')) && dirname(folder) !== folder) {
    folder = dirname(folder);
  }
  return join(folder, 'dist', 'tab', 'app.js');
}
