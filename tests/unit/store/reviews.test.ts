import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import { dueAt, type ReviewState, syncKeyOf } from '../../../core/reviewState.ts';
import { grade } from '../../../core/scheduler.ts';
import { createReviewStore } from '../../../store/reviews.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { fakeAreas, LastWriterWinsCloud, SYNC_QUOTA } from '../../fakes/storageArea.ts';
import { deviceLock } from './testLock.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;

function device(deviceId: string, areas = fakeAreas()) {
  const store = createReviewStore({
    areas,
    deviceId: async () => deviceId,
    writer: createSyncWriter(areas),
    withLock: deviceLock(),
  });
  return { store, areas };
}

describe('grading', () => {
  test('schedules with ts-fsrs: retention 0.9, no short-term steps', async () => {
    const { store } = device('laptop');
    const review = await store.grade('cap-theorem', 'good', NOW, grade);
    const reference = fsrs(
      generatorParameters({ request_retention: 0.9, enable_fuzz: false, enable_short_term: false }),
    ).next(createEmptyCard(NOW), NOW, Rating.Good).card;
    expect(review.stability).toBeCloseTo(reference.stability, 6);
    expect(review.difficulty).toBeCloseTo(reference.difficulty, 6);
    // Fuzz moves the interval by a day or so at most for short intervals.
    expect(Math.abs(review.scheduledDays - reference.scheduled_days)).toBeLessThanOrEqual(1);
    expect(dueAt(review)).toBe(NOW + review.scheduledDays * DAY);
    expect((await store.readMerged(['cap-theorem'])).get('cap-theorem')).toEqual(review);
  });

  test('builds on the previous state: Easy twice pushes the next review further out', async () => {
    const { store } = device('laptop');
    const first = await store.grade('q', 'easy', NOW, grade);
    const second = await store.grade('q', 'easy', dueAt(first), grade);
    expect(second.reps).toBe(2);
    expect(second.scheduledDays).toBeGreaterThan(first.scheduledDays);
  });

  test('undo restores the card exactly as it was, and a first grade undone leaves it new', async () => {
    const { store } = device('laptop');
    const first = await store.grade('q', 'good', NOW, grade);
    await store.grade('q', 'again', NOW + 3 * DAY, grade);
    expect((await store.undoLast())?.grade).toBe('again');
    expect((await store.readMerged(['q'])).get('q')).toEqual(first);
    await store.undoLast();
    expect((await store.readMerged(['q'])).has('q')).toBe(false);
    expect(await store.undoLast()).toBeUndefined();
  });

  test('logs whether a graded question was new, for the daily budget', async () => {
    const { store } = device('laptop');
    await store.grade('q', 'good', NOW, grade);
    await store.grade('q', 'good', NOW + DAY, grade);
    expect((await store.readLog()).map((entry) => entry.wasNew)).toEqual([true, false]);
  });
});

describe('two devices', () => {
  test('merge per question, the latest review winning, conflicting reviews included', async () => {
    const cloud = new LastWriterWinsCloud();
    const laptop = device('laptop');
    const desktop = device('desktop');
    await laptop.store.grade('q1', 'good', NOW, grade);
    await desktop.store.grade('q2', 'hard', NOW + 1_000, grade);
    // Both review q3 within seconds; the desktop's review is the later one and must win everywhere.
    await laptop.store.grade('q3', 'again', NOW + 2_000, grade);
    const later = await desktop.store.grade('q3', 'easy', NOW + 3_000, grade);
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);

    for (const { store } of [laptop, desktop]) {
      const merged = await store.readMerged(['q1', 'q2', 'q3']);
      expect([...merged.keys()].sort()).toEqual(['q1', 'q2', 'q3']);
      expect(merged.get('q3')?.lastReview).toBe(later.lastReview);
      expect(merged.get('q3')?.stability).toBeCloseTo(later.stability, 2);
    }
  });

  test('a device drops from its sync copy what another device reviewed later, and loses nothing', async () => {
    const cloud = new LastWriterWinsCloud();
    const laptop = device('laptop');
    const desktop = device('desktop');
    await laptop.store.grade('q', 'good', NOW, grade);
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);
    await desktop.store.grade('q', 'good', NOW + 5 * DAY, grade);
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);
    await laptop.store.mirrorToSync();
    cloud.replicate(laptop.areas.sync, desktop.areas.sync);
    expect(laptop.areas.sync.data.get('reviews.laptop.0')).toBe('""');
    expect((await laptop.store.readMerged(['q'])).get('q')?.lastReview).toBe(NOW + 5 * DAY);
  });

  test('3 devices x 1,000 reviewed questions stay under half the sync quota', { timeout: 30_000 }, async () => {
    const cloud = new LastWriterWinsCloud();
    const devices = ['laptop', 'desktop', 'work'].map((id) => device(id));
    const ids = Array.from({ length: 1_000 }, (_, index) => `question-${index}`);
    // Every device has reviewed every question, on different days, with realistic states.
    for (const [round, { areas }] of devices.entries()) {
      const states = Object.fromEntries(
        ids.map((id, index) => [
          id,
          grade(undefined, index % 4 === 0 ? 'again' : 'good', NOW + round * DAY + index * 1000),
        ]),
      );
      await areas.local.set({ reviewStates: states });
    }
    // Each device copies its states to sync; seeing another's later reviews, it drops its own older
    // copies the next time it mirrors, as the background does on every change from another device.
    for (let round = 0; round < 2; round++) {
      for (const { store } of devices) await store.mirrorToSync();
      cloud.replicate(...devices.map((d) => d.areas.sync));
    }
    const bytes = devices[0]?.areas.sync.bytesInUse() ?? 0;
    console.log(`sync bytes for 3 devices x 1,000 reviewed questions: ${bytes} of ${SYNC_QUOTA.totalBytes}`);
    expect(bytes).toBeLessThan(SYNC_QUOTA.totalBytes / 2);
    for (const [key, json] of devices[0]?.areas.sync.data ?? []) {
      expect(key.length + json.length).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
    }
    const merged = await devices[1]?.store.readMerged(ids);
    expect(merged?.size).toBe(1_000);
  });
});

