import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** `npm run build` for the API only (the shared package, then the API), as `npm start` runs it. */
export function buildApi() {
  execFileSync('npm', ['run', 'build', '--silent', '-w', 'packages/shared', '-w', 'apps/api'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
}

/**
 * The built portal as `npm start` runs it after its build (`node apps/api/dist/main.js`), as a child
 * process with its own environment; keeps everything it prints.
 */
export class PortalProcess {
  output = '';
  private child: ChildProcess | undefined;

  constructor(private readonly env: Record<string, string>) {}

  start(): this {
    this.output = '';
    const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
    return this;
  }

  get pid(): number {
    return this.child!.pid!;
  }

  get running(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the output matches `pattern`; rejects if the process exits first or time runs out. */
  async waitFor(pattern: RegExp, ms = 90_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!pattern.test(this.output)) {
      if (!this.running) throw new Error(`The portal exited before printing ${pattern}:\n${this.output}`);
      if (Date.now() > deadline)
        throw new Error(`The portal did not print ${pattern} within ${ms} ms:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Sends `signal` and waits for the process to end; returns how long it took. */
  async kill(signal: NodeJS.Signals): Promise<number> {
    const child = this.child!;
    if (!this.running) return 0;
    const started = Date.now();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
    return Date.now() - started;
  }
}
