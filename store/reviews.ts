import type { GradeName } from '../core/grades.ts';
import {
  CHUNK_BUDGET,
  chunkEntries,
  decodeReviewEntry,
  encodeReviewEntry,
  laterReview,
  mergeReviewStates,
  type ReviewState,
  syncKeyOf,
} from '../core/reviewState.ts';
import { browserAreas, type StorageAreas, watchKeys } from './areas.ts';
import { getDeviceId } from './deviceId.ts';
import { coalesce, type WithLock, withLock } from './lock.ts';
import { createSyncWriter, type SyncWriter } from './syncWriter.ts';

/** This device's own grades, full precision, in storage.local: the record of truth for them. */
export const OWN_STATES_KEY = 'reviewStates';
/** The grades made here, newest last, for undo and for counting today's new questions. */
export const REVIEW_LOG_KEY = 'reviewLog';
const LOG_LIMIT = 500;
/** Each device's compact copy in storage.sync, split into chunks under the 8 KB item limit. */
export const REVIEWS_SYNC_PREFIX = 'reviews.';

/** What the keys of one device's chunks start with: `reviews.<deviceId>.`, then the chunk's number. */
export function reviewChunkPrefixOf(deviceId: string): string {
  return `${REVIEWS_SYNC_PREFIX}${deviceId}.`;
}
/**
 * Sync keys of first grades undone on this device. This device's sync copy keeps a state that
 * storage.local lacks (a corrupt local record must not wipe it), unless undo took it away on purpose.
 */
export const UNDONE_KEYS_KEY = 'reviewsUndone';

export interface LogEntry {
  id: string;
  grade: GradeName;
  at: number;
  /** The question had never been graded anywhere before: it was new. */
  wasNew: boolean;
  /** This device's own state before the grade, restored by undo; null when it had none. */
  previousOwn: ReviewState | null;
}

export interface ReviewStore {
  /** Every device's states merged, latest review winning, for the questions in `ids`. */
  readMerged(ids: readonly string[]): Promise<Map<string, ReviewState>>;
  /** Grades a question: `schedule` turns the latest known state into the next one. */
  grade(
    id: string,
    gradeName: GradeName,
    now: number,
    schedule: (previous: ReviewState | undefined, gradeName: GradeName, now: number) => ReviewState,
  ): Promise<ReviewState>;
  /** Takes back the last grade made on this device; returns it, or nothing when there is none. */
  undoLast(): Promise<LogEntry | undefined>;
  readLog(): Promise<LogEntry[]>;
  mirrorToSync(): Promise<boolean>;
  watch(onChange: () => void): () => void;
}

interface Dependencies {
  areas: StorageAreas;
  deviceId: () => Promise<string>;
  writer: SyncWriter;
  withLock: WithLock;
}

function isReviewState(value: unknown): value is ReviewState {
  if (typeof value !== 'object' || value === null) return false;
  const fields = ['lastReview', 'scheduledDays', 'stability', 'difficulty', 'reps', 'lapses', 'state'] as const;
  return fields.every((field) => Number.isFinite((value as Record<string, unknown>)[field]));
}

/** The chunks of every device in storage.sync, decoded by device: sync key -> state. */
function decodeSyncRecords(everything: Record<string, unknown>): Map<string, Map<string, ReviewState>> {
  const byDevice = new Map<string, Map<string, ReviewState>>();
  for (const [key, value] of Object.entries(everything)) {
    if (!key.startsWith(REVIEWS_SYNC_PREFIX) || typeof value !== 'string') continue;
    const device = key.slice(REVIEWS_SYNC_PREFIX.length, key.lastIndexOf('.'));
    const record = byDevice.get(device) ?? new Map<string, ReviewState>();
    for (const entry of value.split(';')) {
      const decoded = decodeReviewEntry(entry);
      if (decoded) record.set(decoded[0], laterReview(record.get(decoded[0]), decoded[1]) as ReviewState);
    }
    byDevice.set(device, record);
  }
  return byDevice;
}

/**
 * Review states follow the same rule as activity: each device writes only its own keys and every
 * reader merges. To fit sync's 100 KB, a device's sync copy leaves out questions for which another
 * device's copy already holds a later review: the latest state of every question is always in
 * exactly one device's copy, so nothing is lost and nothing is stored three times.
 */
