import { describe, expect, test } from 'vitest';
import { decodeActivityLog, encodeActivityLog } from '../../../core/activityLog.ts';
import { type Backup, type ImportMode, parseBackup } from '../../../core/backup.ts';
import { addDays } from '../../../core/dates.ts';
import type { ParsedDeck } from '../../../core/deck.ts';
import { decodeReviewEntry, syncKeyOf } from '../../../core/reviewState.ts';
import { grade } from '../../../core/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../core/settings.ts';
import { createActivityStore } from '../../../store/activity.ts';
import { createBackupStore, ImportBlockedError } from '../../../store/backup.ts';
import { createDeckStore } from '../../../store/decks.ts';
import type { WithLock } from '../../../store/lock.ts';
import { createReviewStore } from '../../../store/reviews.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { CommitError } from '../../../store/transaction.ts';
import { FakeStorageArea, fakeAreas } from '../../fakes/storageArea.ts';
import { snapshot } from '../htmlSafety.ts';

const NOW = Date.parse('2026-05-01T10:00:00Z');

/** Locks by name, as navigator.locks holds them: an import holds two at once. */
function namedLocks(): WithLock {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(name: string, task: () => Promise<T>) => {
    const result = (tails.get(name) ?? Promise.resolve()).then(task, task);
    tails.set(
      name,
      result.catch(() => undefined),
    );
    return result;
  };
}

/** The bank's questions these tests grade; the backup knows the decks' cards from the decks themselves. */
const KNOWN_IDS = ['cap-theorem', 'sql-injection', 'rest-architectural-style'];

function device(areas = fakeAreas(), id = 'laptop') {
  const withLock = namedLocks();
  let nextDeck = 0;
  const reviews = createReviewStore({ areas, deviceId: async () => id, writer: createSyncWriter(areas), withLock });
  const decks = createDeckStore({ areas, withLock, newId: () => `${id}${++nextDeck}`, now: () => NOW });
  return {
    areas,
    reviews,
    activity: createActivityStore({ areas, deviceId: async () => id, writer: createSyncWriter(areas), withLock }),
    decks,
    backup: createBackupStore({
      areas,
      deviceId: async () => id,
      withLock,
      reviews,
      bankQuestionIds: async () => KNOWN_IDS,
      now: () => NOW,
      timeZone: () => 'UTC',
    }),
  };
}

const parsedDeck = (name: string): ParsedDeck => ({
  name,
  warnings: [],
  cards: [{ questionHtml: `${name}?`, answerHtml: `<p>${name}.</p>`, tags: ['x'] }],
});

function backupFrom(text: string): Backup {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.backup;
}

async function populated() {
  const laptop = device();
  await laptop.activity.recordReveal('2026-04-29');
  await laptop.activity.recordReveal('2026-04-30');
  await laptop.activity.recordReveal('2026-04-30');
  await laptop.areas.sync.set({
    settings: { ...DEFAULT_SETTINGS, dailyGoal: 2 },
    'activity.phone': encodeActivityLog(new Map([['2026-04-30', 1]])),
  });
  await laptop.decks.importDeck(parsedDeck('SQL'));
  return laptop;
}

describe('export', () => {
  test('holds settings, every device’s days merged, reviews and decks with their cards', async () => {
    const laptop = await populated();
    const exported = await laptop.backup.exportBackup();
    expect(exported.fileName).toBe('backtab-backup-2026-05-01.json');
    const file = JSON.parse(exported.text);
    expect(file).toEqual({
      format: 'backtab-backup',
      version: 1,
      exportedAt: '2026-05-01T10:00:00.000Z',
      settings: { ...DEFAULT_SETTINGS, dailyGoal: 2 },
      activity: { '2026-04-29': 1, '2026-04-30': 3 },
      reviews: {},
      decks: [
        {
          id: 'laptop1',
          name: 'SQL',
          enabled: true,
          importedAt: NOW,
          cards: [{ id: 'deck:laptop1:1', questionHtml: 'SQL?', answerHtml: '<p>SQL.</p>', tags: ['x'] }],
        },
      ],
    });
  });

  test('writes nothing', async () => {
    const laptop = await populated();
    const before = snapshot(laptop.areas.local, laptop.areas.sync);
    await laptop.backup.exportBackup();
    expect(snapshot(laptop.areas.local, laptop.areas.sync)).toBe(before);
  });
});

