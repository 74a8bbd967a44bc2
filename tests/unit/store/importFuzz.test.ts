import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { encodeActivityLog } from '../../../core/activityLog.ts';
import { parseBackup } from '../../../core/backup.ts';
import { parseDeckFile } from '../../../core/deckImport.ts';
import { DEFAULT_SETTINGS } from '../../../core/settings.ts';
import { createBackupStore } from '../../../store/backup.ts';
import { createDeckStore, DeckImportError } from '../../../store/decks.ts';
import type { WithLock } from '../../../store/lock.ts';
import { createReviewStore } from '../../../store/reviews.ts';
import { createSyncWriter } from '../../../store/syncWriter.ts';
import { fakeAreas } from '../../fakes/storageArea.ts';
import { expectSafeHtml, snapshot } from '../htmlSafety.ts';

/**
 * Whatever a file holds, importing it either fails with readable problems and leaves storage exactly
 * as it was, or stores cards whose HTML is safe to show.
 */

const PAYLOADS = [
  `=cmd|' /C calc'!A0`,
  '@SUM(1)',
  '+1+1',
  '-2+3',
  '=HYPERLINK("https://evil.example","click")',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '<svg onload=alert(1)>',
  '<p style="background:url(https://evil.example)">x</p>',
  '![x](https://evil.example/pixel.png)',
  '"quoted, with comma"',
  '"""',
  '\t',
  '\n---\n',
  '#separator:tab',
  '---\nquestion: x\n---',
  '&lt;script&gt;',
  '<<script>script>alert(1)<</script>/script>',
  '{"question": 1}',
];

/** Hundreds of imports a property: longer than a unit test's usual five seconds on a shared machine. */
const FUZZ = { timeout: 120_000 };

const noLock: WithLock = (_name, task) => task();

async function seededDevice() {
  const areas = fakeAreas();
  const decks = createDeckStore({
    areas,
    withLock: noLock,
    newId: () => `d${Math.random().toString(36).slice(2, 10)}`,
  });
  const reviews = createReviewStore({
    areas,
    deviceId: async () => 'laptop',
    writer: createSyncWriter(areas),
    withLock: noLock,
  });
  const backups = createBackupStore({
    areas,
    deviceId: async () => 'laptop',
    withLock: noLock,
    reviews,
    bankQuestionIds: async () => ['cap-theorem'],
    now: () => 0,
    timeZone: () => 'UTC',
  });
  await areas.sync.set({
    settings: { ...DEFAULT_SETTINGS, dailyGoal: 2 },
    'activity.laptop': encodeActivityLog(new Map([['2026-04-30', 2]])),
    'activity.phone': encodeActivityLog(new Map([['2026-04-29', 1]])),
  });
  await areas.local.set({ activityLog: encodeActivityLog(new Map([['2026-04-30', 2]])) });
  await decks.importDeck({
    name: 'Seed',
    warnings: [],
    cards: [{ questionHtml: 'Q', answerHtml: '<p>A</p>', tags: [] }],
  });
  return { areas, decks, backups };
}

async function expectDeckImportSafe(fileName: string, text: string) {
  const { areas, decks } = await seededDevice();
  const before = snapshot(areas.local, areas.sync);
  const result = parseDeckFile(fileName, text);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(typeof problem).toBe('string');
    expect(snapshot(areas.local, areas.sync)).toBe(before);
    return;
  }
  for (const card of result.deck.cards) {
    expectSafeHtml(card.questionHtml);
    expectSafeHtml(card.answerHtml);
  }
  try {
    await decks.importDeck(result.deck);
  } catch (error) {
    expect(error).toBeInstanceOf(DeckImportError);
    expect(snapshot(areas.local, areas.sync)).toBe(before);
    return;
  }
  for (const card of await decks.loadEnabledCards()) {
    expectSafeHtml(card.questionHtml);
    expectSafeHtml(card.answerHtml);
  }
}

async function expectBackupImportSafe(text: string) {
  const { areas, backups, decks } = await seededDevice();
  const before = snapshot(areas.local, areas.sync);
  const result = parseBackup(text);
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    expect(snapshot(areas.local, areas.sync)).toBe(before);
    return;
  }
  for (const mode of ['merge', 'replace'] as const) {
    try {
      await backups.applyImport(result.backup, mode);
    } catch {
      expect(snapshot(areas.local, areas.sync)).toBe(before);
      continue;
    }
    for (const card of await decks.loadEnabledCards()) {
      expectSafeHtml(card.questionHtml);
      expectSafeHtml(card.answerHtml);
    }
  }
}

