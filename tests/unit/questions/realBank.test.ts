import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LEVELS, TOPICS } from '../../../core/bank.ts';
import { compileBank } from '../../../questions/compileBank.ts';
import { TOPIC_TARGETS, withinTolerance } from '../../../questions/targets.ts';

const { questions, problems } = compileBank(resolve('questions'));

/** The 18 questions of the seed article, under the topic and level CONTENT.md gives each. */
const SEEDS = {
  'rest-architectural-style': ['api', 'junior'],
  'what-is-sql': ['sql', 'junior'],
  'sql-injection': ['security', 'junior'],
  'choosing-a-backend-language': ['languages', 'mid'],
  'http-vs-https': ['http', 'junior'],
  'web-services-benefits': ['api', 'junior'],
  'cap-theorem': ['distributed', 'mid'],
  'spike-testing': ['testing-perf', 'mid'],
  'debugging-process': ['observability', 'junior'],
  'nosql-databases': ['nosql', 'junior'],
  'python-local-global-variables': ['languages', 'junior'],
  'python-array-vs-list': ['languages', 'junior'],
  'php-array-types': ['languages', 'junior'],
  'null-semantics': ['sql', 'mid'],
  'php-constants': ['languages', 'junior'],
  'python-pickling': ['languages', 'mid'],
  'sql-triggers': ['sql', 'mid'],
  'reverse-proxy': ['system-design', 'mid'],
} as const;

describe('the bank we ship', () => {
  test('is valid', () => {
    expect(problems).toEqual([]);
  });

  test('holds at least 300 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(300);
  });

  test.each(TOPICS)('covers %s within 20% of its target at every level', (topic) => {
    for (const level of LEVELS) {
      const count = questions.filter((question) => question.topic === topic && question.level === level).length;
      expect(withinTolerance(count, TOPIC_TARGETS[topic][level]), `${topic} ${level}: ${count}`).toBe(true);
    }
  });

  test.each(Object.entries(SEEDS))('keeps the seed question %s as %s', (id, [topic, level]) => {
    const seed = questions.find((question) => question.id === id);
    expect(seed).toMatchObject({ topic, level });
  });

  test('sets lang on every single-language question of the languages topic', () => {
    const withoutLang = questions.filter((q) => q.topic === 'languages' && !q.lang).map((q) => q.id);
    expect(withoutLang).toEqual(['choosing-a-backend-language']);
  });
});
