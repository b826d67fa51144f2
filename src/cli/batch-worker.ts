/**
 * Worker thread of `pbi-jk batch`: decides cases and renders their letters, keeping each
 * decision until its letter is asked for. Built to dist/batch-worker.js. The main thread writes
 * every file.
 *
 * Jobs arrive in chunks (one message holds every job the main thread queued in one turn of its
 * event loop) and their results go back in one message per chunk, the letters' memory handed
 * over: a message between threads costs far more than a small job, so one per row would make the
 * messages, not the work, set the pace (bench/batch.mjs).
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  BatchJobRunner,
  type BatchJobSettings,
  type WorkerJob,
  type WorkerResult,
} from './batch-job';

const runner = new BatchJobRunner(workerData as BatchJobSettings);

/**
 * Test hook: `PBI_JK_TEST_WORKER_DIES_AT_SEQ=n` makes this worker die when it is asked to decide
 * the n-th valid row (0-based), as an out-of-memory or crash would. Read from the environment
 * only, so no input file can trigger it.
 */
const dieAt = process.env.PBI_JK_TEST_WORKER_DIES_AT_SEQ;

async function runChunk(jobs: WorkerJob[]): Promise<void> {
  const results: WorkerResult[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const job of jobs) {
    if (job.decide) {
      if (dieAt !== undefined && String(job.decide.seq) === dieAt) process.exit(70);
      results.push({ id: job.id, result: await runner.decide(job.decide) });
    } else if (job.render) {
      const result = await runner.render(job.render);
      const letter = result.ok ? result.letter : undefined;
      // Hand the letter's memory over instead of copying it when it owns its whole buffer.
      if (letter && letter.byteOffset === 0 && letter.byteLength === letter.buffer.byteLength)
        transfer.push(letter.buffer as ArrayBuffer);
      results.push({ id: job.id, result });
    }
  }
  parentPort?.postMessage(results, transfer);
}

parentPort?.on('message', (jobs: WorkerJob[]) => {
  void runChunk(jobs);
});
