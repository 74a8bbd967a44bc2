import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEVELS, TOPICS } from '../core/bank.ts';
import { seededRandom } from '../core/seededRandom.ts';

/**
 * Writes a synthetic bank of `count` questions that passes `questions/compileBank.ts`, to show how
 * the pages cope with a bank far larger than the real one. Question lines and answers are about as
 * long as the real ones (about 110 characters, 2.5 KB a file), so the chunks grow as a real bank
 * would. Seeded, so every run builds the same bank.
 */
export function generateBank(bankDir: string, count: number, seed = 7): void {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = () => pseudoWord(random);

  writeFileSync(join(bankDir, 'tags.yaml'), `# Generated for the benchmark.\nbench: [bench-one, bench-two]\n`);
  for (const topic of TOPICS) mkdirSync(join(bankDir, topic), { recursive: true });

  for (let index = 0; index < count; index++) {
    const topic = TOPICS[index % TOPICS.length] ?? 'http';
    const id = `bench-${index}-${word()}`;
    // Invented words keep every pair of questions far below the near-duplicate threshold, as a
    // hand-written bank is, while the shared technical terms give the checker common trigrams to chew on.
    const question =
      `${pick(OPENINGS)} ${pick(TERMS)} ${word()} ${word()} ${pick(LINKS)} ${pick(TERMS)} ` +
      `${word()} ${pick(LINKS)} ${word()} ${pick(TERMS)} ${word()}?`;
    const sentence = () => `The ${pick(TERMS)} ${word()} ${pick(LINKS)} ${pick(TERMS)} ${word()} ${word()}.`;
    const bullets = (n: number) => Array.from({ length: n }, () => `- ${sentence()} ${sentence()}`).join('\n');
    writeFileSync(
      join(bankDir, topic, `${id}.md`),
      `---
id: "${id}"
question: "${question}"
topic: "${topic}"
level: "${pick(LEVELS)}"
kind: "concept"
tags: ["${pick(['bench-one', 'bench-two'])}"]
sources:
  - "https://www.rfc-editor.org/rfc/rfc9110"
---
## Short answer

${sentence()} ${sentence()} ${sentence()} ${sentence()}

## Key points

${bullets(6)}

## Example

\`\`\`sql
SELECT ${word()} FROM ${word()} WHERE ${word()} = 42;
\`\`\`

## Follow-ups

${bullets(3)}

## Common mistakes

${bullets(2)}
`,
    );
  }
}

const OPENINGS = ['How does', 'Why would', 'When should', 'What makes', 'How do you design', 'Which'];
const LINKS = ['with', 'under', 'before', 'after', 'against', 'across', 'without', 'behind'];
const TERMS = [
  'cache',
  'index',
  'replica',
  'shard',
  'queue',
  'lock',
  'token',
  'schema',
  'cursor',
  'retry',
  'timeout',
  'partition',
  'leader',
  'quorum',
  'snapshot',
  'checkpoint',
  'backpressure',
  'latency',
  'tombstone',
  'compaction',
  'webhook',
  'gateway',
  'sidecar',
  'bulkhead',
  'consumer',
  'transaction',
  'isolation',
  'deadlock',
  'migration',
  'certificate',
];

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gl',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'x', 'nd', 'st'];

function pseudoWord(random: () => number): string {
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)] ?? '';
  const syllables = 2 + Math.floor(random() * 2);
  let word = '';
  for (let index = 0; index < syllables; index++) word += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
  return word;
}
