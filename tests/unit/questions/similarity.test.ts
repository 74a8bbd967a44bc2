import { expect, test } from 'vitest';
import {
  findNearDuplicates,
  NEAR_DUPLICATE_THRESHOLD,
  normaliseQuestion,
  questionSimilarity,
} from '../../../questions/similarity.ts';

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

test('the indexed search finds exactly the pairs that comparing every pair finds', () => {
  // A small vocabulary makes many near duplicates and many pairs just either side of the threshold.
  const words = ['cache', 'index', 'lock', 'queue', 'shard', 'replica', 'token', 'retry', 'join', 'row'];
  let state = 1;
  const random = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const questions = Array.from({ length: 150 }, (_, index) => ({
    id: `q${index}`,
    text: Array.from({ length: 1 + Math.floor(random() * 4) }, () => words[Math.floor(random() * words.length)]).join(
      ' ',
    ),
  }));
  for (const threshold of [NEAR_DUPLICATE_THRESHOLD, 0.5, 0.95, 1]) {
    const expected = [];
    for (let i = 0; i < questions.length; i++) {
      for (let j = i + 1; j < questions.length; j++) {
        const [left, right] = [questions[i], questions[j]];
        if (!left || !right) continue;
        const similarity = questionSimilarity(left.text, right.text);
        if (similarity >= threshold) expected.push({ left: left.id, right: right.id, similarity });
      }
    }
    expected.sort((a, b) => b.similarity - a.similarity);
    expect(expected.length).toBeGreaterThan(0);
    expect(findNearDuplicates(questions, threshold)).toEqual(expected);
  }
});
