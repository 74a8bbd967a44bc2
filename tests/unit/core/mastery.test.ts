import { expect, test } from 'vitest';
import { masteryByTopic, weakestTopic } from '../../../core/mastery.ts';
import type { ReviewState } from '../../../core/reviewState.ts';

const state = (stability: number): ReviewState => ({
  lastReview: 0,
  scheduledDays: 1,
  stability,
  difficulty: 5,
  reps: 1,
  lapses: 0,
  state: 2,
});
// A stand-in for the scheduler: here retrievability simply is the stability, to keep the sums readable.
const recall = (review: ReviewState) => review.stability;

const questions = [
  { id: 's1', topic: 'sql' as const },
  { id: 's2', topic: 'sql' as const },
  { id: 'h1', topic: 'http' as const },
];

test('counts seen questions and averages retrievability per topic', () => {
  const reviews = new Map([
    ['s1', state(0.8)],
    ['h1', state(0.9)],
  ]);
  const byTopic = masteryByTopic(questions, reviews, 0, recall);
  expect(byTopic.find((entry) => entry.topic === 'sql')).toMatchObject({ total: 2, seen: 1, meanRetrievability: 0.8 });
  expect(byTopic.find((entry) => entry.topic === 'sql')?.mastery).toBeCloseTo(0.4);
  expect(byTopic.find((entry) => entry.topic === 'http')).toMatchObject({ total: 1, seen: 1, mastery: 0.9 });
  expect(byTopic.find((entry) => entry.topic === 'api')).toMatchObject({
    total: 0,
    seen: 0,
    meanRetrievability: undefined,
  });
  expect(weakestTopic(byTopic)).toBe('sql');
});

test('with nothing seen, the weakest topic is one that has questions', () => {
  expect(weakestTopic(masteryByTopic(questions, new Map(), 0, recall))).toBe('sql');
});