describe('import', () => {
  test.each<ImportMode>(['replace', 'merge'])(
    'of this device’s own export (%s) leaves storage byte-for-byte the same',
    async (mode) => {
      const laptop = device();
      await laptop.activity.recordReveal('2026-04-30');
      await laptop.decks.importDeck(parsedDeck('SQL'));
      await laptop.areas.sync.set({ settings: { ...DEFAULT_SETTINGS, restDays: [0, 6] } });
      const before = snapshot(laptop.areas.local, laptop.areas.sync);
      const backup = backupFrom((await laptop.backup.exportBackup()).text);
      await laptop.backup.applyImport(backup, mode);
      expect(snapshot(laptop.areas.local, laptop.areas.sync)).toBe(before);
    },
  );

  test('replace on a fresh device recreates the exporting device’s state', async () => {
    const laptop = device();
    await laptop.activity.recordReveal('2026-04-30');
    await laptop.decks.importDeck(parsedDeck('SQL'));
    await laptop.areas.sync.set({ settings: { ...DEFAULT_SETTINGS, dailyGoal: 4 } });
    const text = (await laptop.backup.exportBackup()).text;

    const fresh = device(fakeAreas(), 'laptop');
    await fresh.backup.applyImport(backupFrom(text), 'replace');
    expect(snapshot(fresh.areas.local, fresh.areas.sync)).toBe(snapshot(laptop.areas.local, laptop.areas.sync));
    expect((await fresh.backup.exportBackup()).text).toBe(text);
  });

  test('merge adds the file’s days to this device’s own log, keeps other devices’ keys and adds new decks', async () => {
    const laptop = await populated();
    const phoneKeyBefore = laptop.areas.sync.data.get('activity.phone');
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = { '2026-04-28': 2, '2026-04-30': 5 };
    file.decks = [
      ...file.decks,
      { ...file.decks[0], id: 'other1', name: 'Redis', cards: [{ ...file.decks[0].cards[0], id: 'deck:other1:1' }] },
    ];
    file.settings.dayStartHour = 6;

    const preview = await laptop.backup.previewImport(backupFrom(JSON.stringify(file)));
    expect(preview.merge).toMatchObject({
      activity: { daysAdded: 1, daysChanged: 1, daysRemoved: 0, devicesRemoved: 0 },
      settings: [{ key: 'dayStartHour', from: 4, to: 6 }],
      decks: { added: ['Redis'], removed: [], replaced: [] },
    });
    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'merge');

    expect(await laptop.activity.readMerged()).toEqual(
      new Map([
        ['2026-04-28', 2],
        ['2026-04-29', 1],
        ['2026-04-30', 5],
      ]),
    );
    expect(laptop.areas.sync.data.get('activity.phone')).toBe(phoneKeyBefore);
    expect((await laptop.decks.listDecks()).map((deck) => deck.name)).toEqual(['SQL', 'Redis']);
    expect(JSON.parse(laptop.areas.sync.data.get('settings') ?? '{}').dayStartHour).toBe(6);
  });

  test('replace removes other devices’ logs and decks not in the file', async () => {
    const laptop = await populated();
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = { '2026-01-01': 1 };
    file.decks = [];
    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'replace');
    expect(await laptop.activity.readMerged()).toEqual(new Map([['2026-01-01', 1]]));
    expect([...laptop.areas.sync.data.keys()].sort()).toEqual(['activity.laptop', 'settings']);
    expect([...laptop.areas.local.data.keys()].filter((key) => key.startsWith('deck'))).toEqual([]);
  });

  test('a settings write waiting for sync is superseded, not replayed over the import later', async () => {
    const laptop = await populated();
    await laptop.areas.local.set({
      syncPending: { settings: { ...DEFAULT_SETTINGS, dailyGoal: 9 }, other: 1 },
      syncStatus: { quota: true, message: 'quota', since: 1 },
    });
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.settings.dailyGoal = 3;
    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'merge');
    expect(JSON.parse(laptop.areas.local.data.get('syncPending') ?? '{}')).toEqual({ other: 1 });
    expect(JSON.parse(laptop.areas.sync.data.get('settings') ?? '{}').dailyGoal).toBe(3);
  });

  test('a merge past the deck budget is refused and changes nothing', async () => {
    const laptop = await populated();
    const before = snapshot(laptop.areas.local, laptop.areas.sync);
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    const cards = Array.from({ length: 25 }, (_, index) => ({
      id: `deck:big1:${index + 1}`,
      questionHtml: 'Q',
      answerHtml: 'x'.repeat(180_000),
      tags: [],
    }));
    file.decks = [{ id: 'big1', name: 'Big', enabled: true, importedAt: 1, cards }];
    await expect(laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'merge')).rejects.toBeInstanceOf(
      ImportBlockedError,
    );
    expect(snapshot(laptop.areas.local, laptop.areas.sync)).toBe(before);
  });
});

