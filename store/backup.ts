import { decodeActivityLog, encodeActivityLog } from '../core/activityLog.ts';
import {
  type Backup,
  type BackupDeck,
  backupFileName,
  type CurrentData,
  gradableIds,
  type ImportMode,
  type ImportPlan,
  type ImportSummary,
  mergedActivity,
  planImport,
  serialiseBackup,
} from '../core/backup.ts';
import { type Day, dayOf } from '../core/dates.ts';
import { readDeckCards, readDeckIndex } from '../core/deck.ts';
import { sanitiseSettings } from '../core/settings.ts';
import { ACTIVITY_LOCK, activitySyncKeyOf, OWN_LOG_KEY, readOwnLog, SYNC_KEY_PREFIX, syncCopyOf } from './activity.ts';
import { browserAreas, type StorageAreas } from './areas.ts';
import { DECK_INDEX_KEY, DECKS_LOCK, deckKey } from './decks.ts';
import { getDeviceId } from './deviceId.ts';
import { type WithLock, withLock } from './lock.ts';
import { OWN_STATES_KEY, REVIEWS_SYNC_PREFIX, type ReviewStore, reviewStore } from './reviews.ts';
import { PENDING_KEY, SYNC_STATUS_KEY } from './syncWriter.ts';
import { commitAtomically, emptyWrites, type StagedWrites } from './transaction.ts';

/** storage.sync key of the settings, as store/settings.ts writes them. */
const SETTINGS_KEY = 'settings';

export interface ExportedBackup {
  text: string;
  fileName: string;
  days: number;
  decks: number;
}

export interface ImportPreview {
  merge: ImportSummary;
  replace: ImportSummary;
}

export class ImportBlockedError extends Error {}

export interface BackupStore {
  /** Everything, as one backup file's text. Writes nothing. */
  exportBackup(): Promise<ExportedBackup>;
  /** What merging and what replacing would change. Writes nothing. */
  previewImport(backup: Backup): Promise<ImportPreview>;
  /** Applies the backup all at once, or not at all (a CommitError or ImportBlockedError says why). */
  applyImport(backup: Backup, mode: ImportMode): Promise<ImportSummary>;
}

interface Dependencies {
  areas: StorageAreas;
  deviceId: () => Promise<string>;
  withLock: WithLock;
  /**
   * The question ids of the bank. With the cards of every deck, switched on or off (read here with the
   * decks), they are the ids a grade can belong to; synced review states are keyed by a hash of the id.
   */
  bankQuestionIds: () => Promise<string[]>;
  reviews: ReviewStore;
  now?: () => number;
  timeZone?: () => string;
}

interface Snapshot {
  data: CurrentData;
  deviceId: string;
  pending: Record<string, unknown>;
  /** This device's own review states as stored, every entry, known id or not, readable or not. */
  ownReviewStates: Record<string, unknown>;
  /** Every device's review-state chunks in storage.sync. */
  reviewSyncKeys: string[];
}

export function createBackupStore({
  areas,
  deviceId,
  withLock,
  bankQuestionIds: readBankQuestionIds,
  reviews,
  now = Date.now,
  timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone,
}: Dependencies): BackupStore {
  const read = async (): Promise<Snapshot> => {
    const id = await deviceId();
    const [local, sync, own] = await Promise.all([
      areas.local.get([DECK_INDEX_KEY, PENDING_KEY, OWN_STATES_KEY]),
      areas.sync.get(null),
      readOwnLog(areas, id),
    ]);
    const storedPending = local[PENDING_KEY];
    const pending =
      typeof storedPending === 'object' && storedPending !== null ? (storedPending as Record<string, unknown>) : {};
    // A settings change sync refused is waiting locally and is the one in force (as in store/settings.ts).
    const settings = sanitiseSettings(pending[SETTINGS_KEY] ?? sync[SETTINGS_KEY]);

    const others = new Map<string, Map<Day, number>>();
    for (const [key, value] of Object.entries(sync)) {
      if (!key.startsWith(SYNC_KEY_PREFIX) || key === activitySyncKeyOf(id)) continue;
      // An unreadable log still belongs to another device: replacing removes it like the rest.
      others.set(key, decodeActivityLog(value) ?? new Map());
    }

    const index = readDeckIndex(local[DECK_INDEX_KEY]);
    const stored = index.length > 0 ? await areas.local.get(index.map((deck) => deckKey(deck.id))) : {};
    const decks: BackupDeck[] = index.map((deck) => ({
      id: deck.id,
      name: deck.name,
      enabled: deck.enabled,
      importedAt: deck.importedAt,
      cards: readDeckCards(deck.id, stored[deckKey(deck.id)]),
    }));

    // Every deck's cards, not only those switched on: a deck switched off keeps its grades, in the
    // backup as on this device, for when it is switched on again.
    const bankQuestionIds = new Set(await readBankQuestionIds());
    const reviewStates = Object.fromEntries(await reviews.readMerged([...gradableIds(bankQuestionIds, decks)]));
    const reviewSyncKeys = Object.keys(sync).filter((key) => key.startsWith(REVIEWS_SYNC_PREFIX));
    const storedOwnStates = local[OWN_STATES_KEY];
    const ownReviewStates =
      typeof storedOwnStates === 'object' && storedOwnStates !== null && !Array.isArray(storedOwnStates)
        ? (storedOwnStates as Record<string, unknown>)
        : {};
    return {
      data: { settings, activity: { own, others }, reviews: reviewStates, decks, bankQuestionIds },
      deviceId: id,
      pending,
      ownReviewStates,
      reviewSyncKeys,
    };
  };

  return {
    async exportBackup() {
      const { data } = await read();
      const activity = mergedActivity(data.activity);
      const time = now();
      return {
        text: serialiseBackup({ ...data, activity }, new Date(time).toISOString()),
        fileName: backupFileName(dayOf(time, timeZone(), 0)),
        days: activity.size,
        decks: data.decks.length,
      };
    },

    async previewImport(backup) {
      const { data } = await read();
      return { merge: planImport(data, backup, 'merge').summary, replace: planImport(data, backup, 'replace').summary };
    },

    applyImport(backup, mode) {
      // The same locks as a reveal and a deck change take, so neither can interleave with the import.
      return withLock(ACTIVITY_LOCK, () =>
        withLock(DECKS_LOCK, async () => {
          const snapshot = await read();
          const plan = planImport(snapshot.data, backup, mode);
          if (plan.summary.blocked) throw new ImportBlockedError(plan.summary.blocked);
          await commitAtomically(areas, stageWrites(snapshot, plan));
          // The compact synced copy of the states follows from this device's own; sync may defer it.
          await reviews.mirrorToSync();
          return plan.summary;
        }),
      );
    },
  };
}

