import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LEVELS, type QuestionSummary, TOPICS } from '../../../core/bank.ts';
import {
  filterCandidates,
  isGradeable,
  type PickInput,
  pickNext,
  pickQuestion,
  planUpcoming,
  withoutRecent,
} from '../../../core/picker.ts';
import type { ReviewState } from '../../../core/reviewState.ts';
import { retrievability } from '../../../core/scheduler.ts';
import { seededRandom } from '../../../core/seededRandom.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-27T12:00:00Z');
const question = (
  id: string,
  topic: QuestionSummary['topic'] = 'http',
  level: QuestionSummary['level'] = 'junior',
) => ({
  id,
  questionHtml: id,
  topic,
  level,
});
const bank = ['a', 'b', 'c', 'd', 'e'].map((id) => question(id));

/** A state last reviewed `daysAgo` days ago and scheduled for `interval` days, with FSRS-like stability. */
const reviewed = (daysAgo: number, interval: number): ReviewState => ({
  lastReview: NOW - daysAgo * DAY,
  scheduledDays: interval,
  stability: interval,
  difficulty: 5,
  reps: 3,
  lapses: 0,
  state: 2,
});

function input(overrides: Partial<PickInput<QuestionSummary>>): PickInput<QuestionSummary> {
  return {
    candidates: bank,
    reviews: new Map(),
    now: NOW,
    recentIds: [],
    newBudgetLeft: 10,
    retrievability,
    random: seededRandom(1),
    ...overrides,
  };
}

describe('withoutRecent and pickQuestion', () => {
  test('never pick a recent question while others remain', () => {
    const random = seededRandom(1);
    for (let run = 0; run < 500; run++) {
      expect(['d', 'e']).toContain(pickQuestion(bank, ['a', 'b', 'c'], random)?.id);
    }
  });

  test('let the oldest recent ones back when too few are left, never the most recent', () => {
    expect(withoutRecent(bank, ['e', 'd', 'c', 'b', 'a']).map((q) => q.id)).toEqual(['a']);
    expect(withoutRecent([question('only')], ['only']).map((q) => q.id)).toEqual(['only']);
  });

  test('pickQuestion returns nothing for an empty bank', () => {
    expect(pickQuestion([], [], Math.random)).toBeUndefined();
  });
});

describe('pickNext', () => {
  test('offers new questions within the daily budget', () => {
    const pick = pickNext(input({}));
    expect(pick.kind).toBe('new');
  });

  test('is caught up when nothing is due and the budget is spent', () => {
    const reviews = new Map(bank.map((q) => [q.id, reviewed(1, 10)]));
    expect(pickNext(input({ reviews, newBudgetLeft: 5 }))).toEqual({ kind: 'caught-up' });
    expect(pickNext(input({ newBudgetLeft: 0 }))).toEqual({ kind: 'caught-up' });
  });

  test('picks due questions even with no new budget left', () => {
    const reviews = new Map([['c', reviewed(10, 3)]]);
    expect(pickNext(input({ reviews, newBudgetLeft: 0 }))).toEqual({ kind: 'due', question: bank[2] });
  });

  test('property: never picks a filtered-out or recent question', () => {
    const topic = fc.constantFrom(...TOPICS);
    const level = fc.constantFrom(...LEVELS);
    const questions = fc
      .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), topic, level }), {
        selector: (q) => q.id,
        minLength: 1,
        maxLength: 40,
      })
      .map((list) => list.map((q) => ({ ...q, questionHtml: q.id })));
    fc.assert(
      fc.property(
        questions,
        fc.uniqueArray(topic, { minLength: 1 }),
        fc.uniqueArray(level, { minLength: 1 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (all, topics, levels, seed) => {
          const candidates = filterCandidates(all, { topics, levels });
          const random = seededRandom(seed);
          const reviews = new Map(
            all.filter(() => random() < 0.5).map((q) => [q.id, reviewed(random() * 30, 1 + random() * 20)]),
          );
          let recentIds: string[] = [];
          for (let tab = 0; tab < 15; tab++) {
            const pick = pickNext(input({ candidates, reviews, recentIds, random }));
            if (pick.kind === 'caught-up') break;
            expect(topics).toContain(pick.question.topic);
            expect(levels).toContain(pick.question.level);
            const window = Math.min(10, candidates.length - 1);
            expect(recentIds.slice(0, window)).not.toContain(pick.question.id);
            recentIds = [pick.question.id, ...recentIds].slice(0, 10);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('over 10,000 seeded picks, questions at risk of being forgotten come up far more often than safe ones', () => {
    // 20 due questions: 10 long overdue (low retrievability), 10 just due (retrievability near 0.9).
    const candidates = Array.from({ length: 20 }, (_, index) => question(`q${index}`));
    const reviews = new Map<string, ReviewState>(
      candidates.map((q, index) => [q.id, index < 10 ? reviewed(60, 5) : reviewed(5, 5)]),
    );
    const counts = new Map<string, number>();
    const random = seededRandom(7);
    for (let pick = 0; pick < 10_000; pick++) {
      const chosen = pickNext(input({ candidates, reviews, newBudgetLeft: 0, random }));
      if (chosen.kind !== 'caught-up') counts.set(chosen.question.id, (counts.get(chosen.question.id) ?? 0) + 1);
    }
    const atRisk = candidates.slice(0, 10).reduce((sum, q) => sum + (counts.get(q.id) ?? 0), 0);
    const safe = candidates.slice(10).reduce((sum, q) => sum + (counts.get(q.id) ?? 0), 0);
    console.log(
      `at-risk picks: ${atRisk} (${(atRisk / 100).toFixed(1)}%), safe picks: ${safe} (${(safe / 100).toFixed(1)}%)`,
    );
    expect(atRisk + safe).toBe(10_000);
    expect(atRisk).toBeGreaterThan(safe * 4);
    // Still random among the strongest: more than one at-risk question gets picked.
    expect(candidates.slice(0, 10).filter((q) => (counts.get(q.id) ?? 0) > 0).length).toBeGreaterThan(3);
  });
});

describe('planUpcoming', () => {
  test('plans distinct questions that avoid the recent ones', () => {
    const planned = planUpcoming(input({ recentIds: ['a'] }), 3).map((q) => q.id);
    expect(planned).toHaveLength(3);
    expect(new Set(planned).size).toBe(3);
    expect(planned).not.toContain('a');
  });

  test('spends the new budget as it plans', () => {
    expect(planUpcoming(input({ newBudgetLeft: 2 }), 5)).toHaveLength(2);
  });

  test('never plans the same question twice in a row, even for a tiny bank', () => {
    const reviews = new Map([
      ['a', reviewed(30, 2)],
      ['b', reviewed(30, 2)],
    ]);
    const planned = planUpcoming(input({ candidates: bank.slice(0, 2), reviews, recentIds: ['a'] }), 5);
    expect(planned.map((q) => q.id)).toEqual(['b', 'a', 'b', 'a', 'b']);
  });
});

describe('isGradeable', () => {
  test('a due question is, whatever the budget', () => {
    expect(isGradeable(reviewed(10, 5), NOW, 0)).toBe(true);
  });

  test('a question not due yet is not: a grade would reschedule it early', () => {
    expect(isGradeable(reviewed(1, 5), NOW, 10)).toBe(false);
  });

  test('a new question is while the budget of new questions lasts, and not once it is spent', () => {
    expect(isGradeable(undefined, NOW, 1)).toBe(true);
    expect(isGradeable(undefined, NOW, 0)).toBe(false);
  });
});
