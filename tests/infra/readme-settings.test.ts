import { readFileSync } from 'node:fs';
import { settingDescriptions } from '../../infra/config';

/** The setting names in the first column of the README's tables under "## Settings". */
function readmeSettings(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Settings\n')) ?? '';
  return [...section.matchAll(/^\| `([A-Za-z_]+)` +\|/gm)].map((m) => m[1] ?? '');
}

describe("the README's settings table", () => {
  it('when a newcomer reads it, then it lists every setting Koers reads, and only those', () => {
    const schema = settingDescriptions.map((s) => s.name).sort();
    expect(readmeSettings().sort()).toEqual(schema);
  });
});
