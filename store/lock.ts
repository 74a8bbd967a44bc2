/**
 * Runs `task` while holding the named lock, so read-modify-write steps from several tabs of this
 * browser never interleave. The Web Locks API spans every page and worker of the extension; where it
 * is missing (tests, old browsers) a lock within this page is the fallback.
 */
export type WithLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const pageLocks = new Map<string, Promise<unknown>>();

export const withLock: WithLock = (name, task) => {
  if (typeof navigator !== 'undefined' && navigator.locks) {
    // request() resolves with the task's own result once the task has settled.
    return navigator.locks.request(name, task) as Promise<Awaited<ReturnType<typeof task>>>;
  }
  const previous = pageLocks.get(name) ?? Promise.resolve();
  const result = previous.then(task, task);
  pageLocks.set(
    name,
    result.catch(() => undefined),
  );
  return result;
};

/**
 * Wraps `task` so that calls made while it runs share one follow-up run instead of each starting
 * their own: a burst of events becomes at most two runs, the last of which sees every event.
 */
export function coalesce<T>(task: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let queued: Promise<T> | undefined;
  const start = (): Promise<T> => {
    running = task().finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
