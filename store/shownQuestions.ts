import { LEVELS, type QuestionSummary, TOPICS } from '../core/bank.ts';
import { pickQuestion, planUpcoming, type Random } from '../core/picker.ts';
import { withShown } from '../core/recent.ts';

/**
 * Which question each surface shows, kept in the page's synchronous `localStorage` rather than
 * browser.storage: a new tab must paint its question without waiting for an asynchronous read.
 * It is a per-device cache of no lasting value - losing it loses no progress - so it never syncs.
 *
 * - `current`: the question most recently shown, which the popup opens on;
 * - `upcoming`: questions already picked for the next new tabs, so a new tab can show one at once;
 * - `recentIds`: what the picker avoids, most recent first.
 *
 * Everything is tagged with the bank's version: after an update changes the bank, the cache is void.
 */
const STORAGE_KEY = 'backtab.shown.v1';

interface ShownState {
  bankVersion: string;
  current?: QuestionSummary;
  upcoming: QuestionSummary[];
  recentIds: string[];
}

function read(bankVersion: string): ShownState {
  const empty: ShownState = { bankVersion, upcoming: [], recentIds: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return empty;
  }
  if (typeof parsed !== 'object' || parsed === null) return empty;
  const stored = parsed as Partial<Record<keyof ShownState, unknown>>;
  if (stored.bankVersion !== bankVersion) return empty;
  const current = isSummary(stored.current) ? stored.current : undefined;
  return {
    bankVersion,
    ...(current ? { current } : {}),
    upcoming: Array.isArray(stored.upcoming) ? stored.upcoming.filter(isSummary) : [],
    recentIds: Array.isArray(stored.recentIds)
      ? stored.recentIds.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

function write(state: ShownState): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the next tab picks afresh, which is all this cache saves.
  }
}

function isSummary(value: unknown): value is QuestionSummary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Record<string, unknown>;
  return (
    typeof summary.id === 'string' &&
    typeof summary.questionHtml === 'string' &&
    (TOPICS as readonly unknown[]).includes(summary.topic) &&
    (LEVELS as readonly unknown[]).includes(summary.level)
  );
}

/** The question most recently shown on this device, if any. */
export function readCurrentQuestion(bankVersion: string): QuestionSummary | undefined {
  return read(bankVersion).current;
}

export function readRecentIds(bankVersion: string): string[] {
  return read(bankVersion).recentIds;
}

/**
 * Takes the next pre-picked question off the queue and records it as shown, in one synchronous
 * step, so two tabs opened at once never take the same one.
 */
export function takeUpcomingQuestion(bankVersion: string): QuestionSummary | undefined {
  const state = read(bankVersion);
  const next = state.upcoming.find((question) => question.id !== state.current?.id);
  if (!next) return undefined;
  write({
    ...state,
    current: next,
    upcoming: state.upcoming.filter((question) => question.id !== next.id),
    recentIds: withShown(state.recentIds, next.id),
  });
  return next;
}

/** Records `question` as shown now, and replaces the queue with `upcoming`. */
function markShown(bankVersion: string, question: QuestionSummary, upcoming: QuestionSummary[]): void {
  const state = read(bankVersion);
  write({ bankVersion, current: question, upcoming, recentIds: withShown(state.recentIds, question.id) });
}

/** How many questions are picked ahead, so several tabs opened in a row each show one at once. */
const UPCOMING_COUNT = 3;

/** Picks, records and returns the question to show now, and plans the ones after it. */
export function showNextQuestion<T extends QuestionSummary>(
  bankVersion: string,
  candidates: readonly T[],
  random: Random,
): T | undefined {
  const state = read(bankVersion);
  const avoid = state.current ? withShown(state.recentIds, state.current.id) : state.recentIds;
  const next = pickQuestion(candidates, avoid, random);
  if (!next) return undefined;
  markShown(bankVersion, next, planUpcoming(candidates, withShown(avoid, next.id), UPCOMING_COUNT, random));
  return next;
}

/** Tops up the queue after a new tab took a question from it. */
export function refillUpcoming(bankVersion: string, candidates: readonly QuestionSummary[], random: Random): void {
  const state = read(bankVersion);
  const kept = state.upcoming.filter((question) => candidates.some((candidate) => candidate.id === question.id));
  const avoid = [...kept.map((question) => question.id), ...state.recentIds];
  write({ ...state, upcoming: [...kept, ...planUpcoming(candidates, avoid, UPCOMING_COUNT - kept.length, random)] });
}
