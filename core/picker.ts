import type { QuestionSummary } from './bank.ts';

/** A number in [0, 1), like Math.random: passed in so that every pick can be replayed in a test. */
export type Random = () => number;

/**
 * Picks one question at random, avoiding the ids in `recentIds` (most recent first). When the
 * candidates are too few to avoid them all, the oldest recent ids become eligible again; the
 * most recent one is avoided whenever there is any other choice.
 */
export function pickQuestion<T extends QuestionSummary>(
  candidates: readonly T[],
  recentIds: readonly string[],
  random: Random,
): T | undefined {
  if (candidates.length === 0) return undefined;
  for (let avoided = Math.min(recentIds.length, candidates.length - 1); avoided >= 0; avoided--) {
    const avoid = new Set(recentIds.slice(0, avoided));
    const eligible = candidates.filter((candidate) => !avoid.has(candidate.id));
    if (eligible.length > 0) return eligible[Math.floor(random() * eligible.length)] ?? eligible[0];
  }
  return candidates[0];
}

/**
 * The next `count` questions to show, each picked as if the ones before it had just been shown,
 * so a queue never repeats a question nor anything in `recentIds`.
 */
export function planUpcoming<T extends QuestionSummary>(
  candidates: readonly T[],
  recentIds: readonly string[],
  count: number,
  random: Random,
): T[] {
  const planned: T[] = [];
  let recent = [...recentIds];
  for (let index = 0; index < count; index++) {
    const next = pickQuestion(candidates, recent, random);
    if (!next) break;
    planned.push(next);
    recent = [next.id, ...recent];
  }
  return planned;
}
