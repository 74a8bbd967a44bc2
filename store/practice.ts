import {
  type Answer,
  type CardSummary,
  isCard,
  type PromptSummary,
  type QuestionSummary,
  type Topic,
} from '../core/bank.ts';
import { dayOf } from '../core/dates.ts';
import { deckIdOfCard } from '../core/deck.ts';
import type { GradeName } from '../core/grades.ts';
import { masteryByTopic, type TopicMastery } from '../core/mastery.ts';
import { filterCandidates, isGradeable, pickNext, pickQuestion, planUpcoming, type Random } from '../core/picker.ts';
import { dueAt, type ReviewState } from '../core/reviewState.ts';
import { grade, retrievability } from '../core/scheduler.ts';
import type { Settings } from '../core/settings.ts';
import { loadBankIndex, loadQuestion } from '../questions/loadBank.ts';
import { recordRevealNow } from './activity.ts';
import { deckStore } from './decks.ts';
import { planKeyOf } from './pagePrefs.ts';
import { type LogEntry, reviewStore } from './reviews.ts';
import { readSettings } from './settings.ts';
import { markShown, readShown, replaceUpcoming } from './shownQuestions.ts';

/**
 * Practice as the surfaces see it: what to show next, revealing, grading and undoing. It joins the
 * bank, the settings and the stored progress, and is loaded after a page's first paint - it brings
 * the bank's index and the scheduler, which the first paint never needs.
 */

/** How many questions are picked ahead, so several tabs opened in a row each show one at once. */
const UPCOMING_COUNT = 3;

export interface Clock {
  now: number;
  timeZone: string;
  random: Random;
}

