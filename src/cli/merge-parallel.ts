import { existsSync } from 'fs';
import { availableParallelism, loadavg } from 'os';
import { join } from 'path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'worker_threads';
import { Decimal } from '../core/numbers/decimal';
import type { Examined } from '../core/merge/examine';
import type { Figure } from '../core/merge/input-cells';
import type { TemplatePack } from '../core/pack/types';

/**
 * Reading and validating the files — nearly all of a merge's time — on every core: the files are
 * shared out to worker threads, each reads and examines its share and posts the results back. The
 * caller stays synchronous (the CLI's `main` returns an exit code): it sleeps on an Atomics counter
 * the workers bump, and takes their messages with receiveMessageOnPort. Results are put back in the
 * files' order, so the merge is the same as with one thread.
 */

export interface WorkerJob {
  pack: TemplatePack;
  files: Array<{ index: number; path: string }>;
  port: MessagePort;
  /** Int32 counter of messages posted, bumped and notified by the worker after each post. */
  signal: SharedArrayBuffer;
  /** `--password` values: the workers try them, in memory only (never asked at a terminal there). */
  passwords: string[];
}

export type WorkerMessage = { index: number; examined: Examined } | { error: string };

/**
 * Below this many files per thread, starting a thread (loading the code, warming it up: ~0.3 s)
 * costs more than it saves (a file takes ~10 ms to read and examine). The size of the files hardly
 * matters: the part that makes a template big, its check sheet, is never inflated.
 */
const MIN_FILES_PER_THREAD = 24;
const MAX_THREADS = 8;
const STALL_MS = 120_000;

/** The compiled worker, beside this module; absent when running from TypeScript sources (tests). */
const WORKER_FILE = join(__dirname, 'merge-worker.js');

/** What the machine offers now: its cores, and how many are busy (the 1-minute load average; 0 where the OS does not say). */
export interface Machine {
  cores: number;
  load: number;
}

export function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] };
}

/**
 * How many threads examine the files: one per core that is free now — on a machine whose cores are
 * busy with other work a second thread only competes with it (measured on 2 shared cores: 1 000
 * files took 13.5 s on two threads, 9.95 s on one) — and never more than the files keep busy.
 * `requested` (--threads) replaces the count of free cores.
 */
export function threadsFor(files: number, requested?: number, machine: Machine = thisMachine()): number {
  if (!__filename.endsWith('.js') || !existsSync(WORKER_FILE)) return 1;
  return threadCount(files, requested, machine);
}

/** The decision alone (tested apart: the worker file exists only in the compiled CLI). */
export function threadCount(files: number, requested: number | undefined, machine: Machine): number {
  const free = requested ?? Math.min(MAX_THREADS, Math.round(machine.cores - machine.load));
  return Math.max(1, Math.min(free, Math.floor(files / MIN_FILES_PER_THREAD)));
}

/**
 * The script a worker runs: the compiled worker beside this module, or (tests, from the TypeScript
 * sources) code that loads it.
 */
export type WorkerScript = { file: string } | { eval: string };

export function examineInThreads(pack: TemplatePack, files: readonly string[], threads: number, passwords: readonly string[] = [], script: WorkerScript = { file: WORKER_FILE }): Examined[] {
  const results: Examined[] = new Array(files.length);
  const signal = new SharedArrayBuffer(4);
  const posted = new Int32Array(signal);
  const channels = Array.from({ length: threads }, () => new MessageChannel());
  const workers = channels.map((channel, t) => {
    const share = files.flatMap((path, index) => (index % threads === t ? [{ index, path }] : []));
    const job: WorkerJob = { pack, files: share, port: channel.port2, signal, passwords: [...passwords] };
    const options = { workerData: job, transferList: [channel.port2] };
    return 'eval' in script ? new Worker(script.eval, { ...options, eval: true }) : new Worker(script.file, options);
  });
  try {
    let received = 0;
    let lastProgress = Date.now();
    while (received < files.length) {
      const seen = Atomics.load(posted, 0);
      for (const { port1 } of channels) {
        for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
          const message = m.message as WorkerMessage;
          if ('error' in message) throw new Error(message.error);
          results[message.index] = revive(message.examined);
          received++;
          lastProgress = Date.now();
        }
      }
      if (received >= files.length) break;
      if (Date.now() - lastProgress > STALL_MS) throw new Error(`merge worker stalled (${received}/${files.length} files examined)`);
      Atomics.wait(posted, 0, seen, 1000);
    }
  } finally {
    for (const { port1 } of channels) port1.close();
    for (const w of workers) {
      w.unref();
      void w.terminate();
    }
  }
  return results;
}

/** Structured clone keeps data, not classes: Decimals travel as text and are parsed back. */
export function flatten(e: Examined): Examined {
  if (e.kind !== 'form') return e;
  return { ...e, figures: e.figures.map((f) => (f instanceof Decimal ? ({ decimal: f.toString() } as unknown as Figure) : f)) };
}

function revive(e: Examined): Examined {
  if (e.kind !== 'form') return e;
  return { ...e, figures: e.figures.map((f) => (typeof f === 'object' && f !== null && 'decimal' in f ? Decimal.parse((f as { decimal: string }).decimal)! : f)) };
}
