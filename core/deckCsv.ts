import Papa from 'papaparse';
import { renderText } from './cardRender.ts';
import {
  type CardContent,
  capProblems,
  cleanDeckName,
  DECK_LIMITS,
  type DeckParseResult,
  deckNameFromFile,
  fieldProblems,
  normaliseTags,
} from './deck.ts';
import { htmlToText } from './safeHtml.ts';

/**
 * CSV and TSV decks, including Anki's "Notes in Plain Text" export and its file headers
 * (`#separator:tab`, `#html:true`, `#tags column:3`, `#deck column:2`, `#columns:Front\tBack`, ...;
 * see rslib/src/import_export/text/csv/metadata.rs in Anki). Every field is text: a cell such as
 * `=cmd|' /C calc'!A0` is shown as those characters and never evaluated, and `#html:true` fields are
 * reduced to their text, never trusted as markup.
 */

const NAMED_SEPARATORS: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

const QUESTION_NAMES = new Set(['question', 'front', 'prompt', 'term']);
const ANSWER_NAMES = new Set(['answer', 'back', 'response', 'definition']);
const TAG_NAMES = new Set(['tags', 'tag']);

interface Header {
  separator?: string;
  html: boolean;
  globalTags: string[];
  columnNames?: string[];
  deckName?: string;
  /** 1-based, as Anki numbers columns. */
  tagsColumn?: number;
  deckColumn?: number;
  otherMetaColumns: number[];
  /** Lines the header took, so rows can be numbered as a spreadsheet shows them. */
  lineCount: number;
}

function separatorFrom(value: string): string | undefined {
  const named = NAMED_SEPARATORS[value.trim().toLowerCase()];
  if (named) return named;
  return value.length === 1 && value !== '"' && value !== '\n' && value !== '\r' ? value : undefined;
}

function columnNumber(value: string): number | undefined {
  const number = Number(value.trim());
  return Number.isInteger(number) && number >= 1 && number <= 1000 ? number : undefined;
}

/** Anki's meta lines: an optional `tags:` first line, then `#key:value` lines and `#` comments. */
function readHeader(lines: string[]): Header {
  const header: Header = { html: false, globalTags: [], otherMetaColumns: [], lineCount: 0 };
  let columnsLine: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (index === 0 && line.startsWith('tags:')) {
      header.globalTags = line.slice('tags:'.length).split(/\s+/);
      header.lineCount++;
      continue;
    }
    if (!line.startsWith('#')) break;
    header.lineCount++;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(1, colon).trim().toLowerCase();
    const value = line.slice(colon + 1);
    if (key === 'separator') header.separator = separatorFrom(value) ?? header.separator;
    else if (key === 'html') header.html = value.trim().toLowerCase() === 'true';
    else if (key === 'tags') header.globalTags = value.split(/\s+/);
    else if (key === 'columns') columnsLine = value;
    else if (key === 'deck') header.deckName = value.trim();
    else if (key === 'tags column') header.tagsColumn = columnNumber(value);
    else if (key === 'deck column') header.deckColumn = columnNumber(value);
    else if (key === 'notetype column' || key === 'guid column') {
      const column = columnNumber(value);
      if (column !== undefined) header.otherMetaColumns.push(column);
    }
  }
  if (columnsLine !== undefined) {
    // The column names are themselves a record in the file's separator, quotes and all.
    const parsed = Papa.parse<string[]>(columnsLine, { delimiter: header.separator ?? '\t' });
    header.columnNames = parsed.data[0];
  }
  return header;
}

interface Columns {
  question: number;
  answer: number;
  tags?: number;
  deck?: number;
  /** How many columns hold something else and are ignored. */
  ignored: number;
}

/** 0-based column indexes. Names decide when they say which is which; otherwise the order does. */
function chooseColumns(header: Header, names: string[] | undefined, width: number): Columns | undefined {
  const meta = new Set(
    [header.tagsColumn, header.deckColumn, ...header.otherMetaColumns]
      .filter((column): column is number => column !== undefined)
      .map((column) => column - 1),
  );
  const lower = names?.map((name) => name.trim().toLowerCase());
  const named = (wanted: Set<string>) => lower?.findIndex((name, index) => wanted.has(name) && !meta.has(index)) ?? -1;
  let tags = header.tagsColumn !== undefined ? header.tagsColumn - 1 : undefined;
  if (tags === undefined && lower) {
    const index = lower.findIndex((name) => TAG_NAMES.has(name));
    if (index >= 0) {
      tags = index;
      meta.add(index);
    }
  }
  const free = Array.from({ length: width }, (_, index) => index).filter((index) => !meta.has(index));
  let question = named(QUESTION_NAMES);
  let answer = named(ANSWER_NAMES);
  if (question < 0) question = free.find((index) => index !== answer) ?? -1;
  if (answer < 0) answer = free.find((index) => index !== question) ?? -1;
  if (question < 0 || answer < 0) return undefined;
  const ignored = free.filter((index) => index !== question && index !== answer).length;
  return {
    question,
    answer,
    ...(tags !== undefined ? { tags } : {}),
    ...(header.deckColumn !== undefined ? { deck: header.deckColumn - 1 } : {}),
    ignored,
  };
}

