import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QuestionSummary } from '../../../core/bank.ts';
import { grade } from '../../../core/scheduler.ts';
import { type Clock, drillQueue, dueQueue } from '../../../store/practice.ts';
import { reviewStore } from '../../../store/reviews.ts';

// The compiled bank is a build product; these tests need a handful of questions they can name.
const bank = vi.hoisted(() => {
  const question = (id: string, topic: string) => ({ id, questionHtml: `${id}?`, topic, level: 'mid' });
  return [
    question('sql-forgotten', 'sql'),
    question('sql-fresh', 'sql'),
    question('sql-unseen-1', 'sql'),
    question('sql-unseen-2', 'sql'),
    question('sql-unseen-3', 'sql'),
    question('http-forgotten', 'http'),
  ];
});
vi.mock('../../../questions/loadBank.ts', () => ({
  loadBankIndex: async () => bank as QuestionSummary[],
  loadQuestion: async () => undefined,
}));

const DAY = 86_400_000;
const START = Date.parse('2026-10-01T09:00:00Z');

const clockAt = (now: number, random = Math.random): Clock => ({ now, timeZone: 'Europe/Berlin', random });
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

async function gradedAt(at: number, id: string, gradeName: 'again' | 'easy') {
  await reviewStore().grade(id, gradeName, at, grade);
}

beforeEach(() => fakeBrowser.reset());

describe('a drill of one topic', () => {
  test('holds the topic’s questions only: the likeliest forgotten first, never-seen ones last', async () => {
    await gradedAt(START, 'sql-fresh', 'easy');
    await gradedAt(START, 'sql-forgotten', 'again');
    await gradedAt(START, 'http-forgotten', 'again');

    const drill = await drillQueue('sql', clockAt(START + 20 * DAY));

    expect(ids(drill.slice(0, 2))).toEqual(['sql-forgotten', 'sql-fresh']);
    expect(ids(drill.slice(2)).sort()).toEqual(['sql-unseen-1', 'sql-unseen-2', 'sql-unseen-3']);
  });

  test('never-seen questions come in a random order, so two drills do not start alike', async () => {
    const ascending = () => {
      let next = 0;
      return () => (next += 0.1);
    };
    const descending = () => {
      let next = 1;
      return () => (next -= 0.1);
    };
    const first = await drillQueue('sql', clockAt(START, ascending()));
    const second = await drillQueue('sql', clockAt(START, descending()));
    expect(ids(second)).toEqual(ids(first).reverse());
  });
});

describe('the popup’s due review', () => {
  test('holds only what is due, the most at risk first', async () => {
    await gradedAt(START, 'sql-fresh', 'easy');
    await gradedAt(START, 'sql-forgotten', 'again');
    await gradedAt(START + 2 * DAY, 'http-forgotten', 'again');

    // Easy pushed the fresh one weeks out; the one forgotten first is the most at risk.
    expect(ids(await dueQueue(clockAt(START + 5 * DAY)))).toEqual(['sql-forgotten', 'http-forgotten']);
  });
});
