import { parse as parseYaml } from 'yaml';
import { renderMarkdownAnswer, renderMarkdownQuestion } from './cardRender.ts';
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

/**
 * Markdown decks, in one of two shapes:
 *
 * - a question file like the built-in bank's (questions/README.md): front matter with `question`
 *   (and optionally `tags`, `topic`, `level`), the body is the answer - one card;
 * - cards separated by lines of `---`: each card's first line (a heading or not) is the question, the
 *   rest its answer. Optional front matter without `question` names the deck (`name`) and gives tags
 *   for every card (`tags`).
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const SEPARATOR = /^-{3,}\s*$/;

interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
}

function splitFrontMatter(text: string): FrontMatter | { problem: string } | undefined {
  const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  // A file may also begin with a card separator; front matter starts with a `key:` line.
  const firstLine = (match[1] ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
  if (!/^[A-Za-z_][\w-]*\s*:/.test(firstLine)) return undefined;
  let data: unknown;
  try {
    // YAML 1.2: `no`, `on` and `yes` stay strings, as in the bank.
    data = parseYaml(match[1] ?? '', { version: '1.2', uniqueKeys: true, maxAliasCount: 50 });
  } catch (error) {
    return { problem: `front matter: not valid YAML (${String((error as Error).message).split('\n')[0]})` };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { problem: 'front matter: must be a list of `key: value` lines' };
  }
  return {
    data: data as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
  };
}

function tagsFrom(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(/[\s,]+/);
  if (Array.isArray(value) && value.every((tag) => typeof tag === 'string' || typeof tag === 'number')) {
    return value.map(String);
  }
  problems.push(`${where}: \`tags\` must be a list of words`);
  return [];
}

function stringField(data: Record<string, unknown>, key: string, problems: string[]): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  problems.push(`front matter: \`${key}\` must be text`);
  return undefined;
}

interface Block {
  lines: string[];
  /** 1-based line of the block's first line in the file. */
  line: number;
}

/** Splits at `---` lines, except inside fenced code, where such a line is code. */
function splitBlocks(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block = { lines: [], line: firstLine };
  let fence: string | undefined;
  for (const [offset, line] of body.split('\n').entries()) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch?.[1]) {
      const marker = fenceMatch[1];
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    }
    if (fence === undefined && SEPARATOR.test(line)) {
      blocks.push(current);
      current = { lines: [], line: firstLine + offset + 1 };
      continue;
    }
    current.lines.push(line);
  }
  blocks.push(current);
  return blocks;
}

export function parseMarkdownDeck(fileName: string, source: string): DeckParseResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: string[] = [];
  const front = splitFrontMatter(text);
  if (front && 'problem' in front) return { ok: false, problems: [front.problem] };

  if (front?.data.question !== undefined) {
    const question = stringField(front.data, 'question', problems) ?? '';
    const tags = tagsFrom(front.data.tags, 'front matter', problems);
    for (const key of ['topic', 'level']) {
      const value = front.data[key];
      if (typeof value === 'string') tags.push(value);
    }
    problems.push(...fieldProblems('this file', question, front.body));
    if (problems.length > 0) return { ok: false, problems };
    const name = cleanDeckName(stringField(front.data, 'name', problems) ?? '') || deckNameFromFile(fileName);
    return {
      ok: true,
      deck: {
        name,
        cards: [
          {
            questionHtml: renderMarkdownQuestion(question),
            answerHtml: renderMarkdownAnswer(front.body),
            tags: normaliseTags(tags),
          },
        ],
        warnings: [],
      },
    };
  }

  const deckTags = front ? tagsFrom(front.data.tags, 'front matter', problems) : [];
  const deckName = front
    ? (stringField(front.data, 'name', problems) ?? stringField(front.data, 'deck', problems))
    : undefined;
  const blocks = splitBlocks(front ? front.body : text, front ? front.bodyLine : 1);
  const cards: CardContent[] = [];
  let cardNumber = 0;
  for (const block of blocks) {
    const first = block.lines.findIndex((line) => line.trim() !== '');
    if (first < 0) continue;
    cardNumber++;
    if (cardNumber > DECK_LIMITS.cards) {
      return { ok: false, problems: [`The file has more than ${DECK_LIMITS.cards} cards, the most a deck can hold.`] };
    }
    const where = `card ${cardNumber} (line ${block.line + first})`;
    // The question line may be a heading: `## What is a mutex?`.
    const question = (block.lines[first] ?? '').replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, '');
    const answer = block.lines.slice(first + 1).join('\n');
    const cardProblems = fieldProblems(where, question, answer);
    if (cardProblems.length > 0) {
      problems.push(...cardProblems);
      continue;
    }
    cards.push({
      questionHtml: renderMarkdownQuestion(question),
      answerHtml: renderMarkdownAnswer(answer),
      tags: normaliseTags(deckTags),
    });
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  if (cards.length === 0) {
    return {
      ok: false,
      problems: [
        'No cards found: write each card as a question line and its answer, with a line of --- between cards.',
      ],
    };
  }
  return {
    ok: true,
    deck: { name: cleanDeckName(deckName ?? '') || deckNameFromFile(fileName), cards, warnings: [] },
  };
}
