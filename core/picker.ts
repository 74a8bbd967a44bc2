import type { ReviewState } from './reviewState.ts';
import { dueAt } from './reviewState.ts';

/** A number in [0, 1), like Math.random: passed in so that every pick can be replayed in a test. */
export type Random = () => number;

interface HasId {
  id: string;
}

/**
 * The candidates minus the recently shown ones (most recent first). When the candidates are too few
 * to avoid them all, the oldest recent ids become eligible again; the most recent one is avoided
 * whenever there is any other choice.
 */
export function withoutRecent<T extends HasId>(candidates: readonly T[], recentIds: readonly string[]): T[] {
  const avoided = Math.max(0, Math.min(recentIds.length, candidates.length - 1));
  const avoid = new Set(recentIds.slice(0, avoided));
  return candidates.filter((candidate) => !avoid.has(candidate.id));
}

/** Picks one question uniformly at random, avoiding the recent ones. */
export function pickQuestion<T extends HasId>(
  candidates: readonly T[],
  recentIds: readonly string[],
  random: Random,
): T | undefined {
  const eligible = withoutRecent(candidates, recentIds);
  return eligible[Math.floor(random() * eligible.length)] ?? eligible[0];
}

/** How many of the most at-risk candidates the random pick chooses among. */
export const STRONGEST_CANDIDATES = 6;
/** A new question's weight beside a due one's risk of being forgotten (1 - retrievability). */
export const NEW_QUESTION_WEIGHT = 0.25;

export interface PickInput<T extends HasId> {
  /** Questions the user's filters allow. */
  candidates: readonly T[];
  reviews: ReadonlyMap<string, ReviewState>;
  now: number;
  recentIds: readonly string[];
  /** New questions that may still be introduced today. */
  newBudgetLeft: number;
  /** Passed in so the picker does not load the scheduler itself. */
  retrievability: (review: ReviewState, now: number) => number;
  random: Random;
}

export type Pick<T> = { kind: 'due' | 'new'; question: T } | { kind: 'caught-up' };

/**
 * Whether a grade now is a review that counts: the question is due, or it is new and today's budget
 * of new questions has room. Otherwise the question is practice - shown when nothing was due, or
 * shown again after its grade - and a grade would reschedule it early or spend a budget that is gone.
 */
export function isGradeable(review: ReviewState | undefined, now: number, newBudgetLeft: number): boolean {
  return review ? dueAt(review) <= now : newBudgetLeft > 0;
}

/**
 * The next question to review: the due questions most at risk of being forgotten, topped up with
 * new questions while today's budget lasts, then one of those chosen at random, weighted by risk,
 * so it never feels mechanical. Nothing due and no budget left: caught up.
 */
export function pickNext<T extends HasId>(input: PickInput<T>): Pick<T> {
  const { reviews, now, random } = input;
  const eligible = withoutRecent(input.candidates, input.recentIds);

  const due: { question: T; weight: number }[] = [];
  const fresh: T[] = [];
  for (const question of eligible) {
    const review = reviews.get(question.id);
    if (!review) fresh.push(question);
    else if (dueAt(review) <= now)
      due.push({ question, weight: Math.max(0.01, 1 - input.retrievability(review, now)) });
  }
  due.sort((left, right) => right.weight - left.weight);

  const pool: { question: T; weight: number; kind: 'due' | 'new' }[] = due
    .slice(0, STRONGEST_CANDIDATES)
    .map((entry) => ({ ...entry, kind: 'due' as const }));
  const newSlots = Math.min(STRONGEST_CANDIDATES - pool.length, Math.max(0, input.newBudgetLeft));
  for (let slot = 0; slot < newSlots && fresh.length > 0; slot++) {
    const [question] = fresh.splice(Math.floor(random() * fresh.length), 1);
    if (question) pool.push({ question, weight: NEW_QUESTION_WEIGHT, kind: 'new' });
  }
  if (pool.length === 0) return { kind: 'caught-up' };

  const total = pool.reduce((sum, entry) => sum + entry.weight, 0);
  let point = random() * total;
  for (const entry of pool) {
    point -= entry.weight;
    if (point < 0) return { kind: entry.kind, question: entry.question };
  }
  const last = pool[pool.length - 1] as (typeof pool)[number];
  return { kind: last.kind, question: last.question };
}

/**
 * The next `count` picks, each made as if the ones before it had just been shown (and, when new,
 * had used up a place in today's budget), so a queue never repeats a question.
 */
export function planUpcoming<T extends HasId>(input: PickInput<T>, count: number): T[] {
  const planned: T[] = [];
  let recentIds = [...input.recentIds];
  let newBudgetLeft = input.newBudgetLeft;
  for (let index = 0; index < count; index++) {
    const pick = pickNext({ ...input, recentIds, newBudgetLeft });
    if (pick.kind === 'caught-up') break;
    planned.push(pick.question);
    recentIds = [pick.question.id, ...recentIds];
    if (pick.kind === 'new') newBudgetLeft--;
  }
  return planned;
}

/** The questions the user's topic and level filters allow. */
export function filterCandidates<T extends { topic: string; level: string }>(
  questions: readonly T[],
  filters: { topics: readonly string[]; levels: readonly string[] },
): T[] {
  const topics = new Set(filters.topics);
  const levels = new Set(filters.levels);
  return questions.filter((question) => topics.has(question.topic) && levels.has(question.level));
}