describe('atomicity', () => {
  test('when sync refuses the import, storage.local is restored byte for byte', async () => {
    // The real total quota: twelve other devices' logs fill nearly all of sync's 100 KB.
    const sync = new FakeStorageArea('sync', { browser: 'chrome', now: () => NOW });
    const laptop = device(fakeAreas(sync));
    for (let index = 0; index < 12; index++)
      await sync.set({ [`activity.other${index}`]: { v: 1, start: '1970-01-01', counts: 'B'.repeat(8_100) } });
    await laptop.activity.recordReveal('2026-04-30');
    await laptop.decks.importDeck(parsedDeck('SQL'));
    const before = snapshot(laptop.areas.local, laptop.areas.sync);

    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = Object.fromEntries(Array.from({ length: 6_000 }, (_, index) => [addDays('2009-01-01', index), 1]));
    file.decks = [];
    const promise = laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'merge');
    await expect(promise).rejects.toBeInstanceOf(CommitError);
    await expect(promise).rejects.toMatchObject({
      rolledBack: true,
      message: expect.stringMatching(/QUOTA_BYTES.*Nothing was changed/),
    });
    expect(snapshot(laptop.areas.local, laptop.areas.sync)).toBe(before);
  });

  test('thirty years of days import: sync holds the most recent that fit one item, this device all of them', async () => {
    const sync = new FakeStorageArea('sync', { browser: 'chrome', now: () => NOW });
    const laptop = device(fakeAreas(sync));
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = Object.fromEntries(Array.from({ length: 11_000 }, (_, index) => [addDays('1996-01-01', index), 1]));
    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'replace');

    expect((await laptop.activity.readMerged()).size).toBe(11_000);
    const copy = decodeActivityLog(await sync.get('activity.laptop').then((items) => items['activity.laptop']));
    expect(copy?.size).toBeGreaterThan(7_000);
    expect(copy?.has(addDays('1996-01-01', 10_999))).toBe(true);
    expect(copy?.has('1996-01-01')).toBe(false);
  });

  test('when a later write fails, every earlier one is undone', async () => {
    const areas = fakeAreas();
    const laptop = device(areas);
    await laptop.activity.recordReveal('2026-04-30');
    await areas.sync.set({ 'activity.phone': encodeActivityLog(new Map([['2026-04-01', 1]])) });
    const before = snapshot(areas.local, areas.sync);
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = { '2026-03-03': 2 };
    file.settings.dailyGoal = 5;
    // Removing the other device's log is the last write; it fails after local and the sync set succeeded.
    const remove = areas.sync.remove.bind(areas.sync);
    areas.sync.remove = async () => {
      areas.sync.remove = remove;
      throw new Error('Sync is unavailable');
    };
    await expect(laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'replace')).rejects.toMatchObject({
      rolledBack: true,
    });
    expect(snapshot(areas.local, areas.sync)).toBe(before);
  });
});

