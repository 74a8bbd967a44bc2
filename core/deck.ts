import * as v from 'valibot';

/**
 * Custom decks: cards the user imports from a file, kept in storage.local by store/decks.ts. A card
 * holds HTML rendered and sanitised at import time (core/cardRender.ts), so the pages that show it
 * need no parser. This module stays free of the parsers so the new tab can read decks cheaply.
 */

export interface CardContent {
  /** Inline HTML: shown as the page's heading. */
  questionHtml: string;
  answerHtml: string;
  tags: string[];
}

export interface DeckCard extends CardContent {
  /** `deck:<deckId>:<n>`, stable for as long as the deck exists, so review states can refer to it. */
  id: string;
}

/** An entry of the deck index, the list the options page shows without loading any cards. */
export interface DeckInfo {
  id: string;
  name: string;
  enabled: boolean;
  cardCount: number;
  /** When the deck was imported, in ms since 1970. */
  importedAt: number;
}

/** What a parser makes of a file, before it has an id. */
export interface ParsedDeck {
  name: string;
  cards: CardContent[];
  /** Things worth knowing that did not stop the import, such as ignored columns. */
  warnings: string[];
}

export type DeckParseResult = { ok: true; deck: ParsedDeck } | { ok: false; problems: string[] };

export const DECK_LIMITS = {
  /** A deck file larger than this is refused before it is parsed. */
  fileBytes: 4 * 1024 * 1024,
  /**
   * All decks together, as stored. A backup carries every deck and imports up to 5 MB, so decks stay
   * below that with room for settings and activity: whatever Backtab exports, it can import again.
   */
  totalBytes: 4 * 1024 * 1024,
  cards: 10_000,
  /** Characters in one question or answer as written in the file. */
  fieldChars: 10_000,
  nameChars: 80,
  tags: 20,
  tagChars: 64,
} as const;

/** Problems past this many are summarised in one line: a broken file would otherwise list thousands. */
export const MAX_PROBLEMS_LISTED = 20;

export const DECK_ID_PATTERN = /^[a-z0-9]{1,32}$/;

/** What every card id of a deck starts with: card ids are `deck:<deckId>:<n>`. */
export function cardIdPrefix(deckId: string): string {
  return `deck:${deckId}:`;
}

export function cardId(deckId: string, index: number): string {
  return `${cardIdPrefix(deckId)}${index + 1}`;
}

/** The deck a card id names; undefined for an id that is not a deck card's, such as a bank question's. */
export function deckIdOfCard(id: string): string | undefined {
  const [scheme, deckId] = id.split(':');
  return scheme === 'deck' && deckId !== undefined && DECK_ID_PATTERN.test(deckId) ? deckId : undefined;
}

/** Tags trimmed, deduplicated and capped; empty ones dropped. */
export function normaliseTags(tags: readonly string[]): string[] {
  const unique = new Set<string>();
  for (const tag of tags) {
    const trimmed = tag.trim().slice(0, DECK_LIMITS.tagChars);
    if (trimmed !== '') unique.add(trimmed);
    if (unique.size === DECK_LIMITS.tags) break;
  }
  return [...unique];
}

/** The deck's name from its file's: `Networking basics.csv` becomes `Networking basics`. */
export function deckNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).at(-1) ?? '';
  return cleanDeckName(base.replace(/\.[^.]+$/, '')) || 'Imported deck';
}

export function cleanDeckName(name: string): string {
  // Control characters would only confuse how the name is shown.
  return shortenName(
    name
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .trim(),
    DECK_LIMITS.nameChars,
  );
}

/**
 * Cuts a name to `maxChars` at the last word that fits, ending it with "…": a name cut in the middle
 * of a word reads as if the file were called that. Without a space in its second half (CJK, or one
 * long word), it is cut where it must.
 */
function shortenName(name: string, maxChars: number): string {
  if (name.length <= maxChars) return name;
  let kept = name.slice(0, maxChars - 1);
  // Half of a surrogate pair would show as a broken character.
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const lastSpace = kept.lastIndexOf(' ');
  if (lastSpace >= maxChars / 2) kept = kept.slice(0, lastSpace);
  return `${kept.trimEnd()}…`;
}

