/**
 * Worker thread of `pbi-jk batch`: receives valid cases, decides them, writes their decision
 * and letter, and answers with a summary. Built to dist/batch-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchJob, type BatchJobSettings, runBatchJob } from './batch-job';

const settings = workerData as BatchJobSettings;

parentPort?.on('message', (message: { id: number; job: BatchJob }) => {
  void runBatchJob(message.job, settings).then((result) => {
    parentPort?.postMessage({ id: message.id, result });
  });
});
