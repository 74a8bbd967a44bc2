import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { initialScripts } from '../../bench/build.ts';
import { seededRandom } from '../../core/seededRandom.ts';
import { axeViolations } from './axe.ts';
import { CHROME_BUILD_DIR, type ExtensionSession, launchExtension, SCREENSHOT_DIR } from './extension.ts';
import { focusedText } from './focus.ts';
import { DecksSection } from './pages/DecksSection.ts';
import { settleTransitions } from './settle.ts';
import { readStorage } from './storage.ts';

let session: ExtensionSession;
let decks: DecksSection;

beforeAll(async () => {
  session = await launchExtension();
  decks = new DecksSection(await session.openOptions());
  await decks.fileInput.waitFor({ state: 'attached' });
});
afterAll(() => session.dispose());

const ANKI_EXPORT = [
  '#separator:tab',
  '#html:true',
  '#tags column:3',
  'What does <b>EXPLAIN ANALYZE</b> add to EXPLAIN?\tIt runs the query<br>and reports real timings.\tsql',
  '"A question with a\ttab"\t<img src=x onerror=alert(1)>Answer<script>alert(1)</script>\tsql',
  '',
].join('\n');

test('an Anki export imported on the options page is listed, stored as safe HTML, and can be switched off', async () => {
  await decks.importFile('SQL tuning.txt', ANKI_EXPORT);
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “SQL tuning” with 2 cards/);
  const deckSwitch = decks.deckSwitch('SQL tuning');
  expect(await deckSwitch.isChecked()).toBe(true);
  expect(await decks.row('SQL tuning').textContent()).toContain('2 cards');

  const stored = await readStorage(decks.page, 'local');
  const [info] = stored.decks as { id: string }[];
  expect(stored[`deck.${info?.id}`]).toEqual([
    {
      id: `deck:${info?.id}:1`,
      questionHtml: 'What does EXPLAIN ANALYZE add to EXPLAIN?',
      answerHtml: '<p>It runs the query<br>and reports real timings.</p>',
      tags: ['sql'],
    },
    { id: `deck:${info?.id}:2`, questionHtml: 'A question with a\ttab', answerHtml: '<p>Answer</p>', tags: ['sql'] },
  ]);

  await deckSwitch.click();
  await expect
    .poll(async () => ((await readStorage(decks.page, 'local')).decks as { enabled: boolean }[])[0]?.enabled)
    .toBe(false);
  expect(await deckSwitch.isChecked()).toBe(false);

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await decks.root.screenshot({ path: `${SCREENSHOT_DIR}/options-decks-light.png`, animations: 'disabled' });
});

test('a broken file is refused with the row named, and nothing changes', async () => {
  const before = await readStorage(decks.page, 'local');
  await decks.importFile('broken.csv', 'question,answer\nQ1,A1\n"Q2,A2\n');
  await expect
    .poll(() => decks.result.textContent())
    .toMatch(/not imported; nothing changed\..*row 3: a quoted field is not closed/);
  expect(await readStorage(decks.page, 'local')).toEqual(before);
});

test('deleting asks first, then removes the deck and its cards', async () => {
  await decks.importFile('Redis.json', JSON.stringify([{ question: 'What is `EXPIRE`?', answer: 'Sets a **TTL**.' }]));
  await decks.deckSwitch('Redis').waitFor();
  const row = decks.row('Redis');
  await row.getByRole('button', { name: 'Delete Redis' }).click();
  // The safe choice has the focus, once the confirmation has rendered (an effect, after a frame).
  await expect.poll(() => focusedText(decks.page)).toBe('Keep');
  for (const colorScheme of ['light', 'dark'] as const) {
    await decks.page.emulateMedia({ colorScheme });
    await settleTransitions(decks.page);
    expect(await axeViolations(decks.page)).toEqual([]);
  }
  await decks.root.screenshot({ path: `${SCREENSHOT_DIR}/options-decks-dark.png`, animations: 'disabled' });
  await decks.page.emulateMedia({ colorScheme: 'light' });
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await decks.deckSwitch('Redis').waitFor({ state: 'detached' });
  const stored = await readStorage(decks.page, 'local');
  expect((stored.decks as { name: string }[]).map((deck) => deck.name)).toEqual(['SQL tuning']);
  expect(Object.keys(stored).filter((key) => key.startsWith('deck.'))).toHaveLength(1);
});

test('a 5,000-card deck imports in the browser', async () => {
  const rows = Array.from(
    { length: 5_000 },
    (_, index) =>
      `"Question ${index}: what is pattern ${index}, and when would you use it?","Pattern ${index} is useful when ""${index}"" matters.\nSee https://example.com/${index}.",generated`,
  );
  const started = Date.now();
  await decks.importFile('Generated.csv', `question,answer,tags\n${rows.join('\n')}\n`, 'text/csv');
  await expect
    .poll(() => decks.result.textContent(), { timeout: 30_000 })
    .toMatch(/^Added “Generated” with 5,000 cards/);
  const elapsed = Date.now() - started;
  console.info(`5,000-card CSV imported on the options page in ${elapsed} ms (file chosen to deck listed)`);
  expect(elapsed).toBeLessThan(30_000);
});

