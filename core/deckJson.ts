import * as v from 'valibot';
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
import { describeIssues, objectMessage } from './issueMessages.ts';

/**
 * JSON decks: an array of `{ question, answer, tags? }`, or `{ name, cards: [...] }`. Questions and
 * answers are Markdown, like the other formats that have a way to write it.
 */

const tagsSchema = v.optional(
  v.union([v.array(v.string(), 'must be a list of text tags'), v.string()], 'must be a list of text tags'),
);

const cardSchema = v.object(
  {
    question: v.string('must be text'),
    answer: v.string('must be text'),
    tags: tagsSchema,
  },
  objectMessage('must be an object with a question and an answer'),
);

const cardsSchema = v.pipe(
  v.array(cardSchema, 'must be a list of cards'),
  v.maxLength(DECK_LIMITS.cards, `a deck can hold at most ${DECK_LIMITS.cards} cards`),
);

const deckSchema = v.object(
  {
    name: v.optional(v.string('must be text')),
    tags: tagsSchema,
    cards: cardsSchema,
  },
  objectMessage('must be an object with `cards`'),
);

type Tags = v.InferOutput<typeof tagsSchema>;
const tagList = (tags: Tags) => (tags === undefined ? [] : typeof tags === 'string' ? tags.split(/[\s,]+/) : tags);

export function parseJsonDeck(fileName: string, source: string): DeckParseResult {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [`This is not valid JSON: ${(error as Error).message}`] };
  }

  const asDeck = Array.isArray(data) ? { cards: data } : data;
  if (typeof asDeck !== 'object' || asDeck === null) {
    return { ok: false, problems: ['The file must hold a list of cards, or an object with `name` and `cards`.'] };
  }
  const parsed = v.safeParse(deckSchema, asDeck, { abortEarly: false });
  if (!parsed.success) {
    // For a bare list, `cards[3]` would name a key the file does not have.
    const problems = describeIssues(parsed.issues).map((problem) =>
      Array.isArray(data) ? problem.replace(/^cards(?=\[)/, '') : problem,
    );
    return { ok: false, problems: capProblems(problems) };
  }

  const problems: string[] = [];
  const cards: CardContent[] = [];
  const deckTags = tagList(parsed.output.tags);
  for (const [index, card] of parsed.output.cards.entries()) {
    const where = Array.isArray(data) ? `[${index}]` : `cards[${index}]`;
    const cardProblems = fieldProblems(where, card.question, card.answer);
    if (cardProblems.length > 0) {
      problems.push(...cardProblems);
      continue;
    }
    cards.push({
      questionHtml: renderMarkdownQuestion(card.question),
      answerHtml: renderMarkdownAnswer(card.answer),
      tags: normaliseTags([...deckTags, ...tagList(card.tags)]),
    });
  }
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  if (cards.length === 0) return { ok: false, problems: ['No cards found: the list of cards is empty.'] };
  const name = cleanDeckName(parsed.output.name ?? '') || deckNameFromFile(fileName);
  return { ok: true, deck: { name, cards, warnings: [] } };
}
