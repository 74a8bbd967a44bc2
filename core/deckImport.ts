import { byteLength, DECK_LIMITS, type DeckParseResult, tooLargeProblem } from './deck.ts';
import { parseCsvDeck } from './deckCsv.ts';
import { parseJsonDeck } from './deckJson.ts';
import { parseMarkdownDeck } from './deckMarkdown.ts';
import { decodeDeckFile, looksLikeText, notTextProblem } from './deckText.ts';

/**
 * Turns a deck file into cards with safe HTML, or into a list of problems. This is the module the
 * options page loads when a file is chosen: it pulls in the parsers (papaparse, markdown-it, yaml,
 * htmlparser2), which no other page needs.
 */

export const DECK_FILE_TYPES = ['.csv', '.tsv', '.txt', '.md', '.markdown', '.json'] as const;

/** A deck file as the browser hands it over: its bytes, decoded here so that binary files are caught. */
export function readDeckFile(fileName: string, bytes: Uint8Array): DeckParseResult {
  if (bytes.length > DECK_LIMITS.fileBytes)
    return { ok: false, problems: [tooLargeProblem(bytes.length, DECK_LIMITS.fileBytes, 'a deck file')] };
  const decoded = decodeDeckFile(fileName, bytes);
  return decoded.ok ? parseDeckFile(fileName, decoded.text) : decoded;
}

export function parseDeckFile(fileName: string, text: string): DeckParseResult {
  const bytes = byteLength(text);
  if (bytes > DECK_LIMITS.fileBytes)
    return { ok: false, problems: [tooLargeProblem(bytes, DECK_LIMITS.fileBytes, 'a deck file')] };
  // Also here, for text that was decoded elsewhere (and perhaps lossily), before any parser sees it.
  if (!looksLikeText(text)) return { ok: false, problems: [notTextProblem(fileName)] };
  const extension = /\.[^.]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  try {
    if (extension === '.json') return parseJsonDeck(fileName, text);
    if (extension === '.md' || extension === '.markdown') return parseMarkdownDeck(fileName, text);
    if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return parseCsvDeck(fileName, text);
  } catch (error) {
    // The parsers report problems as values; an exception is a bug, and still must not escape as one.
    return { ok: false, problems: [`The file could not be read: ${(error as Error).message}`] };
  }
  return {
    ok: false,
    problems: [`“${fileName}” is not a deck file Backtab reads: choose a ${DECK_FILE_TYPES.join(', ')} file.`],
  };
}
