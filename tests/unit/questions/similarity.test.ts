import { expect, test } from 'vitest';
import { NEAR_DUPLICATE_THRESHOLD, normaliseQuestion, questionSimilarity } from '../../../questions/similarity.ts';

test('normalising drops case, punctuation, code ticks and filler words', () => {
  expect(normaliseQuestion('What is `REST`, and why?')).toBe('rest');
});

test('rewordings of one question count as near duplicates', () => {
  expect(questionSimilarity('What is the CAP theorem?', 'Explain the CAP theorem.')).toBeGreaterThanOrEqual(
    NEAR_DUPLICATE_THRESHOLD,
  );
});

test('different questions on one subject do not', () => {
  expect(questionSimilarity('What is the CAP theorem?', 'What does PACELC add to the CAP theorem?')).toBeLessThan(
    NEAR_DUPLICATE_THRESHOLD,
  );
  expect(questionSimilarity('What is a B-tree index?', 'What is a GIN index?')).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
});