/**
 * The name a newly imported deck gets: its own, or with the first free " (2)", " (3)"... Two decks of
 * one name would give their switches and Delete buttons the same accessible name. Case is ignored,
 * as a screen reader reads "Redis" and "redis" alike.
 */
export function uniqueDeckName(name: string, takenNames: Iterable<string>): string {
  const comparable = (candidate: string) => candidate.normalize('NFC').toLowerCase();
  const taken = new Set(Array.from(takenNames, comparable));
  if (!taken.has(comparable(name))) return name;
  for (let number = 2; ; number++) {
    const suffix = ` (${number})`;
    const candidate = `${shortenName(name, DECK_LIMITS.nameChars - suffix.length)}${suffix}`;
    if (!taken.has(comparable(candidate))) return candidate;
  }
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Lists problems, the first MAX_PROBLEMS_LISTED of them and a count of the rest. */
export function capProblems(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return [...problems];
  return [...problems.slice(0, MAX_PROBLEMS_LISTED), `…and ${problems.length - MAX_PROBLEMS_LISTED} more problems.`];
}

/**
 * Checks one card's source text against the limits. `where` names the card in messages, such as
 * "row 12" or "card 3 (line 40)".
 */
export function fieldProblems(where: string, question: string, answer: string): string[] {
  const problems: string[] = [];
  if (question.trim() === '') problems.push(`${where}: the question is empty`);
  if (answer.trim() === '') problems.push(`${where}: the answer is empty`);
  for (const [field, text] of [
    ['question', question],
    ['answer', answer],
  ] as const) {
    if (text.length > DECK_LIMITS.fieldChars) {
      problems.push(
        `${where}: the ${field} has ${text.length.toLocaleString('en')} characters; the most is ${DECK_LIMITS.fieldChars.toLocaleString('en')}`,
      );
    }
  }
  return problems;
}

/**
 * A file's size as people read it: "412 bytes", "37 KB", "1.4 MB". Whole kilobytes, since a tenth of
 * one says nothing; megabytes keep one decimal, as the limits (4.0 MB) are told in them.
 */
export function formatFileSize(bytes: number): string {
  const kilobytes = Math.round(bytes / 1024);
  if (bytes < 1024) return `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  // 1,023.6 KB would round to "1,024 KB": that is already a megabyte.
  if (kilobytes < 1024) return `${kilobytes.toLocaleString('en')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function tooLargeProblem(bytes: number, limit: number, what: string): string {
  return `The file is ${formatFileSize(bytes)}; ${what} can be at most ${formatFileSize(limit)}.`;
}

// What storage holds is read back through these: readers tolerate anything and skip what is not a deck.
const storedText = v.pipe(v.string(), v.maxLength(200_000));

export const deckInfoSchema = v.object({
  id: v.pipe(v.string(), v.regex(DECK_ID_PATTERN)),
  name: v.pipe(v.string(), v.maxLength(DECK_LIMITS.nameChars)),
  enabled: v.boolean(),
  cardCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  importedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const deckCardSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(80)),
  questionHtml: storedText,
  answerHtml: storedText,
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(DECK_LIMITS.tagChars))), v.maxLength(DECK_LIMITS.tags)),
});

/** The deck index as stored, with unreadable or repeated entries left out. */
export function readDeckIndex(stored: unknown): DeckInfo[] {
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const decks: DeckInfo[] = [];
  for (const entry of stored) {
    const parsed = v.safeParse(deckInfoSchema, entry);
    if (!parsed.success || seen.has(parsed.output.id)) continue;
    seen.add(parsed.output.id);
    decks.push(parsed.output);
  }
  return decks;
}

/** One deck's cards as stored; cards that are not cards of this deck are left out. */
export function readDeckCards(deckId: string, stored: unknown): DeckCard[] {
  if (!Array.isArray(stored)) return [];
  const prefix = cardIdPrefix(deckId);
  const cards: DeckCard[] = [];
  for (const entry of stored) {
    const parsed = v.safeParse(deckCardSchema, entry);
    if (parsed.success && parsed.output.id.startsWith(prefix)) cards.push(parsed.output);
  }
  return cards;
}
