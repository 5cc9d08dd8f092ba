import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run playground`: starts the Microsoft 365 Agents Playground against the local bot and says
 * what its own output leaves out: the address to open and what to type there first.
 */
const bin = join(__dirname, '..', 'node_modules', '.bin', 'agentsplayground');
const child = spawn(
  bin,
  ['-e', 'http://localhost:3978/api/messages', '-c', 'msteams', '--disable-telemetry'],
  { stdio: ['inherit', 'pipe', 'inherit'] },
);

let told = false;
child.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  const port = /Listening on (\d+)/.exec(text)?.[1];
  if (port && !told) {
    told = true;
    process.stdout.write(
      [
        '',
        `  open http://localhost:${port} (with \`npm start\` running in another terminal)`,
        '  first type: koppel <code>, the line `npx koers demo` printed (or `help`)',
        '',
      ].join('\n') + '\n',
    );
  }
});
child.on('exit', (code) => process.exit(code ?? 0));
process.once('SIGINT', () => child.kill('SIGINT'));
