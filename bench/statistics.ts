/**
 * The statistics the benchmarks report, as pure functions: no browser, no clock, and randomness
 * passed in, so tests/unit/bench/statistics.test.ts can check them.
 *
 * Written here rather than taken from a library: a median, a percentile and a bootstrap over paired
 * rounds are a few lines each, and the statistics packages on npm offer the first two but not a
 * paired bootstrap of a ratio of medians.
 */

export interface Summary {
  median: number;
  p90: number;
}

/** The value below which `quantile` of the samples fall, interpolated between the two nearest. */
export function quantileOf(samples: readonly number[], quantile: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const position = (sorted.length - 1) * quantile;
  const below = sorted[Math.floor(position)] ?? Number.NaN;
  const above = sorted[Math.ceil(position)] ?? below;
  return below + (above - below) * (position - Math.floor(position));
}

export function summarise(samples: readonly number[]): Summary {
  return { median: quantileOf(samples, 0.5), p90: quantileOf(samples, 0.9) };
}

/** Where the true value plausibly lies, at 95% confidence. */
export interface Interval {
  low: number;
  high: number;
}

const RESAMPLES = 2_000;

/**
 * A 95% confidence interval for median(subject) / median(limit), by a percentile bootstrap over
 * rounds: sample `i` of both series was taken in the same round of the harness, so a slow spell of
 * the machine that hit both stays paired when rounds are drawn again.
 *
 * Why report it: the machines the benchmarks run on are shared, and the same page measures anywhere
 * from 1.03x to 1.14x of the plain page from one run of 25 samples to the next. A ratio whose
 * interval straddles its target says "cannot tell at this many samples", not "pass" or "fail".
 *
 * `random` returns numbers in [0, 1), like Math.random.
 */
export function ratioInterval(
  subject: readonly number[],
  limit: readonly number[],
  random: () => number,
  resamples = RESAMPLES,
): Interval {
  if (subject.length !== limit.length || subject.length === 0) {
    throw new Error(
      `a paired bootstrap needs two series of the same, non-zero length; got ${subject.length} and ${limit.length}`,
    );
  }
  const rounds = subject.length;
  const ratios: number[] = [];
  const drawnSubject = new Array<number>(rounds);
  const drawnLimit = new Array<number>(rounds);
  for (let resample = 0; resample < resamples; resample++) {
    for (let slot = 0; slot < rounds; slot++) {
      const round = Math.min(rounds - 1, Math.floor(random() * rounds));
      drawnSubject[slot] = subject[round] ?? Number.NaN;
      drawnLimit[slot] = limit[round] ?? Number.NaN;
    }
    ratios.push(quantileOf(drawnSubject, 0.5) / quantileOf(drawnLimit, 0.5));
  }
  return { low: quantileOf(ratios, 0.025), high: quantileOf(ratios, 0.975) };
}
