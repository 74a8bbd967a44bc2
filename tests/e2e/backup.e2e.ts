import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { decodeReviewEntry, type ReviewState, syncKeyOf } from '../../core/reviewState.ts';
import { axeViolations } from './axe.ts';
import { type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { focusedText } from './focus.ts';
import { BackupSection } from './pages/BackupSection.ts';
import { DecksSection } from './pages/DecksSection.ts';
import { NewTabPage } from './pages/NewTabPage.ts';
import { settleTransitions } from './settle.ts';
import { readStorage } from './storage.ts';

let session: ExtensionSession;
let backup: BackupSection;
let decks: DecksSection;
let exported: string;

async function everything() {
  return { local: await readStorage(backup.page, 'local'), sync: await readStorage(backup.page, 'sync') };
}

beforeAll(async () => {
  session = await launchExtension();
  const newTab = new NewTabPage(await session.openNewTab());
  await newTab.revealAnswer();
  const options = await session.openOptions();
  backup = new BackupSection(options);
  decks = new DecksSection(options);
  await decks.importFile('Kafka.md', '# What is a consumer group?\nConsumers sharing a topic’s partitions.\n');
  await decks.deckSwitch('Kafka').waitFor();
  // The reveal reaches sync a moment after the click.
  await options.waitForFunction(async () => {
    const sync = await (
      globalThis as unknown as { chrome: { storage: { sync: { get(): Promise<object> } } } }
    ).chrome.storage.sync.get();
    return Object.keys(sync).some((key) => key.startsWith('activity.'));
  });
});
afterAll(() => session.dispose());

test('Export downloads one versioned file with settings, days and decks', async () => {
  const { download, text } = await backup.export();
  exported = text;
  expect(download.suggestedFilename()).toMatch(/^backtab-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'backtab-backup', version: 1, reviews: {} });
  expect(Object.values(file.activity)).toEqual([1]);
  expect(file.decks).toHaveLength(1);
  expect(file.decks[0]).toMatchObject({
    name: 'Kafka',
    enabled: true,
    cards: [{ questionHtml: 'What is a consumer group?' }],
  });
  await expect.poll(() => backup.result.textContent()).toMatch(/^Saved backtab-backup-.*: 1 day of practice, 1 deck/);
});

test('the exported file re-imports cleanly: it matches, so nothing would change', async () => {
  const before = await everything();
  await backup.importFile('backup.json', exported);
  await backup.root.getByText('This backup matches what this device holds').waitFor();
  await backup.root.getByRole('button', { name: 'Close' }).click();
  expect(await everything()).toEqual(before);
});

