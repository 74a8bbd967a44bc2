/** `npm run questions:stats`: the bank's coverage, topic by level, against the targets. */
import { fileURLToPath } from 'node:url';
import { LEVELS, type Level, TOPICS } from '../core/bank.ts';
import { compileBank } from './compileBank.ts';
import { TOPIC_TARGETS, withinTolerance } from './targets.ts';

const { questions, problems } = compileBank(fileURLToPath(new URL('.', import.meta.url)));
if (problems.length > 0) console.warn(`(${problems.length} problems in the bank: run npm run questions:check)\n`);

const count = (topic: string, level?: Level) =>
  questions.filter((question) => question.topic === topic && (!level || question.level === level)).length;
const cell = (actual: number, target: number) => `${actual}/${target}${withinTolerance(actual, target) ? '' : ' !'}`;

const rows = TOPICS.map((topic) => {
  const targets = TOPIC_TARGETS[topic];
  const total = LEVELS.reduce((sum, level) => sum + targets[level], 0);
  return [topic, ...LEVELS.map((level) => cell(count(topic, level), targets[level])), cell(count(topic), total)];
});
const levelTotals = LEVELS.map((level) => {
  const target = TOPICS.reduce((sum, topic) => sum + TOPIC_TARGETS[topic][level], 0);
  return cell(questions.filter((question) => question.level === level).length, target);
});
rows.push(['all', ...levelTotals, cell(questions.length, 300)]);

const header = ['topic', ...LEVELS, 'total'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
const line = (cells: string[]) => cells.map((text, column) => text.padEnd(widths[column] ?? 0)).join('  ');
console.log('Questions per topic and level: actual/target ("!" = more than 20% off target)\n');
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(row));
const mix = LEVELS.map(
  (level) => `${Math.round((100 * questions.filter((q) => q.level === level).length) / questions.length)}%`,
);
console.log(`\nLevel mix (target about 30/40/30): ${mix.join(' / ')}`);
const kinds = new Map<string, number>();
for (const question of questions) kinds.set(question.kind, (kinds.get(question.kind) ?? 0) + 1);
console.log(`Kinds: ${[...kinds].map(([kind, n]) => `${kind} ${n}`).join(', ')}`);