describe('review states in a backup', () => {
  const DAY = 86_400_000;

  test('are exported merged over devices, and a merge keeps the later review of each question', async () => {
    const laptop = device();
    const desktop = device(fakeAreas(), 'desktop');
    await laptop.reviews.grade('cap-theorem', 'good', NOW - 10 * DAY, grade);
    await laptop.reviews.grade('sql-injection', 'again', NOW - 2 * DAY, grade);
    const exported = await laptop.backup.exportBackup();
    const parsed = parseBackup(exported.text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    expect(Object.keys(parsed.backup.reviews).sort()).toEqual(['cap-theorem', 'sql-injection']);

    // The desktop reviewed cap-theorem later than the backup did, and never saw sql-injection.
    const later = await desktop.reviews.grade('cap-theorem', 'easy', NOW - DAY, grade);
    const summary = await desktop.backup.applyImport(parsed.backup, 'merge');
    expect(summary.reviews).toEqual({ added: 1, changed: 0, removed: 0, leftOut: 0 });
    const merged = await desktop.reviews.readMerged(KNOWN_IDS);
    expect(merged.get('cap-theorem')).toEqual(later);
    expect(merged.get('sql-injection')?.lastReview).toBe(NOW - 2 * DAY);
  });

  test('replace brings back exactly the file’s states and clears every device’s synced copies', async () => {
    const laptop = device();
    await laptop.reviews.grade('cap-theorem', 'good', NOW - 10 * DAY, grade);
    const parsed = parseBackup((await laptop.backup.exportBackup()).text);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));

    const other = device(fakeAreas(), 'desktop');
    await other.reviews.grade('rest-architectural-style', 'hard', NOW - DAY, grade);
    await other.areas.sync.set({ 'reviews.phone.0': 'zzz:1,1,1,1,1,0,2' });
    await other.backup.applyImport(parsed.backup, 'replace');
    const after = await other.reviews.readMerged(KNOWN_IDS);
    expect([...after.keys()]).toEqual(['cap-theorem']);
    expect(other.areas.sync.data.has('reviews.phone.0')).toBe(false);
    expect(other.areas.sync.data.get('reviews.desktop.0')).toContain(':');
  });
});

/** The question and card ids whose states a device's chunks in storage.sync hold, by sync key. */
function syncedReviewKeys(sync: FakeStorageArea, deviceId = 'laptop'): string[] {
  return [...sync.data]
    .filter(([key]) => key.startsWith(`reviews.${deviceId}.`))
    .flatMap(([, json]) => (JSON.parse(json) as string).split(';'))
    .flatMap((entry) => decodeReviewEntry(entry)?.[0] ?? [])
    .sort();
}

function ownReviewIds(local: FakeStorageArea): string[] {
  return Object.keys(JSON.parse(local.data.get('reviewStates') ?? '{}')).sort();
}

/** A file that changes one thing only, a day of practice, and knows nothing of this device's grades. */
const UNRELATED_FILE = JSON.stringify({
  format: 'backtab-backup',
  version: 1,
  exportedAt: '2026-05-01T09:00:00.000Z',
  settings: {},
  activity: { '2026-04-28': 1 },
  reviews: {},
  decks: [],
});

describe('grades of cards in a switched-off deck', () => {
  const DAY = 86_400_000;
  const CARD = 'deck:laptop1:1';

  /** A device that graded a question and a Kafka card, then switched the Kafka deck off. */
  async function withSwitchedOffDeck() {
    const laptop = device();
    const kafka = await laptop.decks.importDeck(parsedDeck('Kafka'));
    const cardGrade = await laptop.reviews.grade(CARD, 'good', NOW - 2 * DAY, grade);
    await laptop.reviews.grade('cap-theorem', 'good', NOW - DAY, grade);
    await laptop.decks.setDeckEnabled(kafka.id, false);
    return { laptop, kafka, cardGrade };
  }

  test('are in the export', async () => {
    const { laptop, cardGrade } = await withSwitchedOffDeck();
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    expect(Object.keys(file.reviews).sort()).toEqual(['cap-theorem', CARD]);
    expect(file.reviews[CARD]).toEqual(cardGrade);
  });

  test('survive merging an unrelated file, locally and in sync, and are there when the deck is switched on', async () => {
    const { laptop, kafka, cardGrade } = await withSwitchedOffDeck();
    const keysBefore = syncedReviewKeys(laptop.areas.sync);
    expect(keysBefore).toEqual([syncKeyOf('cap-theorem'), syncKeyOf(CARD)].sort());

    const summary = await laptop.backup.applyImport(backupFrom(UNRELATED_FILE), 'merge');
    expect(summary.activity.daysAdded).toBe(1);
    expect(summary.reviews).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(ownReviewIds(laptop.areas.local)).toEqual(['cap-theorem', CARD].sort());
    expect(syncedReviewKeys(laptop.areas.sync)).toEqual(keysBefore);

    await laptop.decks.setDeckEnabled(kafka.id, true);
    expect((await laptop.reviews.readMerged([CARD])).get(CARD)).toEqual(cardGrade);
  });

  test('merging this device’s own export keeps them', async () => {
    const { laptop, cardGrade } = await withSwitchedOffDeck();
    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = { '2026-04-28': 1 };
    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'merge');
    expect((await laptop.reviews.readMerged([CARD])).get(CARD)).toEqual(cardGrade);
    expect(syncedReviewKeys(laptop.areas.sync)).toContain(syncKeyOf(CARD));
  });

  test('come back on a fresh device by merge and by replace, and export again the same', async () => {
    const { laptop, cardGrade } = await withSwitchedOffDeck();
    const text = (await laptop.backup.exportBackup()).text;
    for (const mode of ['merge', 'replace'] as const) {
      const fresh = device(fakeAreas(), 'desktop');
      await fresh.backup.applyImport(backupFrom(text), mode);
      expect((await fresh.reviews.readMerged([CARD])).get(CARD)).toEqual(cardGrade);
      expect(syncedReviewKeys(fresh.areas.sync, 'desktop')).toContain(syncKeyOf(CARD));
      expect(JSON.parse((await fresh.backup.exportBackup()).text).reviews).toEqual(JSON.parse(text).reviews);
    }
  });
});

