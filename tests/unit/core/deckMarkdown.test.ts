import { expect, test } from 'vitest';
import type { DeckParseResult, ParsedDeck } from '../../../core/deck.ts';
import { parseMarkdownDeck } from '../../../core/deckMarkdown.ts';
import { expectSafeHtml } from '../htmlSafety.ts';

function deckOf(result: DeckParseResult): ParsedDeck {
  if (!result.ok) throw new Error(`expected a deck, got: ${result.problems.join('; ')}`);
  for (const card of result.deck.cards) {
    expectSafeHtml(card.questionHtml);
    expectSafeHtml(card.answerHtml);
  }
  return result.deck;
}

test('cards are separated by --- lines; the first line, heading or not, is the question', () => {
  const deck = deckOf(
    parseMarkdownDeck(
      'sql.md',
      '# What is a `JOIN`?\nIt combines rows.\n\n- inner\n- outer\n---\nWhy index?\n\nSpeed.\n---\n\n---\n',
    ),
  );
  expect(deck.name).toBe('sql');
  expect(deck.cards).toEqual([
    {
      questionHtml: 'What is a <code>JOIN</code>?',
      answerHtml: '<p>It combines rows.</p>\n<ul>\n<li>inner</li>\n<li>outer</li>\n</ul>',
      tags: [],
    },
    { questionHtml: 'Why index?', answerHtml: '<p>Speed.</p>', tags: [] },
  ]);
});

test('a --- line inside fenced code is code, not a separator', () => {
  const deck = deckOf(parseMarkdownDeck('x.md', 'Q?\n```yaml\n---\nkey: value\n```\n---\nQ2?\nA2\n'));
  expect(deck.cards).toHaveLength(2);
  expect(deck.cards[0]?.answerHtml).toBe('<pre><code class="language-yaml">---\nkey: value\n</code></pre>');
});

test('front matter without a question names the deck and tags every card', () => {
  const deck = deckOf(
    parseMarkdownDeck('x.md', '---\nname: "Caching"\ntags: ["cache", "redis"]\n---\nQ1?\nA1\n---\nQ2?\nA2\n'),
  );
  expect(deck.name).toBe('Caching');
  expect(deck.cards.map((card) => card.tags)).toEqual([
    ['cache', 'redis'],
    ['cache', 'redis'],
  ]);
});

test('a question file like the built-in bank is one card', () => {
  const source = [
    '---',
    'id: "cache-aside-pattern"',
    'question: "What is the `cache-aside` pattern?"',
    'topic: "caching"',
    'level: "junior"',
    'tags: ["cache"]',
    '---',
    '## Short answer',
    '',
    'The application reads the cache first. [Docs](https://redis.io/docs/)',
    '',
  ].join('\n');
  const deck = deckOf(parseMarkdownDeck('cache-aside-pattern.md', source));
  expect(deck.cards).toEqual([
    {
      questionHtml: 'What is the <code>cache-aside</code> pattern?',
      answerHtml:
        '<h3>Short answer</h3>\n<p>The application reads the cache first. <a href="https://redis.io/docs/" target="_blank" rel="noreferrer">Docs</a></p>',
      tags: ['cache', 'caching', 'junior'],
    },
  ]);
});

test('raw HTML, images and script links in Markdown render as harmless text', () => {
  const deck = deckOf(
    parseMarkdownDeck(
      'x.md',
      'Q <script>alert(1)</script>\n<img src=x onerror=alert(1)>\n![x](https://e.example/a.png)\n[x](javascript:alert(1))\n',
    ),
  );
  expect(deck.cards[0]?.questionHtml).toBe('Q &lt;script&gt;alert(1)&lt;/script&gt;');
});

test('problems name the card and its line', () => {
  expect(parseMarkdownDeck('x.md', 'Q1?\nA1\n---\nQ2 without answer\n')).toEqual({
    ok: false,
    problems: ['card 2 (line 4): the answer is empty'],
  });
  expect(parseMarkdownDeck('x.md', '---\nname: [unclosed\n---\nQ\nA\n')).toMatchObject({
    ok: false,
    problems: [expect.stringMatching(/^front matter: not valid YAML/)],
  });
  expect(parseMarkdownDeck('x.md', '\n\n')).toEqual({
    ok: false,
    problems: ['No cards found: write each card as a question line and its answer, with a line of --- between cards.'],
  });
});

test('a file may begin with a separator instead of front matter', () => {
  expect(deckOf(parseMarkdownDeck('x.md', '---\nQ1?\nA1\n---\nQ2?\nA2\n')).cards).toHaveLength(2);
});
