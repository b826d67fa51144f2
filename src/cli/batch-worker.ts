/**
 * Worker thread of `pbi-jk batch`: decides cases and renders and writes their letters, keeping
 * each decision until its letter is asked for. Built to dist/batch-worker.js. The main thread
 * writes summary.csv, errors.csv, keputusan.jsonl and the journal, in row order.
 *
 * Jobs arrive in chunks (one message holds every job the main thread queued in one turn of its
 * event loop) and their results go back in one message per chunk: a message between threads
 * costs far more than a small job, so one per row would make the messages, not the work, set the
 * pace (bench/batch.mjs). A letter is written here, atomically, before its result is sent: its
 * bytes never cross to the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  BatchJobRunner,
  type BatchJobSettings,
  type WorkerJob,
  type WorkerMessage,
  type WorkerResult,
} from './batch-job';

/**
 * The run's settings: in `workerData` for a worker that replaces a dead one, otherwise in the
 * first message (the pool starts workers before the settings are known; worker-pool.ts).
 */
let runner = workerData ? new BatchJobRunner(workerData as BatchJobSettings) : undefined;

/**
 * Test hook: `PBI_JK_TEST_WORKER_DIES_AT_SEQ=n` makes this worker die when it is asked to decide
 * the n-th valid row (0-based), as an out-of-memory or crash would. Read from the environment
 * only, so no input file can trigger it.
 */
const dieAt = process.env.PBI_JK_TEST_WORKER_DIES_AT_SEQ;

async function runChunk(runner: BatchJobRunner, jobs: WorkerJob[]): Promise<void> {
  // One job after another; a letter's fsync waits for the disk while the next row is worked on,
  // and the chunk's results go back once every letter of it is in place.
  const results: Promise<WorkerResult>[] = [];
  for (const job of jobs) {
    if (job.decide) {
      if (dieAt !== undefined && String(job.decide.seq) === dieAt) process.exit(70);
      results.push(Promise.resolve({ id: job.id, result: await runner.decide(job.decide) }));
    } else if (job.render) {
      const { written } = await runner.startRender(job.render);
      results.push(written.then((result) => ({ id: job.id, result })));
    }
  }
  parentPort?.postMessage(await Promise.all(results));
}

parentPort?.on('message', (message: WorkerMessage) => {
  if (!Array.isArray(message)) runner = new BatchJobRunner(message.settings);
  else if (runner) void runChunk(runner, message);
  // Jobs before settings cannot happen (one channel, in order); the pool would see no answer.
});
