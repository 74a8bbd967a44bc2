import { describe, expect, test } from 'vitest';
import type { DeckParseResult, ParsedDeck } from '../../../core/deck.ts';
import { parseCsvDeck } from '../../../core/deckCsv.ts';
import { expectSafeHtml } from '../htmlSafety.ts';

function deckOf(result: DeckParseResult): ParsedDeck {
  if (!result.ok) throw new Error(`expected a deck, got: ${result.problems.join('; ')}`);
  for (const card of result.deck.cards) {
    expectSafeHtml(card.questionHtml);
    expectSafeHtml(card.answerHtml);
  }
  return result.deck;
}

function problemsOf(result: DeckParseResult): string[] {
  if (result.ok) throw new Error('expected problems, got a deck');
  return result.problems;
}

describe('plain CSV', () => {
  test('two columns are the question and the answer', () => {
    const deck = deckOf(
      parseCsvDeck('Networking.csv', 'What is TCP?,A transport protocol\nWhat is UDP?,Another one\n'),
    );
    expect(deck.name).toBe('Networking');
    expect(deck.cards).toEqual([
      { questionHtml: 'What is TCP?', answerHtml: '<p>A transport protocol</p>', tags: [] },
      { questionHtml: 'What is UDP?', answerHtml: '<p>Another one</p>', tags: [] },
    ]);
  });

  test('quoted fields hold separators, line breaks and doubled quotes', () => {
    const deck = deckOf(parseCsvDeck('q.csv', '"One, two","Line one\nline two"\n"Say ""hi""",plain\n'));
    expect(deck.cards.map((card) => [card.questionHtml, card.answerHtml])).toEqual([
      ['One, two', '<p>Line one<br>line two</p>'],
      ['Say &quot;hi&quot;', '<p>plain</p>'],
    ]);
  });

  test('a header row names the columns, in any order, and may name tags', () => {
    const deck = deckOf(parseCsvDeck('q.csv', 'Tags,Answer,Question\nsql joins,Rows of both,What is a join?\n'));
    expect(deck.cards).toEqual([
      { questionHtml: 'What is a join?', answerHtml: '<p>Rows of both</p>', tags: ['sql', 'joins'] },
    ]);
  });

  test('the separator is guessed: semicolons, and tabs in a .tsv', () => {
    expect(deckOf(parseCsvDeck('q.csv', 'Q1;A1\nQ2;A2\n')).cards).toHaveLength(2);
    expect(deckOf(parseCsvDeck('q.tsv', 'Q, with comma\tA1\n')).cards[0]?.questionHtml).toBe('Q, with comma');
  });

  test('formula-looking cells are inert text, never evaluated or dropped', () => {
    const deck = deckOf(
      parseCsvDeck('q.csv', `"=cmd|' /C calc'!A0",@SUM(1)\n+1+1,-2+3\n=HYPERLINK("https://evil.example"),x\n`),
    );
    expect(deck.cards.map((card) => [card.questionHtml, card.answerHtml])).toEqual([
      ["=cmd|' /C calc'!A0", '<p>@SUM(1)</p>'],
      ['+1+1', '<p>-2+3</p>'],
      ['=HYPERLINK(&quot;https://evil.example&quot;)', '<p>x</p>'],
    ]);
  });

  test('HTML in a plain field is shown as text', () => {
    const deck = deckOf(parseCsvDeck('q.csv', 'Q,<img src=x onerror=alert(1)><script>alert(1)</script>\n'));
    expect(deck.cards[0]?.answerHtml).toBe(
      '<p>&lt;img src=x onerror&#61;alert(1)&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  test('a BOM and Windows line endings are fine', () => {
    expect(deckOf(parseCsvDeck('q.csv', '\uFEFFQ1,A1\r\nQ2,A2\r\n')).cards[0]?.questionHtml).toBe('Q1');
  });
});

describe('Anki text export', () => {
  const ankiExport = [
    '#separator:tab',
    '#html:true',
    '#guid column:1',
    '#notetype column:2',
    '#deck column:3',
    '#tags column:6',
    'aB3$x\tBasic\tBackend::SQL\tWhat is a <b>covering</b> index?\tOne that holds every column<br>a query needs\tsql indexing',
    'cD4%y\tBasic\tBackend::SQL\t"Tab\tinside"\t<div>one</div><div>two</div><script>alert(1)</script>\t',
    '',
  ].join('\n');

  test('reads the headers: separator, HTML as text, tags, deck and columns to skip', () => {
    const deck = deckOf(parseCsvDeck('export.txt', ankiExport));
    expect(deck.name).toBe('Backend / SQL');
    expect(deck.cards).toEqual([
      {
        questionHtml: 'What is a covering index?',
        answerHtml: '<p>One that holds every column<br>a query needs</p>',
        tags: ['sql', 'indexing'],
      },
      { questionHtml: 'Tab\tinside', answerHtml: '<p>one<br>two</p>', tags: [] },
    ]);
    expect(deck.warnings).toEqual([]);
  });

  test('separators by name or by character, global tags and #columns', () => {
    const deck = deckOf(
      parseCsvDeck('x.txt', '#separator:Pipe\n#tags:backend exam\n#columns:Back|Front\nAn answer|A question\n'),
    );
    expect(deck.cards).toEqual([
      { questionHtml: 'A question', answerHtml: '<p>An answer</p>', tags: ['backend', 'exam'] },
    ]);
    expect(deckOf(parseCsvDeck('x.txt', '#separator:;\nQ;A\n')).cards).toHaveLength(1);
    expect(deckOf(parseCsvDeck('x.txt', '#separator:semicolon\n#html:false\nQ;<b>A</b>\n')).cards[0]?.answerHtml).toBe(
      '<p>&lt;b&gt;A&lt;/b&gt;</p>',
    );
  });

  test('a #deck header names the deck; rows from several decks are imported as one, with a warning', () => {
    expect(deckOf(parseCsvDeck('x.txt', '#separator:tab\n#deck:Interview prep\nQ\tA\n')).name).toBe('Interview prep');
    const mixed = deckOf(parseCsvDeck('x.txt', '#separator:tab\n#deck column:3\nQ1\tA1\tOne\nQ2\tA2\tTwo\n'));
    expect(mixed.name).toBe('x');
    expect(mixed.warnings).toEqual(['The rows name 2 Anki decks; they are imported as one deck.']);
  });

  test('extra columns are left out with a warning', () => {
    const deck = deckOf(parseCsvDeck('x.csv', 'Q,A,extra,more\n'));
    expect(deck.warnings).toEqual(['2 columns were left out: a card takes one question, one answer and tags.']);
  });
});

describe('problems', () => {
  test('an unclosed quote names its row', () => {
    expect(problemsOf(parseCsvDeck('q.csv', 'Q1,A1\n"Q2,A2\nQ3,A3\n'))[0]).toMatch(
      /^row 2: a quoted field is not closed/,
    );
  });

  test('rows are numbered as a spreadsheet shows them, header lines included', () => {
    expect(problemsOf(parseCsvDeck('q.txt', '#separator:tab\nQuestion\tAnswer\nQ1\tA1\nQ2\t\n'))).toEqual([
      'row 4: the answer is empty',
    ]);
  });

  test('a single column, an empty file and oversized fields are refused', () => {
    expect(problemsOf(parseCsvDeck('q.csv', 'only\none\n'))[0]).toMatch(/question and an answer column/);
    expect(problemsOf(parseCsvDeck('q.csv', ''))).toEqual(['No cards found: the file has no rows.']);
    expect(problemsOf(parseCsvDeck('q.csv', `Q,${'x'.repeat(10_001)}\n`))).toEqual([
      'row 1: the answer has 10,001 characters; the most is 10,000',
    ]);
  });

  test('too many rows are refused before any is rendered', () => {
    const rows = Array.from({ length: 10_001 }, (_, index) => `Q${index},A${index}`).join('\n');
    expect(problemsOf(parseCsvDeck('q.csv', rows))).toEqual([
      'The file has 10001 rows; a deck can hold at most 10000.',
    ]);
  });

  test('long lists of problems are cut short', () => {
    const rows = Array.from({ length: 30 }, (_, index) => `Q${index},`).join('\n');
    const problems = problemsOf(parseCsvDeck('q.csv', rows));
    expect(problems).toHaveLength(21);
    expect(problems.at(-1)).toBe('…and 10 more problems.');
  });
});