const fileNames = fc.constantFrom('deck.csv', 'deck.tsv', 'deck.txt', 'deck.md', 'deck.json', 'deck.pdf');
const bytesAsText = fc.uint8Array({ maxLength: 2_000 }).map((bytes) => new TextDecoder().decode(bytes));
const field = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...PAYLOADS),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const cardFields = fc.array(fc.tuple(field, field, fc.array(field, { maxLength: 3 })), { minLength: 1, maxLength: 8 });

const csvQuote = (value: string) => `"${value.replaceAll('"', '""')}"`;
const validFiles = {
  csv: (cards: [string, string, string[]][]) =>
    `question,answer,tags\n${cards.map(([q, a, tags]) => [q, a, tags.join(' ')].map(csvQuote).join(',')).join('\n')}\n`,
  anki: (cards: [string, string, string[]][]) =>
    `#separator:tab\n#html:true\n#tags column:3\n${cards.map(([q, a, tags]) => [q, a, tags.join(' ')].map(csvQuote).join('\t')).join('\n')}\n`,
  markdown: (cards: [string, string, string[]][]) =>
    `---\nname: "Fuzz"\n---\n${cards.map(([q, a]) => `# ${q.replaceAll('\n', ' ')}\n${a}`).join('\n---\n')}\n`,
  json: (cards: [string, string, string[]][]) =>
    JSON.stringify(cards.map(([question, answer, tags]) => ({ question, answer, tags }))),
};
const formats = fc.constantFrom(
  ['deck.csv', validFiles.csv] as const,
  ['anki.txt', validFiles.anki] as const,
  ['deck.md', validFiles.markdown] as const,
  ['deck.json', validFiles.json] as const,
);

describe('deck files', () => {
  test('random bytes', FUZZ, async () => {
    await fc.assert(fc.asyncProperty(fileNames, bytesAsText, expectDeckImportSafe), { numRuns: 300 });
  });

  test('valid files full of formula, HTML and script payloads', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(formats, cardFields, async ([fileName, write], cards) =>
        expectDeckImportSafe(fileName, write(cards)),
      ),
      { numRuns: 300 },
    );
  });

  test('valid files cut off anywhere', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(
        formats,
        cardFields,
        fc.double({ min: 0, max: 1, noNaN: true }),
        async ([fileName, write], cards, at) => {
          const text = write(cards);
          await expectDeckImportSafe(fileName, text.slice(0, Math.floor(text.length * at)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('huge fields', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(
        formats,
        fc.integer({ min: 9_000, max: 12_000 }),
        fc.constantFrom(...PAYLOADS),
        async ([fileName, write], length, payload) =>
          expectDeckImportSafe(
            fileName,
            write([[payload, payload.repeat(Math.ceil(length / payload.length)).slice(0, length), []]]),
          ),
      ),
      { numRuns: 40 },
    );
  });
});

const validBackup = (cards: [string, string, string[]][], deckIds: string[]) =>
  JSON.stringify({
    format: 'backtab-backup',
    version: 1,
    exportedAt: '2026-05-01T12:00:00.000Z',
    settings: { dailyGoal: 3 },
    activity: { '2026-04-01': 1, '2026-04-02': 70 },
    reviews: {},
    decks: deckIds.map((id) => ({
      id,
      name: 'Fuzzed',
      enabled: true,
      importedAt: 1,
      cards: cards.map(([questionHtml, answerHtml, tags], index) => ({
        id: `deck:${id}:${index % 3}`,
        questionHtml,
        answerHtml,
        tags,
      })),
    })),
  });
const deckIds = fc.array(fc.constantFrom('abc', 'def', 'ABC', 'seed', ''), { maxLength: 3 });

describe('backup files', () => {
  test('random bytes', FUZZ, async () => {
    await fc.assert(fc.asyncProperty(bytesAsText, expectBackupImportSafe), { numRuns: 300 });
  });

  test('HTML payloads in card HTML, duplicate and invalid ids', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(cardFields, deckIds, async (cards, ids) => expectBackupImportSafe(validBackup(cards, ids))),
      {
        numRuns: 300,
      },
    );
  });

  test('valid backups cut off anywhere', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(cardFields, fc.double({ min: 0, max: 1, noNaN: true }), async (cards, at) => {
        const text = validBackup(cards, ['abc']);
        await expectBackupImportSafe(text.slice(0, Math.floor(text.length * at)));
      }),
      { numRuns: 200 },
    );
  });

  test('any JSON value', FUZZ, async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => expectBackupImportSafe(JSON.stringify(value) ?? '')),
      {
        numRuns: 300,
      },
    );
  });
});
