import { logError } from '../logging/logger';

// Renders exports one at a time in this Node process, after the request that started them has
// been answered. Rendering a PDF keeps the CPU busy for a few hundred milliseconds; taking turns
// (and yielding to waiting requests between jobs) keeps several exports at once from starving the
// pages other people are loading, and no database transaction is open while a file renders.

type QueueGlobals = { fairboardExportQueue?: Promise<void> };
const globals = globalThis as unknown as QueueGlobals;

const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the job after those already queued; the promise settles when it has run. Never rejects. */
export function enqueueExportJob(job: () => Promise<unknown>): Promise<void> {
  const previous = globals.fairboardExportQueue ?? Promise.resolve();
  const next = previous
    .then(yieldToRequests)
    .then(job)
    .then(
      () => undefined,
      (error: unknown) => logError('report export job failed', error),
    );
  globals.fairboardExportQueue = next;
  return next;
}
