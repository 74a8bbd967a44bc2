import { byteLength, DECK_LIMITS, type DeckParseResult, tooLargeProblem } from './deck.ts';
import { parseCsvDeck } from './deckCsv.ts';
import { parseJsonDeck } from './deckJson.ts';
import { parseMarkdownDeck } from './deckMarkdown.ts';

/**
 * Turns a deck file into cards with safe HTML, or into a list of problems. This is the module the
 * options page loads when a file is chosen: it pulls in the parsers (papaparse, markdown-it, yaml,
 * htmlparser2), which no other page needs.
 */

export const DECK_FILE_TYPES = ['.csv', '.tsv', '.txt', '.md', '.markdown', '.json'] as const;

export function parseDeckFile(fileName: string, text: string): DeckParseResult {
  const bytes = byteLength(text);
  if (bytes > DECK_LIMITS.fileBytes)
    return { ok: false, problems: [tooLargeProblem(bytes, DECK_LIMITS.fileBytes, 'a deck file')] };
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
