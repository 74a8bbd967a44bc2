import { expect, test } from 'vitest';
import { watchKeys } from '../../../store/areas.ts';
import { fakeAreas } from '../../fakes/storageArea.ts';

test("watchKeys reports this device's record and every device's synced copy, nothing else, until stopped", async () => {
  const areas = fakeAreas();
  let calls = 0;
  const stop = watchKeys(areas, { localKey: 'reviews', syncPrefix: 'reviews.' }, () => calls++);

  await areas.local.set({ reviews: { a: 1 } });
  expect(calls).toBe(1);
  await areas.sync.set({ 'reviews.phone.0': 'x' });
  expect(calls).toBe(2);

  // Another store's keys, and the local key's name in sync or the prefix in local, are not ours.
  await areas.local.set({ 'activity.log': 'x', 'reviews.phone.0': 'x' });
  await areas.sync.set({ settings: {}, reviews: 'x' });
  expect(calls).toBe(2);

  stop();
  await areas.local.set({ reviews: { a: 2 } });
  expect(calls).toBe(2);
});
