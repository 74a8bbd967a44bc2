import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { compileBank } from '../../../questions/compileBank.ts';

let bankDir: string;

beforeEach(() => {
  bankDir = mkdtempSync(join(tmpdir(), 'backtab-bank-'));
  writeFileSync(join(bankDir, 'tags.yaml'), 'http: [status-codes]\n');
});
afterEach(() => rmSync(bankDir, { recursive: true, force: true }));

function addQuestion(folder: string, id: string, question: string, extra = '') {
  mkdirSync(join(bankDir, folder), { recursive: true });
  writeFileSync(
    join(bankDir, folder, `${id}.md`),
    `---
id: "${id}"
question: "${question}"
topic: "${folder}"
level: "junior"
kind: "concept"
tags: ["status-codes"]
sources: ["https://www.rfc-editor.org/rfc/rfc9110"]
${extra}
---
## Short answer
An answer.

## Key points
- A point.

## Follow-ups
- A follow-up?
`,
  );
}

test('compiles a valid bank, sorted by id', () => {
  addQuestion('http', 'status-404', 'What does 404 mean?');
  addQuestion('http', 'status-201', 'When do you send 201 Created?', 'related: ["status-404"]');
  const { questions, problems } = compileBank(bankDir, bankDir);
  expect(problems).toEqual([]);
  expect(questions.map((question) => question.id)).toEqual(['status-201', 'status-404']);
});

test('rejects an empty bank', () => {
  const { problems } = compileBank(bankDir, bankDir);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('the bank has no questions');
});

test('rejects an id used twice, in any folders', () => {
  addQuestion('http', 'status-404', 'What does 404 mean?');
  mkdirSync(join(bankDir, 'api'));
  addQuestion('api', 'status-404', 'Should a missing order be a 404 or a 200 with null?');
  const { problems } = compileBank(bankDir, bankDir);
  expect(problems.join('\n')).toMatch(
    /api\/status-404\.md: field `id`: "status-404" is already used by http\/status-404\.md|http\/status-404\.md: field `id`: "status-404" is already used by api\/status-404\.md/,
  );
});

test('rejects related ids that are not in the bank', () => {
  addQuestion('http', 'status-404', 'What does 404 mean?', 'related: ["status-999"]');
  expect(compileBank(bankDir, bankDir).problems).toEqual([
    'http/status-404.md: field `related`: "status-999" is not another question in the bank',
  ]);
});

test('rejects near-duplicate questions unless the pair is allowed', () => {
  addQuestion('http', 'status-404', 'What does the 404 status code mean?');
  addQuestion('http', 'not-found-status', 'What does the status code 404 mean?');
  const { problems } = compileBank(bankDir, bankDir);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain('near duplicate of');

  writeFileSync(join(bankDir, 'allowed-similar.yaml'), '- ["status-404", "not-found-status"]\n');
  expect(compileBank(bankDir, bankDir).problems).toEqual([]);
});

test('rejects files that are not questions in a topic folder', () => {
  addQuestion('http', 'status-404', 'What does 404 mean?');
  writeFileSync(join(bankDir, 'http', 'notes.txt'), 'draft');
  expect(compileBank(bankDir, bankDir).problems).toEqual([
    'http/notes.txt: file: only .md question files belong in a topic folder',
  ]);
});
