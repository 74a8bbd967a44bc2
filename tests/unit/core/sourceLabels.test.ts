import { expect, test } from 'vitest';
import { sourceLabels } from '../../../core/sourceLabels.ts';
import { compileBank } from '../../../questions/compileBank.ts';

test('a source is named by its host, without www', () => {
  expect(sourceLabels(['https://www.postgresql.org/docs/current/mvcc.html', 'https://dev.mysql.com/doc/'])).toEqual([
    'postgresql.org',
    'dev.mysql.com',
  ]);
});

test('sources on one host are told apart by the last part of their path', () => {
  expect(
    sourceLabels([
      'https://www.rfc-editor.org/rfc/rfc9745',
      'https://www.rfc-editor.org/rfc/rfc8594',
      'https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Sunset',
    ]),
  ).toEqual(['rfc-editor.org/rfc9745', 'rfc-editor.org/rfc8594', 'developer.mozilla.org']);
});

test('every source of the bank gets a label no other source of its answer has', () => {
  const { questions } = compileBank('questions');
  const clashes = questions.filter(
    (question) => new Set(sourceLabels(question.sources)).size < question.sources.length,
  );
  expect(clashes.map((question) => question.id)).toEqual([]);
});

test('a text that is not a URL stays as it is', () => {
  expect(sourceLabels(['RFC 9110'])).toEqual(['RFC 9110']);
});