test('after a deck is deleted, Replace brings this device back to the exported state', async () => {
  const before = await everything();
  await decks.deleteDeck('Kafka');

  await backup.importFile('backup.json', exported);
  await backup.replaceButton.waitFor();
  const mergeChoice = backup.root.locator('.import-choice').first();
  expect(await mergeChoice.textContent()).toContain('Adds 1 deck: Kafka.');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await backup.root.screenshot({ path: `${SCREENSHOT_DIR}/options-backup-preview-light.png`, animations: 'disabled' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await backup.page.emulateMedia({ colorScheme });
    await settleTransitions(backup.page);
    expect(await axeViolations(backup.page)).toEqual([]);
  }
  await backup.root.screenshot({ path: `${SCREENSHOT_DIR}/options-backup-preview-dark.png`, animations: 'disabled' });
  await backup.page.emulateMedia({ colorScheme: 'light' });
  // The preview takes focus, so a keyboard or screen reader user starts reading what would change.
  await expect.poll(() => focusedText(backup.page)).toBe('backup.json');

  await backup.replaceButton.focus();
  await backup.page.keyboard.press('Enter');
  await expect.poll(() => backup.result.textContent()).toBe('Replaced this device’s data with backup.json.');
  // The button pressed went with the preview: the focus goes to what happened, not to the body.
  await expect.poll(() => focusedText(backup.page)).toBe('Replaced this device’s data with backup.json.');
  await decks.deckSwitch('Kafka').waitFor();
  expect(await everything()).toEqual(before);
});

test('Merge by keyboard leaves the focus on what it did', async () => {
  await decks.deleteDeck('Kafka');

  await backup.importFile('backup.json', exported);
  await backup.mergeButton.focus();
  await backup.page.keyboard.press('Enter');
  await expect.poll(() => backup.result.textContent()).toBe('Merged backup.json.');
  await expect.poll(() => focusedText(backup.page)).toBe('Merged backup.json.');
  await decks.deckSwitch('Kafka').waitFor();
});

test('Export by keyboard leaves the focus on what it saved', async () => {
  await backup.exportButton.focus();
  await Promise.all([backup.page.waitForEvent('download'), backup.page.keyboard.press('Enter')]);
  await expect.poll(() => focusedText(backup.page)).toMatch(/^Saved backtab-backup-.*: 1 day of practice/);
});

test.each([
  ['truncated.json', () => exported.slice(0, 40)],
  ['array.json', () => '[]'],
  [
    'setting.json',
    () => {
      const file = JSON.parse(exported);
      return JSON.stringify({ ...file, settings: { ...file.settings, dailyGoal: 'many' } });
    },
  ],
  ['future.json', () => JSON.stringify({ ...JSON.parse(exported), version: 2 })],
  ['empty.json', () => ''],
])('a refused file, %s, leaves the focus on why', async (name, contents) => {
  await backup.fileInput.focus();
  await backup.importFile(name, contents());
  await expect
    .poll(() => focusedText(backup.page))
    .toMatch(new RegExp(`^“${name}” was not imported; nothing changed\\.`));
});

test('a file from a newer Backtab is refused before anything changes', async () => {
  const before = await everything();
  await backup.importFile('newer.json', JSON.stringify({ ...JSON.parse(exported), version: 2 }));
  await expect
    .poll(() => backup.result.textContent())
    .toMatch(/not imported; nothing changed\.This backup is version 2/);
  expect(await everything()).toEqual(before);
});

/** This device's own grades, by question or card id, as storage.local holds them. */
async function ownGrades(): Promise<Record<string, ReviewState>> {
  return ((await readStorage(backup.page, 'local', 'reviewStates')).reviewStates ?? {}) as Record<string, ReviewState>;
}

/** The sync keys of every grade in storage.sync's review chunks, whichever device wrote them. */
async function syncedGradeKeys(): Promise<string[]> {
  const sync = await readStorage(backup.page, 'sync');
  return Object.entries(sync)
    .filter(([key, value]) => key.startsWith('reviews.') && typeof value === 'string')
    .flatMap(([, chunk]) => (chunk as string).split(';'))
    .flatMap((entry) => decodeReviewEntry(entry)?.[0] ?? [])
    .sort();
}

const anotherDevicesFile = (reviews: Record<string, ReviewState>) =>
  JSON.stringify({
    format: 'backtab-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: JSON.parse(exported).settings,
    activity: { '2020-02-02': 1 },
    reviews,
    decks: [],
  });

const aGrade: ReviewState = {
  lastReview: Date.now() - 86_400_000,
  scheduledDays: 5,
  stability: 5,
  difficulty: 5,
  reps: 2,
  lapses: 0,
  state: 2,
};

test('a switched-off deck’s grade is exported, and merging another file keeps it here and in sync', async () => {
  const index = (await readStorage(backup.page, 'local', 'decks')).decks as { id: string; name: string }[];
  const kafka = index.find((deck) => deck.name === 'Kafka');
  if (!kafka) throw new Error('The Kafka deck is missing');
  const card = `deck:${kafka.id}:1`;
  await backup.page.evaluate(
    (reviewStates) =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
      ).chrome.storage.local.set({ reviewStates }),
    { [card]: aGrade },
  );
  await decks.deckSwitch('Kafka').click();
  await expect.poll(() => decks.deckSwitch('Kafka').getAttribute('aria-checked')).toBe('false');

  const file = JSON.parse((await backup.export()).text);
  expect(file.reviews).toEqual({ [card]: aGrade });

  await backup.importFile('another.json', anotherDevicesFile({}));
  await backup.mergeButton.click();
  await expect.poll(() => backup.result.textContent()).toBe('Merged another.json.');
  expect(await ownGrades()).toEqual({ [card]: aGrade });
  await expect.poll(() => syncedGradeKeys()).toEqual([syncKeyOf(card)]);
});

test('grades for ids that name nothing here are left out, and the preview says so', async () => {
  const gradesBefore = await ownGrades();
  const ghosts = Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`ghost-${index}`, aGrade]));
  await backup.importFile('ghosts.json', anotherDevicesFile({ ...ghosts, 'sql-injection': aGrade }));
  await backup.root
    .getByText(
      '3,000 grades in this file are for questions or cards that are in neither Backtab’s question bank nor a deck, so they are left out.',
    )
    .waitFor();
  await backup.mergeButton.click();
  await expect.poll(() => backup.result.textContent()).toBe('Merged ghosts.json.');
  expect(await ownGrades()).toEqual({ ...gradesBefore, 'sql-injection': aGrade });
  await expect
    .poll(() => syncedGradeKeys())
    .toEqual([...Object.keys(gradesBefore), 'sql-injection'].map((id) => syncKeyOf(id)).sort());
});
