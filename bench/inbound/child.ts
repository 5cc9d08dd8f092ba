import { fork, type ChildProcess } from 'node:child_process';

/**
 * A TypeScript module of this folder in a process of its own, with its own event loop and
 * garbage collector: nothing it does holds up the bot under test, nor the other way round.
 */
export function startChild(file: string): ChildProcess {
  // DEP0111: autocannon's HTTP parser asks for process.binding('http_parser').
  return fork(file, [], { execArgv: ['--import', 'tsx', '--disable-warning=DEP0111'] });
}

/** The child's next message; rejects when it exits first. */
export function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`child exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

/** Sends one message and waits for the answer. */
export function ask<T>(child: ChildProcess, message: unknown): Promise<T> {
  const answer = nextMessage<T>(child);
  child.send(message as object);
  return answer;
}