export function createReviewStore({ areas, deviceId, writer, withLock }: Dependencies): ReviewStore {
  const readOwn = async (): Promise<Map<string, ReviewState>> => {
    const stored = (await areas.local.get(OWN_STATES_KEY))[OWN_STATES_KEY];
    const own = new Map<string, ReviewState>();
    if (typeof stored === 'object' && stored !== null) {
      for (const [id, review] of Object.entries(stored)) if (isReviewState(review)) own.set(id, review);
    }
    return own;
  };

  const readLog = async (): Promise<LogEntry[]> => {
    const stored = (await areas.local.get(REVIEW_LOG_KEY))[REVIEW_LOG_KEY];
    return Array.isArray(stored) ? stored.filter((entry) => typeof entry?.id === 'string') : [];
  };

  const readUndoneKeys = async (): Promise<Set<string>> => {
    const stored = (await areas.local.get(UNDONE_KEYS_KEY))[UNDONE_KEYS_KEY];
    return new Set(Array.isArray(stored) ? stored.filter((key) => typeof key === 'string') : []);
  };

  /**
   * States this device's sync copy holds and storage.local lacks, by sync key. Normally none: they
   * appear when the local record was corrupt or lost. The copy keeps them, and a new grade of their
   * question puts that question back into storage.local.
   */
  const onlyInOwnCopy = (ownCopy: Map<string, ReviewState>, own: Map<string, ReviewState>, undone: Set<string>) => {
    const localKeys = new Set([...own.keys()].map(syncKeyOf));
    return new Map([...ownCopy].filter(([key]) => !localKeys.has(key) && !undone.has(key)));
  };

  /** Everything the store reads, in one pass: this device's records and every device's sync copy. */
  const readRecords = async () => {
    const [ownDevice, own, undone, everything] = await Promise.all([
      deviceId(),
      readOwn(),
      readUndoneKeys(),
      areas.sync.get(null),
    ]);
    const others = decodeSyncRecords(everything);
    const ownCopy = others.get(ownDevice) ?? new Map<string, ReviewState>();
    others.delete(ownDevice);
    return { ownDevice, own, undone, others, recovered: onlyInOwnCopy(ownCopy, own, undone), everything };
  };
  type Records = Awaited<ReturnType<typeof readRecords>>;

  const mergedFor = ({ own, recovered, others }: Records, ids: readonly string[]) => {
    const idByKey = new Map(ids.map((id) => [syncKeyOf(id), id]));
    const byId = (record: Map<string, ReviewState>) => {
      const states = new Map<string, ReviewState>();
      for (const [key, review] of record) {
        const id = idByKey.get(key);
        if (id) states.set(id, review);
      }
      return states;
    };
    const wanted = new Set(ids);
    const ownWanted = new Map([...own].filter(([id]) => wanted.has(id)));
    return mergeReviewStates([ownWanted, byId(recovered), ...[...others.values()].map(byId)]);
  };

  const readMerged = async (ids: readonly string[]) => mergedFor(await readRecords(), ids);

  const mirrorToSync = coalesce(async () => {
    const { ownDevice, own, others, recovered, everything } = await readRecords();
    const newerElsewhere = (key: string, review: ReviewState) =>
      [...others.values()].some((record) => (record.get(key)?.lastReview ?? 0) > review.lastReview);
    const entries: string[] = [];
    for (const [questionId, review] of own) {
      const key = syncKeyOf(questionId);
      if (!newerElsewhere(key, review)) entries.push(encodeReviewEntry(key, review));
    }
    for (const [key, review] of recovered) {
      if (!newerElsewhere(key, review)) entries.push(encodeReviewEntry(key, review));
    }
    const chunks = chunkEntries(entries.sort(), CHUNK_BUDGET);
    const ownPrefix = reviewChunkPrefixOf(ownDevice);
    const ownChunkKeys = Object.keys(everything).filter((key) => key.startsWith(ownPrefix));
    let allWritten = true;
    for (const [index, chunk] of chunks.entries()) {
      const key = `${ownPrefix}${index}`;
      if (everything[key] !== chunk) allWritten = (await writer.write(key, chunk)) && allWritten;
    }
    // Chunks past the end are emptied rather than removed, so the writer can retry them like any write.
    for (const key of ownChunkKeys) {
      const index = Number(key.slice(ownPrefix.length));
      if (index >= chunks.length && everything[key] !== '') allWritten = (await writer.write(key, '')) && allWritten;
    }
    return allWritten;
  });

  return {
    readMerged,
    readLog,
    mirrorToSync,

    async grade(id, gradeName, now, schedule) {
      const next = await withLock('backtab-reviews', async () => {
        const [records, log] = await Promise.all([readRecords(), readLog()]);
        const { own, undone: undoneKeys, recovered } = records;
        const previous = mergedFor(records, [id]).get(id);
        const graded = schedule(previous, gradeName, now);
        const key = syncKeyOf(id);
        const previousOwn = own.get(id) ?? recovered.get(key) ?? null;
        const entry: LogEntry = { id, grade: gradeName, at: now, wasNew: !previous, previousOwn };
        own.set(id, graded);
        undoneKeys.delete(key);
        await areas.local.set({
          [OWN_STATES_KEY]: Object.fromEntries(own),
          [REVIEW_LOG_KEY]: [...log, entry].slice(-LOG_LIMIT),
          [UNDONE_KEYS_KEY]: [...undoneKeys],
        });
        return graded;
      });
      await mirrorToSync();
      return next;
    },

    async undoLast() {
      const undone = await withLock('backtab-reviews', async () => {
        const [own, log, undoneKeys] = await Promise.all([readOwn(), readLog(), readUndoneKeys()]);
        const last = log.pop();
        if (!last) return undefined;
        if (last.previousOwn && isReviewState(last.previousOwn)) {
          own.set(last.id, last.previousOwn);
        } else {
          own.delete(last.id);
          undoneKeys.add(syncKeyOf(last.id));
        }
        await areas.local.set({
          [OWN_STATES_KEY]: Object.fromEntries(own),
          [REVIEW_LOG_KEY]: log,
          [UNDONE_KEYS_KEY]: [...undoneKeys].slice(-LOG_LIMIT),
        });
        return last;
      });
      if (undone) await mirrorToSync();
      return undone;
    },

    watch(onChange) {
      return watchKeys(areas, { localKey: OWN_STATES_KEY, syncPrefix: REVIEWS_SYNC_PREFIX }, onChange);
    },
  };
}

let browserStore: ReviewStore | undefined;

/** The review store over the browser's own storage. */
export function reviewStore(): ReviewStore {
  if (!browserStore) {
    const areas = browserAreas();
    browserStore = createReviewStore({ areas, deviceId: getDeviceId, writer: createSyncWriter(areas), withLock });
  }
  return browserStore;
}
