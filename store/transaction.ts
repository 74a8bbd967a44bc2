import type { AreaName, StorageAreas } from './areas.ts';

/**
 * Browser storage has no transactions across calls or areas: one set() is applied whole or not at
 * all, nothing more. Changes that must land together are therefore staged completely first, written
 * with as few calls as possible, and on a failure the calls already made are undone from the values
 * read before the first one.
 */

export interface AreaWrites {
  set: Record<string, unknown>;
  remove: string[];
}

export type StagedWrites = Record<AreaName, AreaWrites>;

export function emptyWrites(): StagedWrites {
  return { local: { set: {}, remove: [] }, sync: { set: {}, remove: [] } };
}

export class CommitError extends Error {
  constructor(
    message: string,
    /** False when undoing failed too, so storage may hold part of the change. */
    readonly rolledBack: boolean,
    options?: { cause: unknown },
  ) {
    super(message, options);
  }
}

interface Step {
  area: AreaName;
  keys: string[];
  run: () => Promise<void>;
}

/**
 * Applies `writes`: storage.local first (the big part, refused only when the disk quota is full),
 * then storage.sync (refused by its quotas). Values equal to what is stored are not written again,
 * which spares sync's write quota and leaves an import of identical data without a single write.
 * Rejects with a CommitError after restoring what was written, when it can.
 */
export async function commitAtomically(areas: StorageAreas, writes: StagedWrites): Promise<void> {
  const order: AreaName[] = ['local', 'sync'];
  const before: Record<AreaName, Record<string, unknown>> = { local: {}, sync: {} };
  for (const area of order) {
    const keys = [...Object.keys(writes[area].set), ...writes[area].remove];
    before[area] = keys.length > 0 ? await areas[area].get(keys) : {};
  }

  const steps: Step[] = [];
  for (const area of order) {
    const changed = Object.entries(writes[area].set).filter(
      ([key, value]) => !(key in before[area]) || JSON.stringify(before[area][key]) !== JSON.stringify(value),
    );
    const removed = writes[area].remove.filter((key) => key in before[area]);
    if (changed.length > 0) {
      steps.push({ area, keys: changed.map(([key]) => key), run: () => areas[area].set(Object.fromEntries(changed)) });
    }
    if (removed.length > 0) steps.push({ area, keys: removed, run: () => areas[area].remove(removed) });
  }

  const done: Step[] = [];
  for (const step of steps) {
    try {
      await step.run();
      done.push(step);
    } catch (error) {
      const rolledBack = await undo(areas, done, before);
      const reason = error instanceof Error ? error.message : String(error);
      throw new CommitError(
        rolledBack
          ? `The browser refused to save (${reason}). Nothing was changed.`
          : `The browser refused to save (${reason}), and part of the change could not be undone.`,
        rolledBack,
        { cause: error },
      );
    }
  }
}

async function undo(
  areas: StorageAreas,
  done: readonly Step[],
  before: Record<AreaName, Record<string, unknown>>,
): Promise<boolean> {
  let complete = true;
  for (const step of [...done].reverse()) {
    const restore = Object.fromEntries(
      step.keys.filter((key) => key in before[step.area]).map((key) => [key, before[step.area][key]]),
    );
    const absent = step.keys.filter((key) => !(key in before[step.area]));
    try {
      if (Object.keys(restore).length > 0) await areas[step.area].set(restore);
      if (absent.length > 0) await areas[step.area].remove(absent);
    } catch {
      complete = false;
    }
  }
  return complete;
}
