/**
 * The worker threads of `pbi-jk batch` (batch-worker.ts), started as soon as the command knows it
 * needs them, before it loads the reader, the schemas and the run's settings: a worker spends
 * about a tenth of a second loading the rules and letters, and it does so while the main thread
 * loads its own modules and checks the options. The settings follow in the first message
 * ({@link WorkerPool.start}). This module loads nothing heavy itself.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  BatchJobSettings,
  DecideJob,
  DecideResult,
  RenderJob,
  RenderResult,
  WorkerJob,
  WorkerMessage,
  WorkerResult,
} from './batch-job';

/** Files from this size up are processed on worker threads (about 150–300 cases). */
const WORKER_THRESHOLD_BYTES = 96 * 1024;
/** Rows in flight per worker: enough to keep it busy, few enough to keep memory flat. */
export const IN_FLIGHT_PER_WORKER = 24;
/** How many times a dead worker is replaced before its slot stays closed. */
const RESPAWNS_PER_SLOT = 3;

/**
 * How many worker threads a batch of `file` uses: `requested` when given (0 = none), else one
 * per core for a file large enough to be worth starting them, none for a small one.
 */
export function workerCount(file: string, requested: number | undefined): number {
  if (requested !== undefined) return requested;
  return statSync(file).size >= WORKER_THRESHOLD_BYTES ? Math.max(1, availableParallelism()) : 0;
}

type Pending = (r: DecideResult | RenderResult) => void;
type Slot = {
  worker: Worker | undefined;
  pending: Map<number, Pending>;
  respawns: number;
  /** Jobs queued in this turn of the event loop, sent as one message (batch-worker.ts). */
  queue: WorkerJob[];
};

/**
 * Worker threads that decide rows and render and write their letters. A row goes to the worker
 * with the fewest rows in flight; its letter is rendered by the same worker, which holds its
 * decision. Jobs queued in one turn of the event loop go to a worker as one message. A worker that
 * dies answers its rows in flight with an internal error (`died`) and is replaced up to
 * {@link RESPAWNS_PER_SLOT} times.
 */
export class WorkerPool {
  readonly size: number;
  readonly #slots: Slot[];
  #settings: BatchJobSettings | undefined;
  #died = 'worker stopped';
  #closing = false;
  #nextId = 0;
  #flushScheduled = false;

  /** Starts `size` workers now; they load their modules and wait for {@link start}. */
  constructor(size: number) {
    this.size = size;
    this.#slots = Array.from({ length: size }, () => ({
      worker: undefined,
      pending: new Map(),
      respawns: 0,
      queue: [],
    }));
    for (const slot of this.#slots) this.#spawn(slot);
  }

  /** Gives every worker the run's settings; `died` is the error row of a worker that dies. */
  start(settings: BatchJobSettings, died: string): void {
    this.#settings = settings;
    this.#died = died;
    const message: WorkerMessage = { settings };
    for (const slot of this.#slots) slot.worker?.postMessage(message);
  }

  #deadResult(): DecideResult & RenderResult {
    return { ok: false, internal: true, issues: [{ path: [], message: this.#died }] };
  }

  #spawn(slot: Slot): void {
    const worker = new Worker(new URL('./batch-worker.js', import.meta.url), {
      // A replacement is started after `start`: it gets the settings at once.
      workerData: this.#settings,
      // A small young generation keeps each worker's heap, and so the batch's memory, flat.
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 192 },
    });
    slot.worker = worker;
    worker.on('message', (results: WorkerResult[]) => {
      for (const { id, result } of results) {
        const p = slot.pending.get(id);
        slot.pending.delete(id);
        p?.(result);
      }
    });
    // An error is always followed by 'exit': the rows in flight are answered there.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      for (const [id, p] of slot.pending) {
        slot.pending.delete(id);
        p(this.#deadResult());
      }
      if (!this.#closing && slot.respawns < RESPAWNS_PER_SLOT) {
        slot.respawns++;
        this.#spawn(slot);
      }
    });
  }

  #flush = (): void => {
    this.#flushScheduled = false;
    for (const slot of this.#slots) {
      if (!slot.queue.length) continue;
      const jobs = slot.queue;
      slot.queue = [];
      if (slot.worker) slot.worker.postMessage(jobs);
      else
        for (const job of jobs) {
          const p = slot.pending.get(job.id);
          slot.pending.delete(job.id);
          p?.(this.#deadResult());
        }
    }
  };

  #send(slot: Slot, message: Omit<WorkerJob, 'id'>): Promise<DecideResult | RenderResult> {
    return new Promise((resolve) => {
      if (!slot.worker) return resolve(this.#deadResult());
      const id = this.#nextId++;
      slot.pending.set(id, resolve);
      slot.queue.push({ id, ...message });
      if (!this.#flushScheduled) {
        this.#flushScheduled = true;
        setImmediate(this.#flush);
      }
    });
  }

  /** Decides a row on the least busy worker; `slot` says which one holds the decision. */
  async decide(job: DecideJob): Promise<{ result: DecideResult; slot: number }> {
    let best = 0;
    for (let i = 1; i < this.#slots.length; i++) {
      const a = this.#slots[best] as Slot;
      const b = this.#slots[i] as Slot;
      if (!a.worker || (b.worker && b.pending.size < a.pending.size)) best = i;
    }
    const result = (await this.#send(this.#slots[best] as Slot, { decide: job })) as DecideResult;
    return { result, slot: best };
  }

  /** Renders and writes the letter of a row that worker `slot` decided. */
  render(slot: number, job: RenderJob): Promise<RenderResult> {
    return this.#send(this.#slots[slot] as Slot, { render: job }) as Promise<RenderResult>;
  }

  /** Stops every worker (a letter being written is finished first). */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#slots.map((s) => s.worker?.terminate()));
  }
}