function looksLikeHeaderRow(row: string[]): boolean {
  const lower = row.map((cell) => cell.trim().toLowerCase());
  return lower.some((cell) => QUESTION_NAMES.has(cell)) && lower.some((cell) => ANSWER_NAMES.has(cell));
}

export function parseCsvDeck(fileName: string, source: string): DeckParseResult {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split(/\r\n|\n|\r/);
  const header = readHeader(lines);
  const body = lines.slice(header.lineCount).join('\n');
  const separator = header.separator ?? (/\.tsv$/i.test(fileName) ? '\t' : undefined);

  const parsed = Papa.parse<string[]>(body, {
    ...(separator ? { delimiter: separator } : { delimitersToGuess: [',', '\t', ';', '|'] }),
    quoteChar: '"',
    skipEmptyLines: 'greedy',
  });
  let rows = parsed.data;
  const hasHeaderRow = header.columnNames === undefined && rows[0] !== undefined && looksLikeHeaderRow(rows[0]);
  const names = header.columnNames ?? (hasHeaderRow ? rows[0] : undefined);
  if (hasHeaderRow) rows = rows.slice(1);
  // A spreadsheet shows the header lines and the header row as rows too.
  const firstRowNumber = header.lineCount + (hasHeaderRow ? 1 : 0) + 1;
  const rowName = (index: number) => `row ${firstRowNumber + index}`;

  const problems: string[] = [];
  for (const error of parsed.errors) {
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
      const where = error.row === undefined ? 'the file' : rowName(error.row - (hasHeaderRow ? 1 : 0));
      problems.push(`${where}: a quoted field is not closed properly (${error.message})`);
    }
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  if (rows.length === 0) return { ok: false, problems: ['No cards found: the file has no rows.'] };
  if (rows.length > DECK_LIMITS.cards) {
    return { ok: false, problems: [`The file has ${rows.length} rows; a deck can hold at most ${DECK_LIMITS.cards}.`] };
  }

  const width = Math.max(names?.length ?? 0, ...rows.slice(0, 50).map((row) => row.length));
  const columns = chooseColumns(header, names, width);
  if (!columns) {
    return {
      ok: false,
      problems: [
        'Each row needs a question and an answer column; this file has only one column (is the separator right?).',
      ],
    };
  }

  const cards: CardContent[] = [];
  const deckNames = new Set<string>();
  const fieldText = (value: string | undefined) => {
    const raw = value ?? '';
    return header.html ? htmlToText(raw) : raw;
  };
  for (const [index, row] of rows.entries()) {
    const question = fieldText(row[columns.question]);
    const answer = fieldText(row[columns.answer]);
    const rowProblems = fieldProblems(rowName(index), question, answer);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    if (columns.deck !== undefined) deckNames.add((row[columns.deck] ?? '').trim());
    const rowTags = columns.tags === undefined ? [] : (row[columns.tags] ?? '').split(/\s+/);
    cards.push({
      questionHtml: renderText(question, 'inline'),
      answerHtml: renderText(answer, 'block'),
      tags: normaliseTags([...header.globalTags, ...rowTags]),
    });
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };

  const warnings: string[] = [];
  if (columns.ignored > 0) {
    warnings.push(
      `${columns.ignored} ${columns.ignored === 1 ? 'column was' : 'columns were'} left out: a card takes one question, one answer and tags.`,
    );
  }
  let name = header.deckName;
  if (deckNames.size === 1) name = [...deckNames][0];
  else if (deckNames.size > 1)
    warnings.push(`The rows name ${deckNames.size} Anki decks; they are imported as one deck.`);
  // Anki nests decks with `::`; the whole path reads better with slashes.
  const deckName = name ? cleanDeckName(name.replaceAll('::', ' / ')) : '';
  return { ok: true, deck: { name: deckName || deckNameFromFile(fileName), cards, warnings } };
}
