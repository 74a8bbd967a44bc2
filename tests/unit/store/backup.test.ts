import { describe, expect, test } from 'vitest';
import { encodeActivityLog } from '../../../core/activityLog.ts';
import { type Backup, type ImportMode, parseBackup } from '../../../core/backup.ts';
import { addDays } from '../../../core/dates.ts';
import type { ParsedDeck } from '../../../core/deck.ts';
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

/** The questions these tests grade: the backup exports states of the ids it knows. */
const KNOWN_IDS = ['cap-theorem', 'sql-injection', 'rest-architectural-style'];

function device(areas = fakeAreas(), id = 'laptop') {
  const withLock = namedLocks();
  let nextDeck = 0;
  const reviews = createReviewStore({ areas, deviceId: async () => id, writer: createSyncWriter(areas), withLock });
  return {
    areas,
    reviews,
    activity: createActivityStore({ areas, deviceId: async () => id, writer: createSyncWriter(areas), withLock }),
    decks: createDeckStore({ areas, withLock, newId: () => `${id}${++nextDeck}`, now: () => NOW }),
    backup: createBackupStore({
      areas,
      deviceId: async () => id,
      withLock,
      reviews,
      knownIds: async () => KNOWN_IDS,
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
    // The real per-item quota: thirty years of daily practice do not fit one 8 KB sync item.
    const sync = new FakeStorageArea('sync', { browser: 'chrome', now: () => NOW });
    const laptop = device(fakeAreas(sync));
    await laptop.activity.recordReveal('2026-04-30');
    await laptop.decks.importDeck(parsedDeck('SQL'));
    const before = snapshot(laptop.areas.local, laptop.areas.sync);

    const file = JSON.parse((await laptop.backup.exportBackup()).text);
    file.activity = Object.fromEntries(Array.from({ length: 11_000 }, (_, index) => [addDays('1996-01-01', index), 1]));
    file.decks = [];
    const promise = laptop.backup.applyImport(backupFrom(JSON.stringify(file)), 'replace');
    await expect(promise).rejects.toBeInstanceOf(CommitError);
    await expect(promise).rejects.toMatchObject({
      rolledBack: true,
      message: expect.stringMatching(/QUOTA_BYTES_PER_ITEM.*Nothing was changed/),
    });
    expect(snapshot(laptop.areas.local, laptop.areas.sync)).toBe(before);
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
    expect(summary.reviews).toEqual({ added: 1, changed: 0, removed: 0 });
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
