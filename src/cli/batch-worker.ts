/**
 * Worker thread of `pbi-jk batch`: decides cases and renders their letters, keeping each
 * decision until its letter is asked for. Built to dist/batch-worker.js. The main thread writes
 * every file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchJobRunner, type BatchJobSettings, type DecideJob, type RenderJob } from './batch-job';

const runner = new BatchJobRunner(workerData as BatchJobSettings);

/**
 * Test hook: `PBI_JK_TEST_WORKER_DIES_AT_SEQ=n` makes this worker die when it is asked to decide
 * the n-th valid row (0-based), as an out-of-memory or crash would. Read from the environment
 * only, so no input file can trigger it.
 */
const dieAt = process.env.PBI_JK_TEST_WORKER_DIES_AT_SEQ;

type Message = { id: number; decide?: DecideJob; render?: RenderJob };

parentPort?.on('message', (m: Message) => {
  if (m.decide) {
    if (dieAt !== undefined && String(m.decide.seq) === dieAt) process.exit(70);
    void runner.decide(m.decide).then((result) => parentPort?.postMessage({ id: m.id, result }));
  } else if (m.render) {
    void runner.render(m.render).then((result) => {
      const letter = result.ok ? result.letter : undefined;
      // Hand the letter's memory over instead of copying it when it owns its whole buffer.
      const transfer =
        letter && letter.byteOffset === 0 && letter.byteLength === letter.buffer.byteLength
          ? [letter.buffer as ArrayBuffer]
          : [];
      parentPort?.postMessage({ id: m.id, result }, transfer);
    });
  }
});
