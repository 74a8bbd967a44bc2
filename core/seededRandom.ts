import type { Random } from './picker.ts';

/**
 * A seeded generator of numbers in [0, 1) (mulberry32), for what must come out the same on every
 * run: tests that replay a failure, benchmarks, generated banks. Pages use Math.random.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
