import { describe, expect, test } from 'vitest';
import type { QuestionSummary } from '../../../core/bank.ts';
import { pickQuestion, planUpcoming } from '../../../core/picker.ts';

const question = (id: string): QuestionSummary => ({ id, questionHtml: id, topic: 'http', level: 'junior' });
const bank = ['a', 'b', 'c', 'd', 'e'].map(question);

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('pickQuestion', () => {
  test('picks by the random number it is given', () => {
    expect(pickQuestion(bank, [], () => 0)?.id).toBe('a');
    expect(pickQuestion(bank, [], () => 0.99)?.id).toBe('e');
    expect(pickQuestion(bank, [], () => 0.5)?.id).toBe('c');
  });

  test('never picks a recent question while others remain', () => {
    const random = seeded(1);
    for (let run = 0; run < 500; run++) {
      expect(['d', 'e']).toContain(pickQuestion(bank, ['a', 'b', 'c'], random)?.id);
    }
  });

  test('avoids the most recent questions first when too few are left', () => {
    const random = seeded(2);
    for (let run = 0; run < 200; run++) {
      // Five recent ids and five candidates: only the oldest recent one can come back.
      expect(pickQuestion(bank, ['e', 'd', 'c', 'b', 'a'], random)?.id).toBe('a');
    }
  });

  test('with a single question, shows it rather than nothing', () => {
    expect(pickQuestion([question('only')], ['only'], Math.random)?.id).toBe('only');
  });

  test('returns undefined for an empty bank', () => {
    expect(pickQuestion([], [], Math.random)).toBeUndefined();
  });

  test('reaches every eligible question', () => {
    const random = seeded(3);
    const seen = new Set<string>();
    for (let run = 0; run < 200; run++) seen.add(pickQuestion(bank, ['a'], random)?.id ?? '');
    expect([...seen].sort()).toEqual(['b', 'c', 'd', 'e']);
  });
});

describe('planUpcoming', () => {
  test('plans distinct questions that avoid the recent ones', () => {
    const planned = planUpcoming(bank, ['a'], 3, seeded(4)).map((q) => q.id);
    expect(planned).toHaveLength(3);
    expect(new Set(planned).size).toBe(3);
    expect(planned).not.toContain('a');
  });

  test('never plans the same question twice in a row, even for a tiny bank', () => {
    const planned = planUpcoming(bank.slice(0, 2), ['a'], 5, seeded(5)).map((q) => q.id);
    expect(planned).toEqual(['b', 'a', 'b', 'a', 'b']);
  });
});
