import type { WithLock } from '../../../store/lock.ts';

/** A lock per simulated device: tabs of one device take turns, as navigator.locks makes them. */
export function deviceLock(): WithLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(_name: string, task: () => Promise<T>) => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