export function systemClock(): Clock {
  return { now: Date.now(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, random: Math.random };
}

interface Snapshot {
  settings: Settings;
  candidates: PromptSummary[];
  reviews: Map<string, ReviewState>;
  log: LogEntry[];
  today: string;
}

async function snapshot(clock: Clock): Promise<Snapshot> {
  const [settings, index, decks] = await Promise.all([readSettings(), loadBankIndex(), deckStore().listDecks()]);
  const enabledDecks = new Map(decks.filter((deck) => deck.enabled).map((deck) => [deck.id, deck.name]));
  const cards: CardSummary[] =
    enabledDecks.size === 0
      ? []
      : (await deckStore().loadEnabledCards()).map((card) => ({
          id: card.id,
          questionHtml: card.questionHtml,
          deckName: enabledDecks.get(deckIdOfCard(card.id) ?? '') ?? 'Custom deck',
        }));
  // The bank can be switched off only while a deck is on: a new tab always has something to show.
  const bank = settings.includeBank || cards.length === 0 ? filterCandidates(index, settings) : [];
  const candidates: PromptSummary[] = [...bank, ...cards];
  const [reviews, log] = await Promise.all([
    reviewStore().readMerged(candidates.map((question) => question.id)),
    reviewStore().readLog(),
  ]);
  return { settings, candidates, reviews, log, today: dayOf(clock.now, clock.timeZone, settings.dayStartHour) };
}

function newBudgetLeft({ settings, log, today }: Snapshot, clock: Clock): number {
  const introducedToday = new Set(
    log
      .filter((entry) => entry.wasNew && dayOf(entry.at, clock.timeZone, settings.dayStartHour) === today)
      .map((entry) => entry.id),
  );
  return Math.max(0, settings.newPerDay - introducedToday.size);
}

function pickInput(state: Snapshot, clock: Clock, recentIds: string[]) {
  return {
    candidates: state.candidates,
    reviews: state.reviews,
    now: clock.now,
    recentIds,
    newBudgetLeft: newBudgetLeft(state, clock),
    retrievability,
    random: clock.random,
  };
}

export type NextQuestion = { question: PromptSummary; practice: boolean } | { caughtUp: true };

/**
 * Picks the question to show now and records it as shown; plans the next ones. With `practice`,
 * shows any question of the filters when nothing is due, without rescheduling anything.
 */
export async function showNext(bankVersion: string, clock: Clock, practice = false): Promise<NextQuestion> {
  const state = await snapshot(clock);
  const shown = readShown(bankVersion);
  const recentIds = shown.current ? [shown.current.id, ...shown.recentIds] : shown.recentIds;
  const pick = pickNext(pickInput(state, clock, recentIds));
  let question: PromptSummary | undefined;
  if (pick.kind !== 'caught-up') question = pick.question;
  else if (practice) question = pickQuestion(state.candidates, recentIds, clock.random);
  if (!question) return { caughtUp: true };
  const upcoming = planUpcoming(pickInput(state, clock, [question.id, ...recentIds]), UPCOMING_COUNT);
  markShown(bankVersion, question, state.today, upcoming, planKeyOf(state.settings));
  return { question, practice: pick.kind === 'caught-up' };
}

/**
 * What a question a page took from the cache (store/shownQuestions.ts) turns out to be once storage
 * has been read:
 * - `stale`: it no longer fits - the settings changed since it was planned under `plannedUnder` (a
 *   page's localStorage copy of them can lag behind a change made in another page's process), or it
 *   left the candidates (its deck was switched off or deleted). The page picks again.
 * - `practice`: a grade would not count (core/picker.ts isGradeable), so grading is off.
 * - `gradeable`: otherwise.
 */
export type ShownQuestionStatus = 'gradeable' | 'practice' | 'stale';

export async function checkShownQuestion(
  question: PromptSummary,
  clock: Clock,
  plannedUnder?: string,
): Promise<ShownQuestionStatus> {
  return statusOf(question, await snapshot(clock), clock, plannedUnder);
}

/**
 * checkShownQuestion for a new tab: when the question still fits, the next tabs' questions are
 * planned from the same read of storage, which a check and a planAhead would each make.
 */
export async function checkShownAndPlanAhead(
  bankVersion: string,
  question: PromptSummary,
  clock: Clock,
  plannedUnder: string,
): Promise<ShownQuestionStatus> {
  const state = await snapshot(clock);
  const status = statusOf(question, state, clock, plannedUnder);
  if (status !== 'stale') planFrom(state, bankVersion, clock);
  return status;
}

function statusOf(
  question: PromptSummary,
  state: Snapshot,
  clock: Clock,
  plannedUnder: string | undefined,
): ShownQuestionStatus {
  if (plannedUnder !== undefined && planKeyOf(state.settings) !== plannedUnder) return 'stale';
  if (!state.candidates.some((candidate) => candidate.id === question.id)) return 'stale';
  return isGradeable(state.reviews.get(question.id), clock.now, newBudgetLeft(state, clock)) ? 'gradeable' : 'practice';
}

/** Re-plans the questions waiting for the next new tabs, after a tab took one or progress changed. */
export async function planAhead(bankVersion: string, clock: Clock): Promise<void> {
  planFrom(await snapshot(clock), bankVersion, clock);
}

function planFrom(state: Snapshot, bankVersion: string, clock: Clock): void {
  const shown = readShown(bankVersion);
  const recentIds = shown.current ? [shown.current.id, ...shown.recentIds] : shown.recentIds;
  replaceUpcoming(
    bankVersion,
    planUpcoming(pickInput(state, clock, recentIds), UPCOMING_COUNT),
    planKeyOf(state.settings),
  );
}

/** The answer, and one more revealed answer counted towards the streak. */
export async function reveal(summary: PromptSummary, clock: Clock, countIt: boolean): Promise<Answer | undefined> {
  const answer = isCard(summary) ? await loadCardAnswer(summary) : await loadQuestion(summary);
  if (answer && countIt) await recordRevealNow(clock.timeZone, clock.now);
  return answer;
}

async function loadCardAnswer(summary: CardSummary): Promise<Answer | undefined> {
  const deckId = deckIdOfCard(summary.id);
  if (deckId === undefined) return undefined;
  const card = (await deckStore().loadDeckCards(deckId)).find((entry) => entry.id === summary.id);
  return card && { id: card.id, questionHtml: card.questionHtml, answerHtml: card.answerHtml, sources: [] };
}

/** Grades a question and re-plans what comes next; returns its new state. */
export async function gradeQuestion(
  bankVersion: string,
  id: string,
  gradeName: GradeName,
  clock: Clock,
): Promise<ReviewState> {
  const next = await reviewStore().grade(id, gradeName, clock.now, grade);
  await planAhead(bankVersion, clock);
  return next;
}

/** Takes back the last grade; returns the question it was for. */
export async function undoLastGrade(bankVersion: string, clock: Clock): Promise<PromptSummary | undefined> {
  const undone = await reviewStore().undoLast();
  if (!undone) return undefined;
  await planAhead(bankVersion, clock);
  const state = await snapshot(clock);
  return state.candidates.find((question) => question.id === undone.id);
}

/** The due questions within the filters, most at risk first: the popup's review queue. */
export async function dueQueue(clock: Clock): Promise<PromptSummary[]> {
  const state = await snapshot(clock);
  return state.candidates
    .flatMap((question) => {
      const review = state.reviews.get(question.id);
      return review && dueAt(review) <= clock.now ? [{ question, risk: 1 - retrievability(review, clock.now) }] : [];
    })
    .sort((left, right) => right.risk - left.risk)
    .map((entry) => entry.question);
}

/** Days until a state is due again, for "see you in N days". */
export function daysUntilDue(review: ReviewState, now: number): number {
  return Math.max(0, Math.round((dueAt(review) - now) / 86_400_000));
}

/** How well each topic is known, over the whole bank whatever the filters. */
export async function masteryReport(clock: Clock): Promise<TopicMastery[]> {
  const index = await loadBankIndex();
  const reviews = await reviewStore().readMerged(index.map((question) => question.id));
  return masteryByTopic(index, reviews, clock.now, retrievability);
}

/** A drill of one topic: what is most likely forgotten first, then questions never seen. */
export async function drillQueue(topic: Topic, clock: Clock): Promise<QuestionSummary[]> {
  const inTopic = (await loadBankIndex()).filter((question) => question.topic === topic);
  const reviews = await reviewStore().readMerged(inTopic.map((question) => question.id));
  const recall = (question: QuestionSummary) => {
    const review = reviews.get(question.id);
    return review ? retrievability(review, clock.now) : 2 + clock.random();
  };
  return inTopic
    .map((question) => ({ question, recall: recall(question) }))
    .sort((left, right) => left.recall - right.recall)
    .map((entry) => entry.question);
}