describe('a merge never removes a grade', () => {
  test('not even one whose question or deck this device no longer has', async () => {
    const laptop = device();
    await laptop.reviews.grade('cap-theorem', 'good', NOW, grade);
    // A grade of a card of a deck deleted since, as deleting a deck leaves its grades behind.
    const orphan = { lastReview: NOW, scheduledDays: 3, stability: 3, difficulty: 5, reps: 1, lapses: 0, state: 2 };
    const own = JSON.parse(laptop.areas.local.data.get('reviewStates') ?? '{}');
    await laptop.areas.local.set({ reviewStates: { ...own, 'deck:gone1:1': orphan } });

    await laptop.backup.applyImport(backupFrom(UNRELATED_FILE), 'merge');
    expect(JSON.parse(laptop.areas.local.data.get('reviewStates') ?? '{}')).toEqual({
      ...own,
      'deck:gone1:1': orphan,
    });
  });
});

describe('grades for ids that name nothing here', () => {
  const ghostState = { lastReview: NOW, scheduledDays: 5, stability: 5, difficulty: 5, reps: 2, lapses: 0, state: 2 };
  const withGhosts = (count: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      ...JSON.parse(UNRELATED_FILE),
      activity: {},
      reviews: {
        ...Object.fromEntries(Array.from({ length: count }, (_, index) => [`ghost-${index}`, ghostState])),
        ...extra,
      },
    });

  test('are left out, counted in the preview, and the rest imports', async () => {
    const laptop = device();
    const backup = backupFrom(withGhosts(3000, { 'sql-injection': ghostState }));
    const preview = await laptop.backup.previewImport(backup);
    expect(preview.merge.reviews).toEqual({ added: 1, changed: 0, removed: 0, leftOut: 3000 });
    expect(preview.replace.reviews).toEqual({ added: 1, changed: 0, removed: 0, leftOut: 3000 });

    await laptop.backup.applyImport(backup, 'merge');
    expect(ownReviewIds(laptop.areas.local)).toEqual(['sql-injection']);
    expect(syncedReviewKeys(laptop.areas.sync)).toEqual([syncKeyOf('sql-injection')]);
    expect([...laptop.areas.sync.data.keys()].filter((key) => key.startsWith('reviews.'))).toEqual([
      'reviews.laptop.0',
    ]);
  });

  test('a card counts when its deck is here after the import: merging keeps this device’s decks, replacing does not', async () => {
    const laptop = device();
    await laptop.decks.importDeck(parsedDeck('SQL'));
    const file = JSON.parse(withGhosts(0));
    file.decks = [{ ...JSON.parse((await laptop.backup.exportBackup()).text).decks[0], id: 'other1', cards: [] }];
    file.decks[0].cards = [{ id: 'deck:other1:1', questionHtml: 'Q', answerHtml: '<p>A</p>', tags: [] }];
    file.reviews = { 'deck:laptop1:1': ghostState, 'deck:other1:1': ghostState };
    const preview = await laptop.backup.previewImport(backupFrom(JSON.stringify(file)));
    expect(preview.merge.reviews).toEqual({ added: 2, changed: 0, removed: 0, leftOut: 0 });
    expect(preview.replace.reviews).toEqual({ added: 1, changed: 0, removed: 0, leftOut: 1 });

    await laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'replace');
    expect(ownReviewIds(laptop.areas.local)).toEqual(['deck:other1:1']);
    expect(syncedReviewKeys(laptop.areas.sync)).toEqual([syncKeyOf('deck:other1:1')]);
  });
});
