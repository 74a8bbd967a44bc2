import { LEVELS, type PromptSummary, TOPICS } from '../core/bank.ts';
import { withShown } from '../core/recent.ts';

/**
 * Which question each surface shows, kept in the page's synchronous `localStorage` rather than
 * browser.storage: a new tab must paint its question without waiting for an asynchronous read.
 * It is a per-device cache of no lasting value - losing it loses no progress - so it never syncs.
 *
 * - `current`: the question most recently shown, which the popup opens on, and `currentDay`, the
 *   day it was shown (a question a day shows it again all day);
 * - `upcoming`: questions already picked for the next new tabs, so a new tab can show one at once;
 * - `recentIds`: what the picker avoids, most recent first.
 *
 * Everything is tagged with the bank's version: after an update changes the bank, the cache is void.
 */
export const SHOWN_QUESTIONS_KEY = 'backtab.shown.v1';

export interface ShownState {
  bankVersion: string;
  current?: PromptSummary;
  currentDay?: string;
  upcoming: PromptSummary[];
  /** The settings the queue was planned under (store/pagePrefs.ts planKeyOf). */
  planKey?: string;
  recentIds: string[];
}

export function readShown(bankVersion: string): ShownState {
  const empty: ShownState = { bankVersion, upcoming: [], recentIds: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(SHOWN_QUESTIONS_KEY) ?? 'null');
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
    ...(current && typeof stored.currentDay === 'string' ? { currentDay: stored.currentDay } : {}),
    upcoming: Array.isArray(stored.upcoming) ? stored.upcoming.filter(isSummary) : [],
    ...(typeof stored.planKey === 'string' ? { planKey: stored.planKey } : {}),
    recentIds: Array.isArray(stored.recentIds)
      ? stored.recentIds.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

function write(state: ShownState): void {
  try {
    localStorage.setItem(SHOWN_QUESTIONS_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the next tab picks afresh, which is all this cache saves.
  }
}

function isSummary(value: unknown): value is PromptSummary {
  if (typeof value !== 'object' || value === null) return false;
  const summary = value as Record<string, unknown>;
  if (typeof summary.id !== 'string' || typeof summary.questionHtml !== 'string') return false;
  if (typeof summary.deckName === 'string') return true;
  return (
    (TOPICS as readonly unknown[]).includes(summary.topic) && (LEVELS as readonly unknown[]).includes(summary.level)
  );
}

/** Forgets what this device showed and planned, as a reset of progress must. */
export function forgetShownQuestions(): void {
  try {
    localStorage.removeItem(SHOWN_QUESTIONS_KEY);
  } catch {
    // No page storage here (the background): pages rebuild the cache themselves.
  }
}

/**
 * Drops the questions planned for the next new tabs, keeping what was shown: after a deck is switched
 * off or deleted, a planned card of it must not reach a tab. The next tab plans afresh.
 */
export function forgetUpcomingQuestions(): void {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(SHOWN_QUESTIONS_KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return;
    localStorage.setItem(SHOWN_QUESTIONS_KEY, JSON.stringify({ ...stored, upcoming: [] }));
  } catch {
    // No page storage here (the background), or an unreadable cache: a new tab checks its question anyway.
  }
}

/** The question most recently shown on this device, if any. */
export function readCurrentQuestion(bankVersion: string): PromptSummary | undefined {
  return readShown(bankVersion).current;
}

/**
 * Takes the next pre-picked question off the queue and records it as shown, in one synchronous
 * step, so two tabs opened at once never take the same one. Given `today` (one question a day), a
 * question already shown today is shown again instead. A queue planned under other settings than
 * `planKey` is not used.
 */
export function takeUpcomingQuestion(bankVersion: string, planKey: string, today?: string): PromptSummary | undefined {
  const state = readShown(bankVersion);
  if (today && state.current && state.currentDay === today) return state.current;
  if (state.planKey !== planKey) return undefined;
  const next = state.upcoming.find((question) => question.id !== state.current?.id);
  if (!next) return undefined;
  write({
    bankVersion,
    current: next,
    ...(today ? { currentDay: today } : {}),
    planKey,
    upcoming: state.upcoming.filter((question) => question.id !== next.id),
    recentIds: withShown(state.recentIds, next.id),
  });
  return next;
}

/** Records `question` as shown on `today`, and replaces the queue with `upcoming`, planned under `planKey`. */
export function markShown(
  bankVersion: string,
  question: PromptSummary,
  today: string,
  upcoming: PromptSummary[],
  planKey: string,
) {
  const state = readShown(bankVersion);
  write({
    bankVersion,
    current: question,
    currentDay: today,
    upcoming,
    planKey,
    recentIds: withShown(state.recentIds, question.id),
  });
}

/** Replaces the queue of pre-picked questions, planned under `planKey`. */
export function replaceUpcoming(bankVersion: string, upcoming: PromptSummary[], planKey: string): void {
  write({ ...readShown(bankVersion), upcoming, planKey });
}
