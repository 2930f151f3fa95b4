/**
 * Runs built app functions in the real `@dynatrace/js-runtime`.
 *
 * Two strategies behind one interface:
 * - `warm` (default): a small pool of long-lived worker processes that call the runtime's native
 *   `executeFunctionLocal` once per task (~25 ms a call instead of ~80–130 ms for a fork).
 * - `fork`: the runtime's own `invokeDtRuntime`, one child process per call (what `dt-app dev` does).
 * Each worker runs one task at a time; callers queue. A worker that dies is replaced, and the
 * task it held fails with a runtime error instead of hanging.
 *
 * A worker that has run a task is retired after IDLE_RETIRE_MS without one (and replaced right
 * away, so the next call still finds a ready worker): the runtime's native module runs a task on
 * a thread of its tokio blocking pool, tokio ends such a thread after 10 s idle, and the next task
 * in that process then crashes with SIGSEGV on the new thread (js-runtime 1.135.0, seen in gdb).
 * `executeFunctionLocal` is meant for one call per process; a fresh process has no such thread.
 * A timer can fire late on a busy machine, so the idle time is checked again when a worker is
 * handed a task (by the pool, and by the worker itself, which gives a task back unrun and exits
 * when it idled too long): a late timer costs a process start, never a crashed call.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RuntimeTask {
  cwd: string;
  urlPathname: string;
  scriptName: string;
  code: Buffer;
  payload?: string;
  config: {
    appId: string;
    appName: string;
    appVersion: string;
    devProxyUrl: string;
    environmentUrl: string;
    token: string;
    tenantId: string;
    userDetails: { id: string; name: string; email: string };
  };
  timeoutSeconds?: number;
}

/** What happened to one execution: the function's return value, or why there is none. */
export type RuntimeOutcome =
  | { kind: 'result'; value: unknown }
  | { kind: 'function-error'; message: string } // the function threw or timed out (AppEngine: 540)
  // the runtime itself failed (AppEngine: 541); `processDied`: its process ended under the task
  | { kind: 'runtime-error'; message: string; processDied?: boolean };

export interface FunctionRuntime {
  run(task: RuntimeTask): Promise<RuntimeOutcome>;
  close(): Promise<void>;
}

const workerScript = path.join(__dirname, 'runtime-worker.cjs');

/** Well below tokio's 10 s keep-alive of idle blocking threads, with room for a busy event loop. */
export const IDLE_RETIRE_MS = 5_000;

/** The runtime reports both thrown errors and timeouts as "An error occurred during function execution". */
function classify(message: string): RuntimeOutcome {
  return /error occurred during function execution/i.test(message)
    ? { kind: 'function-error', message }
    : { kind: 'runtime-error', message };
}

interface Pending {
  task: RuntimeTask;
  resolve: (outcome: RuntimeOutcome) => void;
}

class Worker {
  private readonly child: ChildProcess;
  readonly ready: Promise<void>;
  current: Pending | undefined;
  alive = true;
  /** set once a task ran: from then on the worker must not idle past IDLE_RETIRE_MS */
  used = false;
  idleSince = 0;
  retireTimer: NodeJS.Timeout | undefined;

  constructor(
    cwd: string,
    private readonly onIdle: (worker: Worker) => void,
    private readonly onExit: (worker: Worker) => void,
    private readonly onGiveBack: (pending: Pending) => void,
  ) {
    this.child = fork(workerScript, [], { cwd, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve) => {
      this.child.once('message', () => resolve());
    });
    this.child.on('message', (message: { id?: number; result?: unknown; error?: { message: string }; stale?: boolean }) => {
      if (message.id === undefined || !this.current) return;
      const pending = this.current;
      this.current = undefined;
      if (message.stale) {
        // the worker idled too long to run it safely and is exiting: another worker runs it
        this.alive = false;
        this.onGiveBack(pending);
        return;
      }
      const { resolve } = pending;
      resolve(message.error ? classify(message.error.message) : { kind: 'result', value: message.result });
      this.onIdle(this);
    });
    this.child.on('exit', (code, signal) => {
      this.alive = false;
      if (this.current) {
        this.current.resolve({ kind: 'runtime-error', message: `js-runtime worker exited (${signal ?? code})`, processDied: true });
        this.current = undefined;
      }
      this.onExit(this);
    });
  }