test('the bank has no two ids that share a sync key', async () => {
  const { compileBank } = await import('../../../questions/compileBank.ts');
  const { questions } = compileBank('questions');
  const keys = new Set(questions.map((question) => syncKeyOf(question.id)));
  expect(keys.size).toBe(questions.length);
});

test('corrupt local states are skipped', async () => {
  const { store, areas } = device('laptop');
  const good: ReviewState = {
    lastReview: NOW,
    scheduledDays: 3,
    stability: 3,
    difficulty: 5,
    reps: 1,
    lapses: 0,
    state: 2,
  };
  await areas.local.set({ reviewStates: { good, bad: { lastReview: 'yesterday' }, worse: null } });
  expect([...(await store.readMerged(['good', 'bad', 'worse'])).keys()]).toEqual(['good']);
});

describe('a corrupt local record', () => {
  test.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a truncated object', { q1: { lastReview: NOW } }],
  ])(
    '(%s) loses no grade: this device’s sync copy still holds them, and the next grade keeps them',
    async (_kind, corrupt) => {
      const { store, areas } = device('laptop');
      for (const id of ['q1', 'q2', 'q3']) await store.grade(id, 'good', NOW, grade);
      await areas.local.set({ reviewStates: corrupt });

      expect([...(await store.readMerged(['q1', 'q2', 'q3'])).keys()].sort()).toEqual(['q1', 'q2', 'q3']);
      await store.grade('q4', 'again', NOW + DAY, grade);
      await store.mirrorToSync();

      expect([...(await store.readMerged(['q1', 'q2', 'q3', 'q4'])).keys()].sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
      // What other devices read: this device's sync copy, which a wiped copy would have emptied.
      const desktop = device('desktop', fakeAreas(areas.sync));
      expect((await desktop.store.readMerged(['q1', 'q2', 'q3', 'q4'])).size).toBe(4);
    },
  );

  test('a recovered grade graded again and undone comes back as it was', async () => {
    const { store, areas } = device('laptop');
    const first = await store.grade('q', 'good', NOW, grade);
    await areas.local.set({ reviewStates: 'garbage' });
    await store.grade('q', 'again', NOW + 3 * DAY, grade);
    await store.undoLast();
    const restored = (await store.readMerged(['q'])).get('q');
    expect(restored?.reps).toBe(first.reps);
    expect(restored?.stability).toBeCloseTo(first.stability, 2);
  });

  test('a first grade undone leaves this device’s sync copy too, and no later corruption brings it back', async () => {
    const { store, areas } = device('laptop');
    await store.grade('kept', 'good', NOW, grade);
    await store.grade('undone', 'good', NOW + 1_000, grade);
    await store.undoLast();
    expect(areas.sync.data.get('reviews.laptop.0')).not.toContain(syncKeyOf('undone'));

    await areas.local.set({ reviewStates: 'garbage' });
    await store.mirrorToSync();
    const merged = await store.readMerged(['kept', 'undone']);
    expect([...merged.keys()]).toEqual(['kept']);
  });
});