test('a binary file is refused as not text, whatever its extension, and nothing changes', async () => {
  const before = await readStorage(decks.page, 'local');
  const random = seededRandom(7);
  const noise = Buffer.from(Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
  for (const name of ['garbage.md', 'garbage.csv']) {
    await decks.fileInput.setInputFiles({ name, mimeType: 'application/octet-stream', buffer: noise });
    await expect
      .poll(() => decks.result.textContent())
      .toBe(
        `“${name}” was not imported; nothing changed.“${name}” is not a text file: export your deck as CSV, Markdown or JSON.`,
      );
  }
  expect(await readStorage(decks.page, 'local')).toEqual(before);
});

test('a small file’s size is told in bytes, not as 0 KB', async () => {
  const contents = 'question,answer\nWhat is a B-tree?,A balanced search tree.\n';
  await decks.importFile('Trees.csv', contents, 'text/csv');
  await expect
    .poll(() => decks.result.textContent())
    .toBe(`Added “Trees” with 1 card from a file of ${Buffer.byteLength(contents)} bytes.`);
});

test('choosing a file leaves the focus on what became of it, imported or not', async () => {
  await decks.fileInput.focus();
  await decks.importFile('Heaps.csv', 'question,answer\nWhat is a heap?,A tree kept in order.\n', 'text/csv');
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “Heaps”/);
  await expect.poll(() => focusedText(decks.page)).toMatch(/^Added “Heaps” with 1 card/);

  await decks.fileInput.focus();
  await decks.importFile('empty.csv', '', 'text/csv');
  await expect.poll(() => decks.result.textContent()).toMatch(/^“empty\.csv” was not imported/);
  await expect.poll(() => focusedText(decks.page)).toMatch(/^“empty\.csv” was not imported; nothing changed\./);
});

test('the same file imported twice makes decks with names of their own', async () => {
  const redis = JSON.stringify([{ question: 'What does `INCR` return?', answer: 'The new value.' }]);
  await decks.importFile('Caching.json', redis);
  await decks.root.getByRole('switch', { name: 'Caching', exact: true }).waitFor();
  await decks.importFile('Caching.json', redis);
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “Caching \(2\)” with 1 card/);
  expect(await decks.root.getByRole('switch', { name: 'Caching', exact: true }).count()).toBe(1);
  expect(await decks.root.getByRole('switch', { name: 'Caching (2)', exact: true }).count()).toBe(1);
  expect(await decks.root.getByRole('button', { name: 'Delete Caching (2)', exact: true }).count()).toBe(1);
  expect(await decks.root.getByRole('button', { name: 'Delete Caching', exact: true }).count()).toBe(1);
});

test('a deck with a very long name wraps it, whole, and its Delete button lines up with the others', async () => {
  const fileName = `Distributed systems questions for the on-call rotation ${'and on '.repeat(12)}and on.md`;
  await decks.importFile(fileName, 'What is a quorum?\nA majority of the replicas.\n');
  await expect.poll(() => decks.result.textContent()).toMatch(/^Added “Distributed systems/);
  const stored = (await readStorage(decks.page, 'local')).decks as { name: string }[];
  const longName = stored.at(-1)?.name ?? '';

  const longRow = decks.row(longName);
  const label = longRow.locator('.deck-name');
  expect(await label.textContent()).toBe(longName);
  // Nothing of the name is hidden: it wraps rather than overflows.
  expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

  const deleteButtons = await decks.rows.getByRole('button', { name: /^Delete / }).all();
  expect(deleteButtons.length).toBeGreaterThan(2);
  const lefts = await Promise.all(deleteButtons.map(async (button) => (await button.boundingBox())?.x ?? 0));
  expect(new Set(lefts.map((x) => Math.round(x))).size).toBe(1);
  // On its row's first line, beside the name, not dropped below it.
  const nameBox = await label.boundingBox();
  const deleteBox = await longRow.getByRole('button', { name: /^Delete / }).boundingBox();
  expect(deleteBox && nameBox && deleteBox.y < nameBox.y + nameBox.height).toBe(true);
  await decks.root.screenshot({ path: `${SCREENSHOT_DIR}/options-decks-long-name.png`, animations: 'disabled' });
  // Past 80 characters the name is cut where a word ends, and says so, rather than in a word.
  expect(longName).toMatch(/ on…$/);
});

test('the new tab’s initial script carries none of the deck parsers', () => {
  const scripts = initialScripts(CHROME_BUILD_DIR, 'newtab.html');
  expect(scripts.length).toBeGreaterThan(0);
  for (const { file } of scripts) {
    const code = readFileSync(`${CHROME_BUILD_DIR}/${file}`, 'utf8');
    // papaparse, markdown-it and our deck importer, by strings each of them carries.
    for (const marker of ['UndetectableDelimiter', 'linkify', 'is not a deck file Backtab reads']) {
      expect(code.includes(marker), `${file} contains ${marker}`).toBe(false);
    }
  }
});
