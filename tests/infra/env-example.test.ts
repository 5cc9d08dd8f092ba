import { readFileSync } from 'node:fs';
import { loadConfig, settingDescriptions } from '../../infra/config';

const example = readFileSync('.env.example', 'utf8');

describe('.env.example', () => {
  it.each(settingDescriptions.map((s) => s.name))(
    'when a newcomer reads it, then %s is there',
    (name) => {
      expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
    },
  );

  it('when copied as it is, then Koers starts in local mode', () => {
    const env = Object.fromEntries(
      example
        .split('\n')
        .filter((line) => /^[A-Za-z_]+=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
    );
    expect(loadConfig(env)).toMatchObject({ mode: 'local', port: 3978 });
  });
});
