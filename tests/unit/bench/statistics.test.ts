import { describe, expect, it } from 'vitest';
import { rotate } from '../../../bench/measure.ts';
import { quantileOf, ratioInterval, summarise } from '../../../bench/statistics.ts';

/** A seeded generator (Park-Miller), so a failing interval can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return (state - 1) / 2_147_483_646;
  };
}

describe('summarise', () => {
  it('takes the median and the 90th percentile, interpolating between samples', () => {
    expect(summarise([30, 10, 20])).toEqual({ median: 20, p90: 28 });
    expect(quantileOf([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
});

describe('ratioInterval', () => {
  it('is a single point when the subject is always the same multiple of the limit', () => {
    const limit = [100, 90, 120, 105, 98, 130, 101, 99];
    const subject = limit.map((value) => value * 1.2);
    const { low, high } = ratioInterval(subject, limit, seeded(7));
    expect(low).toBeCloseTo(1.2, 10);
    expect(high).toBeCloseTo(1.2, 10);
  });

  it('brackets the ratio of medians of noisy series, and narrows as the rounds grow', () => {
    const noise = seeded(11);
    const series = (rounds: number) => {
      const limit: number[] = [];
      const subject: number[] = [];
      for (let round = 0; round < rounds; round++) {
        // A slow spell of the machine hits both pages of a round alike.
        const spell = 80 * noise();
        limit.push(100 + spell + 10 * noise());
        subject.push(110 + spell + 10 * noise());
      }
      return { limit, subject };
    };
    const few = series(25);
    const many = series(400);
    const fewInterval = ratioInterval(few.subject, few.limit, seeded(3));
    const manyInterval = ratioInterval(many.subject, many.limit, seeded(3));
    const fewRatio = summarise(few.subject).median / summarise(few.limit).median;

    expect(fewInterval.low).toBeLessThan(fewRatio);
    expect(fewInterval.high).toBeGreaterThan(fewRatio);
    expect(manyInterval.high - manyInterval.low).toBeLessThan((fewInterval.high - fewInterval.low) / 2);
    // The true ratio of medians is 150 / 140.
    expect(manyInterval.low).toBeLessThan(150 / 140);
    expect(manyInterval.high).toBeGreaterThan(150 / 140);
  });

  it('refuses series that were not taken in the same rounds', () => {
    expect(() => ratioInterval([1, 2, 3], [1, 2], Math.random)).toThrow(/same, non-zero length/);
    expect(() => ratioInterval([], [], Math.random)).toThrow(/same, non-zero length/);
  });
});

describe('rotate', () => {
  it('runs every measure once a round, starting one place further along each round, and drops the warm-up', async () => {
    const calls: string[] = [];
    const measure = (name: string) => async () => {
      calls.push(name);
      return `${name}${calls.length}`;
    };
    const samples = await rotate(2, 1, [measure('a'), measure('b'), measure('c')]);

    // Round -1 (warm-up) starts at c, round 0 at a, round 1 at b.
    expect(calls).toEqual(['c', 'a', 'b', 'a', 'b', 'c', 'b', 'c', 'a']);
    expect(samples).toEqual([
      ['a4', 'a9'],
      ['b5', 'b7'],
      ['c6', 'c8'],
    ]);
  });
});
