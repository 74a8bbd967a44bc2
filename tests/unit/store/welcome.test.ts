import { expect, test } from 'vitest';
import { claimWelcome } from '../../../store/welcome.ts';
import { fakeAreas } from '../../fakes/storageArea.ts';

test('the welcome page is claimed once per profile, however often the install event fires', async () => {
  const areas = fakeAreas();
  expect(await claimWelcome(areas, 1_000)).toBe(true);
  expect(await claimWelcome(areas, 2_000)).toBe(false);
  expect(JSON.parse(areas.local.data.get('welcomeShownAt') ?? 'null')).toBe(1_000);
  expect(areas.sync.data.size).toBe(0);
});