  start(pending: Pending, id: number): void {
    clearTimeout(this.retireTimer);
    this.used = true;
    this.current = pending;
    this.child.send({ id, task: pending.task });
  }

  kill(): void {
    clearTimeout(this.retireTimer);
    this.child.kill();
  }
}

export class WarmRuntimePool implements FunctionRuntime {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  /** worker processes started so far (replacements included) */
  spawned = 0;
  private readonly idleRetireMs: number;

  constructor(
    private readonly cwd: string,
    private readonly size = 4,
    options: { idleRetireMs?: number } = {},
  ) {
    this.idleRetireMs = options.idleRetireMs ?? IDLE_RETIRE_MS;
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    this.spawned++;
    const worker = new Worker(
      this.cwd,
      (w) => this.release(w),
      (w) => {
        this.workers.splice(this.workers.indexOf(w), 1);
        const idleIndex = this.idle.indexOf(w);
        if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
        if (!this.closed) this.spawn();
      },
      (pending) => {
        if (this.closed) pending.resolve({ kind: 'runtime-error', message: 'runtime pool is closed' });
        else this.dispatch(pending, true);
      },
    );
    this.workers.push(worker);
    void worker.ready.then(() => this.release(worker));
  }

  private release(worker: Worker): void {
    if (!worker.alive) return;
    const next = this.queue.shift();
    if (next) {
      worker.start(next, ++this.nextId);
      return;
    }
    this.idle.push(worker);
    worker.idleSince = Date.now();
    if (worker.used) {
      // killing it lets the exit handler spawn a fresh replacement
      worker.retireTimer = setTimeout(() => {
        const idleIndex = this.idle.indexOf(worker);
        if (idleIndex < 0) return;
        this.idle.splice(idleIndex, 1);
        worker.kill();
      }, this.idleRetireMs);
      worker.retireTimer.unref();
    }
  }

  run(task: RuntimeTask): Promise<RuntimeOutcome> {
    if (this.closed) return Promise.resolve({ kind: 'runtime-error', message: 'runtime pool is closed' });
    return new Promise((resolve) => this.dispatch({ task, resolve }, false));
  }

  /** Hands a task to an idle worker that is safe to use, else queues it (a given-back task goes first). */
  private dispatch(pending: Pending, first: boolean): void {
    for (let worker = this.idle.shift(); worker; worker = this.idle.shift()) {
      if (worker.used && Date.now() - worker.idleSince >= this.idleRetireMs) {
        worker.kill(); // its retire timer is late; the exit handler spawns a fresh one
        continue;
      }
      worker.start(pending, ++this.nextId);
      return;
    }
    if (first) this.queue.unshift(pending);
    else this.queue.push(pending);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.resolve({ kind: 'runtime-error', message: 'runtime pool is closed' });
    for (const worker of [...this.workers]) worker.kill();
  }
}

/** One fresh runtime process per call through the runtime's public `invokeDtRuntime`. */
export class ForkRuntime implements FunctionRuntime {
  async run(task: RuntimeTask): Promise<RuntimeOutcome> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeDtRuntime } = require('@dynatrace/js-runtime') as { invokeDtRuntime(t: RuntimeTask): Promise<unknown> };
    try {
      const value = await invokeDtRuntime(task);
      return { kind: 'result', value: value ?? null };
    } catch (error) {
      return classify(error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error));
    }
  }

  async close(): Promise<void> {}
}

export function createRuntime(mode: string | undefined, cwd: string): FunctionRuntime {
  return mode === 'fork' ? new ForkRuntime() : new WarmRuntimePool(cwd, Number(process.env.TEAM_ALERTING_RUNTIME_WORKERS) || 4);
}
