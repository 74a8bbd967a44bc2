import { describe, expect, test } from 'vitest';
import type { DeckParseResult } from '../../../core/deck.ts';
import { parseDeckFile, readDeckFile } from '../../../core/deckImport.ts';
import { seededRandom } from '../../../core/seededRandom.ts';

/** Noise that stands for an image, a zip or an encrypted file given a deck's extension. */
function randomBytes(seed: number, length = 4096): Uint8Array {
  const random = seededRandom(seed);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let index = 0; index < text.length; index++)
    view.setUint16(2 + index * 2, text.charCodeAt(index), endian === 'le');
  return bytes;
}

function problemsOf(result: DeckParseResult): string[] {
  if (result.ok) throw new Error(`expected problems, got a deck of ${result.deck.cards.length} cards`);
  return result.problems;
}

function questionsOf(result: DeckParseResult): string[] {
  if (!result.ok) throw new Error(`expected a deck, got: ${result.problems.join('; ')}`);
  return result.deck.cards.map((card) => card.questionHtml);
}

const ACCENTS_EMOJI_CJK = 'question,answer\nQu’est-ce qu’un café ?,Une boisson ☕\n什么是索引？,加快查询 🚀\n';

describe('a file that is not text is refused whatever its extension, with one message', () => {
  for (const fileName of ['garbage.md', 'garbage.csv', 'garbage.json', 'garbage.txt', 'garbage.tsv']) {
    test(fileName, () => {
      for (const seed of [1, 2, 3]) {
        expect(problemsOf(readDeckFile(fileName, randomBytes(seed)))).toEqual([
          `“${fileName}” is not a text file: export your deck as CSV, Markdown or JSON.`,
        ]);
      }
    });
  }

  test('also when the bytes were already read as text, as a browser does with invalid UTF-8', () => {
    const lossy = new TextDecoder().decode(randomBytes(4));
    expect(problemsOf(parseDeckFile('garbage.md', lossy))).toEqual([
      '“garbage.md” is not a text file: export your deck as CSV, Markdown or JSON.',
    ]);
  });

  test('valid UTF-8 full of control characters, such as a file of zeros, is not text either', () => {
    expect(problemsOf(readDeckFile('zeros.csv', new Uint8Array(4096)))).toHaveLength(1);
    const controls = utf8(`Q,A\n${'\u0001\u0002\u0003 x'.repeat(100)}`);
    expect(problemsOf(readDeckFile('controls.csv', controls))[0]).toContain('is not a text file');
  });
});

describe('text files are read', () => {
  test('UTF-8 with accents, emoji and CJK', () => {
    expect(questionsOf(readDeckFile('intl.csv', utf8(ACCENTS_EMOJI_CJK)))).toEqual([
      'Qu’est-ce qu’un café ?',
      '什么是索引？',
    ]);
  });

  test('UTF-8 with a byte order mark, in every format', () => {
    const bom = (text: string) => utf8(`\uFEFF${text}`);
    expect(questionsOf(readDeckFile('intl.csv', bom(ACCENTS_EMOJI_CJK)))).toHaveLength(2);
    expect(questionsOf(readDeckFile('intl.md', bom('Qu’est-ce ?\nÇa.\n---\n索引？\n查询 🚀\n')))).toEqual([
      'Qu’est-ce ?',
      '索引？',
    ]);
    expect(questionsOf(readDeckFile('intl.json', bom('[{"question":"Café ?","answer":"☕"}]')))).toEqual(['Café ?']);
  });

  test('UTF-16 with a byte order mark, as Excel’s “Unicode Text” and Notepad save it', () => {
    const tsv = 'Qu’est-ce qu’un café ?\tUne boisson ☕\n什么是索引？\t加快查询 🚀\n';
    for (const endian of ['le', 'be'] as const) {
      expect(questionsOf(readDeckFile('intl.txt', utf16(tsv, endian)))).toEqual([
        'Qu’est-ce qu’un café ?',
        '什么是索引？',
      ]);
    }
  });

  test('a stray control character in a real deck does not make it binary', () => {
    const rows = Array.from({ length: 20 }, (_, index) => `Question ${index}?,Answer ${index}.`);
    rows[3] = 'Question 3?,Answer\u000b 3.';
    expect(questionsOf(readDeckFile('stray.csv', utf8(`${rows.join('\n')}\n`)))).toHaveLength(20);
  });

  test('text in an older encoding than UTF-8 is refused with what to do, not called binary', () => {
    // "Qu'est-ce qu'un café ?,Une boisson" as Windows-1252, Excel's plain "CSV" on a Western Windows.
    const windows1252 = Uint8Array.from([...utf8("Qu'est-ce qu'un caf"), 0xe9, ...utf8(' ?,Une boisson\n')]);
    expect(problemsOf(readDeckFile('old.csv', windows1252))).toEqual([
      '“old.csv” is not UTF-8 text: save it again as UTF-8 (in Excel: “CSV UTF-8”), then import it.',
    ]);
  });

  test('the size limit is checked on the bytes, before they are decoded', () => {
    expect(problemsOf(readDeckFile('big.csv', new Uint8Array(4 * 1024 * 1024 + 1)))[0]).toMatch(/^The file is 4\.0 MB/);
  });
});
