import { workerData } from 'worker_threads';
import type { WorkerJob, WorkerMessage } from './merge-parallel';

/**
 * A merge worker thread: examines its share of the files, one message per file (see
 * merge-parallel.ts). Everything else is loaded inside the try, so that even a failure to load is
 * posted back rather than leaving the waiting main thread to time out.
 */

const job = workerData as WorkerJob;
const posted = new Int32Array(job.signal);

function post(message: WorkerMessage): void {
  job.port.postMessage(message);
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}

async function run(): Promise<void> {
  try {
    const [{ examineSubmission }, { flatten }, { readSubmission }] = await Promise.all([import('../core/merge/examine'), import('./merge-parallel'), import('./merge-read')]);
    for (const { index, path } of job.files) post({ index, examined: flatten(examineSubmission(job.pack, readSubmission(path, undefined, { passwords: job.passwords }))) });
  } catch (e) {
    post({ error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  } finally {
    job.port.close();
  }
}

void run();
