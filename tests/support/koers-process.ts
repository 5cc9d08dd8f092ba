import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Child-process tests run the built bot, as `npm start` does; tsc is incremental, so this is quick when nothing changed. */
export function buildKoers(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}

export interface KoersProcess {
  child: ChildProcess;
  port: number;
  metrics(): Promise<string>;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `node dist/bot/main.js` with these settings and waits for its banner. */
export async function spawnKoers(env: Record<string, string>): Promise<KoersProcess> {
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/bot/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /running on http:\/\/localhost:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`koers exited before it was ready:\n${stderr}`)));
  });
  return {
    child,
    port,
    exited,
    metrics: async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text(),
  };
}

export function metric(text: string, name: string): number {
  const match = new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+)$`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}
