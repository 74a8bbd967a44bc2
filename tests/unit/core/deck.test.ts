import { describe, expect, test } from 'vitest';
import {
  cardId,
  cleanDeckName,
  DECK_LIMITS,
  deckIdOfCard,
  deckNameFromFile,
  formatFileSize,
  tooLargeProblem,
  uniqueDeckName,
} from '../../../core/deck.ts';

describe('formatFileSize', () => {
  test('below 1 KB the bytes are counted, so a small file is never "0 KB"', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(412)).toBe('412 bytes');
    expect(formatFileSize(1023)).toBe('1,023 bytes');
  });

  test('from 1 KB, whole kilobytes', () => {
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1536)).toBe('2 KB');
    expect(formatFileSize(300 * 1024 + 100)).toBe('300 KB');
    expect(formatFileSize(1023 * 1024)).toBe('1,023 KB');
  });

  test('from 1 MB, megabytes with one decimal, and never "1,024 KB" on the way', () => {
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(4.5 * 1024 * 1024)).toBe('4.5 MB');
    expect(formatFileSize(DECK_LIMITS.fileBytes)).toBe('4.0 MB');
  });

  test('the too-large message reads as before', () => {
    expect(tooLargeProblem(4.5 * 1024 * 1024, DECK_LIMITS.fileBytes, 'a deck file')).toBe(
      'The file is 4.5 MB; a deck file can be at most 4.0 MB.',
    );
  });
});

describe('deck names', () => {
  test('a name too long to keep is cut at a word, and the cut is shown', () => {
    const long = `Distributed systems interview questions ${'on and '.repeat(20)}on`;
    const name = deckNameFromFile(`${long}.md`);
    expect(name.length).toBeLessThanOrEqual(DECK_LIMITS.nameChars);
    expect(name).toMatch(/^Distributed systems interview questions on and .* (on|and)…$/);
  });

  test('a long name with no spaces is cut where it must, never inside a character', () => {
    const name = cleanDeckName('🦀'.repeat(60));
    expect(name.length).toBeLessThanOrEqual(DECK_LIMITS.nameChars);
    expect(name.endsWith('…')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('a name that fits is kept whole', () => {
    const fits = 'x'.repeat(DECK_LIMITS.nameChars);
    expect(cleanDeckName(fits)).toBe(fits);
  });

  test('a name already taken gets the first free number', () => {
    expect(uniqueDeckName('Redis', [])).toBe('Redis');
    expect(uniqueDeckName('Redis', ['SQL'])).toBe('Redis');
    expect(uniqueDeckName('Redis', ['Redis'])).toBe('Redis (2)');
    expect(uniqueDeckName('Redis', ['Redis', 'Redis (2)'])).toBe('Redis (3)');
    expect(uniqueDeckName('Redis', ['Redis', 'Redis (3)'])).toBe('Redis (2)');
  });

  test('names that differ only in case count as taken: they sound the same to a screen reader', () => {
    expect(uniqueDeckName('redis', ['Redis'])).toBe('redis (2)');
  });

  test('the number still fits within the longest name', () => {
    const longest = `${'word '.repeat(15)}end`.slice(0, DECK_LIMITS.nameChars);
    const renamed = uniqueDeckName(longest, [longest]);
    expect(renamed.length).toBeLessThanOrEqual(DECK_LIMITS.nameChars);
    expect(renamed).toMatch(/… \(2\)$/);
    expect(uniqueDeckName(longest, [longest, renamed])).toMatch(/… \(3\)$/);
  });
});

describe('card ids', () => {
  test('a card id names its deck, which the answer and the deck name are looked up by', () => {
    expect(cardId('k3x9', 0)).toBe('deck:k3x9:1');
    expect(deckIdOfCard(cardId('k3x9', 41))).toBe('k3x9');
  });

  test('a bank question or a malformed id names no deck', () => {
    expect(deckIdOfCard('cap-theorem')).toBeUndefined();
    expect(deckIdOfCard('deck:')).toBeUndefined();
    expect(deckIdOfCard('deck:Not A Deck:1')).toBeUndefined();
    expect(deckIdOfCard('card:k3x9:1')).toBeUndefined();
  });
});
