import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { type Question, type QuestionSummary, TOPICS } from '../core/bank.ts';
import { compileBank } from './compileBank.ts';

/**
 * Compiles the Markdown bank into virtual modules at build time, so the browser never parses
 * Markdown or YAML:
 * - `virtual:bank-index`: every question's summary (id, question, topic, level), for picking;
 * - `virtual:bank-answers/<topic>`: the full questions of one topic, loaded when an answer is shown;
 * - `virtual:bank-answer-loaders`: one lazy loader per topic;
 * - `virtual:bank-version`: a hash of the bank, to key caches by.
 * An invalid bank fails the build with every problem listed.
 */
const INDEX_ID = 'virtual:bank-index';
const ANSWERS_PREFIX = 'virtual:bank-answers/';
const ANSWER_LOADERS_ID = 'virtual:bank-answer-loaders';
const VERSION_ID = 'virtual:bank-version';

export function bankPlugin(bankDir = fileURLToPath(new URL('.', import.meta.url))): Plugin {
  bankDir = resolve(bankDir);
  let compiled: Question[] | undefined;
  const compile = (fail: (message: string) => never): Question[] => {
    if (compiled) return compiled;
    const result = compileBank(bankDir);
    if (result.problems.length > 0) {
      fail(`The question bank is invalid:\n${result.problems.join('\n')}`);
    }
    compiled = result.questions;
    return compiled;
  };

  return {
    name: 'backtab-bank',
    resolveId(id) {
      if (id === INDEX_ID || id === ANSWER_LOADERS_ID || id === VERSION_ID || id.startsWith(ANSWERS_PREFIX)) {
        return `\0${id}`;
      }
      return undefined;
    },
    load(resolvedId) {
      if (!resolvedId.startsWith('\0virtual:bank-')) return undefined;
      const id = resolvedId.slice(1);
      const questions = compile((message) => this.error(message));
      for (const question of questions) this.addWatchFile(`${bankDir}/${question.topic}/${question.id}.md`);

      if (id === INDEX_ID) {
        const summaries: QuestionSummary[] = questions.map(({ id, questionHtml, topic, level }) => ({
          id,
          questionHtml,
          topic,
          level,
        }));
        return jsonModule(summaries);
      }
      if (id === VERSION_ID) {
        // Changes whenever any question changes, so caches keyed by it never outlive the bank they came from.
        const hash = createHash('sha256').update(JSON.stringify(questions)).digest('hex').slice(0, 12);
        return `export default ${JSON.stringify(hash)};\n`;
      }
      if (id === ANSWER_LOADERS_ID) {
        const entries = TOPICS.map(
          (topic) => `  ${JSON.stringify(topic)}: () => import(${JSON.stringify(ANSWERS_PREFIX + topic)}),`,
        );
        return `export default {\n${entries.join('\n')}\n};\n`;
      }
      const topic = id.slice(ANSWERS_PREFIX.length);
      return jsonModule(questions.filter((question) => question.topic === topic));
    },
    handleHotUpdate({ file }) {
      if (file.startsWith(bankDir) && file.endsWith('.md')) compiled = undefined;
    },
  };
}

// JSON.parse of a string literal is faster for engines to load than the same data as an object literal.
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}
