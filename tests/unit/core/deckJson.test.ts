import { expect, test } from 'vitest';
import { parseJsonDeck } from '../../../core/deckJson.ts';
import { expectSafeHtml } from '../htmlSafety.ts';

test('an array of cards, answers in Markdown, tags as a list or a string', () => {
  const result = parseJsonDeck(
    'Go basics.json',
    JSON.stringify([
      { question: 'What does `defer` do?', answer: 'Runs a call when the function **returns**.', tags: ['go'] },
      { question: 'What is a goroutine?', answer: 'A lightweight thread.', tags: 'go concurrency' },
    ]),
  );
  expect(result).toEqual({
    ok: true,
    deck: {
      name: 'Go basics',
      cards: [
        {
          questionHtml: 'What does <code>defer</code> do?',
          answerHtml: '<p>Runs a call when the function <strong>returns</strong>.</p>',
          tags: ['go'],
        },
        {
          questionHtml: 'What is a goroutine?',
          answerHtml: '<p>A lightweight thread.</p>',
          tags: ['go', 'concurrency'],
        },
      ],
      warnings: [],
    },
  });
});

test('an object with a name, deck tags and cards', () => {
  const result = parseJsonDeck(
    'x.json',
    JSON.stringify({ name: 'Mine', tags: ['t'], cards: [{ question: 'Q', answer: 'A' }] }),
  );
  expect(result).toMatchObject({ ok: true, deck: { name: 'Mine', cards: [{ tags: ['t'] }] } });
});

test('HTML payloads stay text', () => {
  const result = parseJsonDeck(
    'x.json',
    JSON.stringify([
      {
        question: '<img src=x onerror=alert(1)>',
        answer: '<iframe src="javascript:alert(1)"></iframe> [x](javascript:alert(1))',
      },
    ]),
  );
  if (!result.ok) throw new Error(result.problems.join('; '));
  expectSafeHtml(result.deck.cards[0]?.questionHtml ?? '');
  expectSafeHtml(result.deck.cards[0]?.answerHtml ?? '');
});

test('problems name the card and the field', () => {
  expect(parseJsonDeck('x.json', '[{"question": "Q", "answer": 5}, {"answer": "A"}, 3]')).toEqual({
    ok: false,
    problems: [
      '[0].answer: must be text',
      '[1].question: is missing',
      '[2]: must be an object with a question and an answer',
    ],
  });
  expect(parseJsonDeck('x.json', '{"name": "x", "cards": [{"question": "Q", "answer": ""}]}')).toEqual({
    ok: false,
    problems: ['cards[0]: the answer is empty'],
  });
  expect(parseJsonDeck('x.json', '"just a string"')).toMatchObject({ ok: false });
  expect(parseJsonDeck('x.json', '{"cards": []}')).toEqual({
    ok: false,
    problems: ['No cards found: the list of cards is empty.'],
  });
  expect(parseJsonDeck('x.json', '[{"question": "Q", "answer": "A"')).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/^This is not valid JSON/)],
  });
});