/** Every write the import makes, section by section, before any of them is made. */
function stageWrites(snapshot: Snapshot, plan: ImportPlan): StagedWrites {
  const writes = emptyWrites();
  const ownSyncKey = activitySyncKeyOf(snapshot.deviceId);

  // Settings, written directly rather than through the sync writer so a refusal fails the whole import.
  // Unchanged settings are left alone, so a device that never stored any still stores none.
  if (plan.summary.settings.length > 0 || SETTINGS_KEY in snapshot.pending)
    writes.sync.set[SETTINGS_KEY] = plan.settings;

  // Activity: this device's log in both places it lives; other devices' logs only ever removed.
  const encoded = encodeActivityLog(plan.ownActivity);
  if (encoded) {
    writes.local.set[OWN_LOG_KEY] = encoded;
    // Sync's copy must fit one item: past that, the most recent days (see syncCopyOf).
    writes.sync.set[ownSyncKey] = syncCopyOf(snapshot.deviceId, plan.ownActivity);
  } else {
    writes.local.remove.push(OWN_LOG_KEY);
    writes.sync.remove.push(ownSyncKey);
  }
  writes.sync.remove.push(...plan.removeDevices);

  // A write sync refused earlier would later overwrite what the import wrote: it is superseded.
  if (SETTINGS_KEY in snapshot.pending || ownSyncKey in snapshot.pending) {
    const { [SETTINGS_KEY]: _settings, [ownSyncKey]: _activity, ...rest } = snapshot.pending;
    if (Object.keys(rest).length > 0) writes.local.set[PENDING_KEY] = rest;
    else writes.local.remove.push(PENDING_KEY, SYNC_STATUS_KEY);
  }

  // Decks: the index and each deck's cards; cards of decks no longer listed are removed.
  if (plan.decks.length === 0) writes.local.remove.push(DECK_INDEX_KEY);
  else
    writes.local.set[DECK_INDEX_KEY] = plan.decks.map((deck) => ({
      id: deck.id,
      name: deck.name,
      enabled: deck.enabled,
      cardCount: deck.cards.length,
      importedAt: deck.importedAt,
    }));
  for (const deck of plan.decks) writes.local.set[deckKey(deck.id)] = deck.cards;
  const kept = new Set(plan.decks.map((deck) => deck.id));
  for (const deck of snapshot.data.decks) if (!kept.has(deck.id)) writes.local.remove.push(deckKey(deck.id));

  // Reviews. A merge lays the states it adds or makes later over this device's own and keeps every
  // other entry, whatever it belongs to: a merge removes nothing. A replace makes the file's states this
  // device's own and removes every device's synced copy. Either way this device's synced copy is
  // written again from its own states after the commit.
  const hasReviewsToWrite = Object.keys(plan.reviewsToWrite).length > 0;
  if (plan.summary.mode === 'merge') {
    if (hasReviewsToWrite) writes.local.set[OWN_STATES_KEY] = { ...snapshot.ownReviewStates, ...plan.reviewsToWrite };
  } else {
    if (hasReviewsToWrite) writes.local.set[OWN_STATES_KEY] = plan.reviewsToWrite;
    else writes.local.remove.push(OWN_STATES_KEY);
    writes.sync.remove.push(...snapshot.reviewSyncKeys);
  }
  return writes;
}

let browserStore: BackupStore | undefined;

/** The backup store over the browser's own storage. */
export function backupStore(): BackupStore {
  browserStore ??= createBackupStore({
    areas: browserAreas(),
    deviceId: getDeviceId,
    withLock,
    reviews: reviewStore(),
    async bankQuestionIds() {
      // Loaded here, when a backup is made, not with every page that can show the backup section.
      const { loadBankIndex } = await import('../questions/loadBank.ts');
      return (await loadBankIndex()).map((question) => question.id);
    },
  });
  return browserStore;
}
