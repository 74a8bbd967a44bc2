import * as v from 'valibot';
import { MAX_COUNT_PER_DAY } from './activityLog.ts';
import { type Day, isDay } from './dates.ts';
import {
  byteLength,
  capProblems,
  cardIdPrefix,
  DECK_ID_PATTERN,
  DECK_LIMITS,
  type DeckCard,
  formatFileSize,
  normaliseTags,
  tooLargeProblem,
  uniqueDeckName,
} from './deck.ts';
import { describeIssues, objectMessage } from './issueMessages.ts';
import { laterReview, type ReviewState } from './reviewState.ts';
import { sanitizeHtml } from './safeHtml.ts';
import { DEFAULT_SETTINGS, type Settings, sanitiseSettings } from './settings.ts';

/**
 * The backup file: everything Backtab keeps, in one versioned JSON document, and the rules for
 * bringing one back. Parsing validates the whole file before anything is planned; planning is pure
 * and works section by section (settings, activity, reviews, decks), so a new kind of data is one
 * more section: a schema entry here, a `plan…` function here, and its writes in store/backup.ts.
 */

export const BACKUP_FORMAT = 'backtab-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
/** Merged over devices a day's count can pass one device's cap; this only rejects nonsense. */
const MAX_DAY_COUNT = 100_000;

/** Review states by question or card id, merged over every device. */
export type Reviews = Record<string, ReviewState>;

export interface BackupDeck {
  id: string;
  name: string;
  enabled: boolean;
  importedAt: number;
  cards: DeckCard[];
}

/** What a backup holds, and what this device holds, in the same shape. */
export interface BackupContents {
  settings: Settings;
  /** Answers revealed a day, merged over every device. */
  activity: Map<Day, number>;
  reviews: Reviews;
  decks: BackupDeck[];
}

export interface Backup extends BackupContents {
  exportedAt: string;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  settings: Settings;
  activity: Record<Day, number>;
  reviews: Reviews;
  decks: BackupDeck[];
}

export function serialiseBackup(contents: BackupContents, exportedAt: string): string {
  const activity: Record<Day, number> = {};
  for (const day of [...contents.activity.keys()].sort()) {
    const count = contents.activity.get(day) ?? 0;
    if (count > 0) activity[day] = count;
  }
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    settings: contents.settings,
    activity,
    reviews: contents.reviews,
    decks: contents.decks,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `backtab-backup-2026-05-01.json`, named by the local day it was made. */
export function backupFileName(day: Day): string {
  return `backtab-backup-${day}.json`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const countSchema = v.pipe(
  v.number('must be a number of answers'),
  v.integer('must be a whole number of answers'),
  v.minValue(0, 'cannot be negative'),
  v.maxValue(MAX_DAY_COUNT, `is more answers than a day can hold (over ${MAX_DAY_COUNT.toLocaleString('en')})`),
);

const htmlSchema = v.pipe(v.string('must be text'), v.maxLength(200_000, 'is too long'));

const cardSchema = v.object(
  {
    id: v.pipe(v.string('must be text'), v.maxLength(80, 'is too long')),
    questionHtml: htmlSchema,
    answerHtml: htmlSchema,
    tags: v.pipe(
      v.array(v.string('must be text'), 'must be a list of tags'),
      v.maxLength(DECK_LIMITS.tags, `can hold at most ${DECK_LIMITS.tags} tags`),
    ),
  },
  objectMessage('must be a card object'),
);

const deckSchema = v.object(
  {
    id: v.pipe(v.string('must be text'), v.regex(DECK_ID_PATTERN, 'must be 1-32 lowercase letters and digits')),
    name: v.pipe(
      v.string('must be text'),
      v.minLength(1, 'cannot be empty'),
      v.maxLength(DECK_LIMITS.nameChars, `can be at most ${DECK_LIMITS.nameChars} characters`),
    ),
    enabled: v.boolean('must be true or false'),
    importedAt: v.pipe(
      v.number('must be a time in ms'),
      v.integer('must be a time in ms'),
      v.minValue(0, 'must be a time in ms'),
    ),
    cards: v.pipe(
      v.array(cardSchema, 'must be a list of cards'),
      v.maxLength(DECK_LIMITS.cards, `can hold at most ${DECK_LIMITS.cards} cards`),
    ),
  },
  objectMessage('must be a deck object'),
);

/** A JSON object: v.record alone would take an array for one. */
const objectOf = <const TValue extends v.GenericSchema>(
  key: v.GenericSchema<string, string>,
  value: TValue,
  message: string,
) =>
  v.pipe(
    v.custom<object>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), message),
    v.record(key, value, message),
  );

const finiteAtLeastZero = (message: string) => v.pipe(v.number(message), v.finite(message), v.minValue(0, message));
const reviewStateSchema = v.object(
  {
    lastReview: finiteAtLeastZero('lastReview must be a time'),
    scheduledDays: finiteAtLeastZero('scheduledDays must be a number of days'),
    stability: finiteAtLeastZero('stability must be a number'),
    difficulty: finiteAtLeastZero('difficulty must be a number'),
    reps: finiteAtLeastZero('reps must be a count'),
    lapses: finiteAtLeastZero('lapses must be a count'),
    state: v.pipe(
      v.number('state must be 0-3'),
      v.integer('state must be 0-3'),
      v.minValue(0),
      v.maxValue(3, 'state must be 0-3'),
    ),
  },
  objectMessage('must be a review state'),
);
const reviewsSchema = objectOf(
  v.pipe(v.string(), v.maxLength(200, 'an id that long is not one of ours')),
  reviewStateSchema,
  'must be an object of review states',
);

const backupSchema = v.object(
  {
    exportedAt: v.pipe(
      v.string('must be a date and time'),
      v.isoTimestamp('must be a date and time such as 2026-05-01T12:00:00.000Z'),
    ),
    settings: objectOf(v.string(), v.unknown(), 'must be an object'),
    activity: objectOf(
      v.pipe(
        v.string(),
        v.check((day: string) => isDay(day), 'not a calendar day'),
      ),
      countSchema,
      'must be an object of days',
    ),
    reviews: reviewsSchema,
    decks: v.pipe(v.array(deckSchema, 'must be a list of decks'), v.maxLength(200, 'holds too many decks')),
  },
  objectMessage('must be an object'),
);

export type BackupParseResult = { ok: true; backup: Backup; warnings: string[] } | { ok: false; problems: string[] };

/** JSON with object keys sorted, so equal values compare equal whatever order their keys came in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * core/settings.ts repairs a bad field silently with its default, which is right for reading storage
 * but would hide a broken backup. A field is wrong when the repair throws its value away: the result
 * is the default although the value was not.
 */
export function settingsProblems(settings: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const defaults = DEFAULT_SETTINGS as Record<string, unknown>;
  for (const [key, value] of Object.entries(settings)) {
    // Unknown keys are settings of a newer Backtab; this one ignores them as its storage reader does.
    if (!(key in defaults)) continue;
    const kept = (sanitiseSettings({ [key]: value }) as Record<string, unknown>)[key];
    if (stableJson(kept) === stableJson(defaults[key]) && stableJson(value) !== stableJson(defaults[key])) {
      const shown = JSON.stringify(value) ?? String(value);
      problems.push(`settings.${key}: ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown} is not a valid value`);
    }
  }
  return problems;
}

function headerProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return 'This is not a Backtab backup: the file does not hold a JSON object.';
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== BACKUP_FORMAT) {
    return `This is not a Backtab backup: format is ${format === undefined ? 'missing' : JSON.stringify(format)}, expected "${BACKUP_FORMAT}".`;
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return `This backup is version ${version}, made by a newer Backtab; this one reads version ${BACKUP_VERSION}. Update Backtab, then import it.`;
  }
  if (version !== BACKUP_VERSION) {
    return `version: ${version === undefined ? 'missing' : `unknown backup version ${JSON.stringify(version)}`}`;
  }
  return undefined;
}

/** Reads a backup file's text. Nothing is changed anywhere: this only says what the file holds. */
export function parseBackup(text: string): BackupParseResult {
  const bytes = byteLength(text);
  if (bytes > MAX_BACKUP_BYTES) return { ok: false, problems: [tooLargeProblem(bytes, MAX_BACKUP_BYTES, 'a backup')] };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [`This is not a Backtab backup: the file is not valid JSON (${(error as Error).message}).`],
    };
  }
  const header = headerProblem(data);
  if (header) return { ok: false, problems: [header] };

  const parsed = v.safeParse(backupSchema, data, { abortEarly: false });
  if (!parsed.success) return { ok: false, problems: capProblems(describeIssues(parsed.issues)) };
  const file = parsed.output;

  const problems = settingsProblems(file.settings);
  const deckIds = new Map<string, number>();
  const warnings: string[] = [];
  let cardsCleaned = 0;
  const decks: BackupDeck[] = file.decks.map((deck, deckIndex) => {
    const earlier = deckIds.get(deck.id);
    if (earlier !== undefined)
      problems.push(`decks[${deckIndex}].id: "${deck.id}" is also the id of decks[${earlier}]`);
    else deckIds.set(deck.id, deckIndex);
    const cardIds = new Map<string, number>();
    const cards = deck.cards.map((card, cardIndex) => {
      const where = `decks[${deckIndex}].cards[${cardIndex}].id`;
      if (!card.id.startsWith(cardIdPrefix(deck.id)))
        problems.push(`${where}: "${card.id}" must start with "${cardIdPrefix(deck.id)}"`);
      const earlierCard = cardIds.get(card.id);
      if (earlierCard !== undefined) {
        problems.push(`${where}: "${card.id}" is also the id of decks[${deckIndex}].cards[${earlierCard}]`);
      } else {
        cardIds.set(card.id, cardIndex);
      }
      // A backup is a file like any other: its HTML passes the same gate as an imported deck's.
      const questionHtml = sanitizeHtml(card.questionHtml, 'inline');
      const answerHtml = sanitizeHtml(card.answerHtml, 'block');
      if (questionHtml !== card.questionHtml || answerHtml !== card.answerHtml) cardsCleaned++;
      return { id: card.id, questionHtml, answerHtml, tags: normaliseTags(card.tags) };
    });
    return { id: deck.id, name: deck.name, enabled: deck.enabled, importedAt: deck.importedAt, cards };
  });
  if (problems.length > 0) return { ok: false, problems: capProblems(problems) };
  if (cardsCleaned > 0) {
    warnings.push(
      `${cardsCleaned} ${cardsCleaned === 1 ? 'card holds' : 'cards hold'} markup Backtab does not write; it is removed and the text kept.`,
    );
  }

  const activity = new Map<Day, number>();
  for (const [day, count] of Object.entries(file.activity)) if (count > 0) activity.set(day, count);
  return {
    ok: true,
    warnings,
    backup: {
      exportedAt: file.exportedAt,
      settings: sanitiseSettings(file.settings),
      activity,
      reviews: file.reviews,
      decks,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Planning

export type ImportMode = 'merge' | 'replace';

/** This device's activity as storage keeps it: its own log, and each other device's by sync key. */
export interface DeviceActivity {
  own: Map<Day, number>;
  others: Map<string, Map<Day, number>>;
}

export interface CurrentData {
  settings: Settings;
  activity: DeviceActivity;
  /** Every device's states merged, for the bank's questions and the cards of every deck here. */
  reviews: Reviews;
  decks: BackupDeck[];
  /** The question ids of this version's bank: with the cards of the decks, what a grade can belong to. */
  bankQuestionIds: ReadonlySet<string>;
}

export interface SettingChange {
  key: string;
  from: unknown;
  to: unknown;
}

export interface ImportSummary {
  mode: ImportMode;
  activity: { daysAdded: number; daysChanged: number; daysRemoved: number; devicesRemoved: number };
  settings: SettingChange[];
  decks: { added: string[]; removed: string[]; replaced: string[] };
  /** `leftOut`: the file's grades for ids that name no question of the bank and no card of a deck after the import. */
  reviews: { added: number; changed: number; removed: number; leftOut: number };
  /** Set when the import must not go ahead, saying why. */
  blocked?: string;
}

export interface ImportPlan {
  settings: Settings;
  /** This device's log after the import. */
  ownActivity: Map<Day, number>;
  /** Sync keys of other devices' logs to delete. */
  removeDevices: string[];
  /**
   * States to write into this device's own record. Merge: only those the file adds or makes later, laid
   * over what the device holds, so a merge never removes a grade. Replace: the whole record.
   */
  reviewsToWrite: Reviews;
  decks: BackupDeck[];
  summary: ImportSummary;
}

export function mergedActivity(activity: DeviceActivity): Map<Day, number> {
  const merged = new Map(activity.own);
  for (const log of activity.others.values()) {
    for (const [day, count] of log) merged.set(day, (merged.get(day) ?? 0) + count);
  }
  return merged;
}

/**
 * Fields of the settings object that record an event rather than a preference: restoring them would
 * act on this device. An older `resetAt` from a file is harmless, a newer one would make every device
 * wipe the progress just imported; a snooze belongs to the moment it was set.
 */
const DEVICE_STATE_SETTINGS = ['resetAt', 'snoozeUntil'];

/** Settings: in both modes the file's preferences win; this device keeps its own event markers. */
export function planSettings(current: Settings, incoming: Settings) {
  const before = current as Record<string, unknown>;
  const next: Record<string, unknown> = { ...incoming };
  for (const key of DEVICE_STATE_SETTINGS) if (key in before) next[key] = before[key];
  const changes: SettingChange[] = [];
  for (const [key, value] of Object.entries(next)) {
    if (stableJson(before[key]) !== stableJson(value)) changes.push({ key, from: before[key], to: value });
  }
  return { next: next as Settings, changes };
}

/**
 * Activity. Merge: a day's merged count becomes at least the file's, by adding the difference to
 * this device's own log (other devices' keys are theirs to write). Replace: this device's log becomes
 * the file's days and the other devices' logs are removed from sync.
 */
export function planActivity(current: DeviceActivity, incoming: Map<Day, number>, mode: ImportMode) {
  const merged = mergedActivity(current);
  const cap = (count: number) => Math.min(MAX_COUNT_PER_DAY, count);
  if (mode === 'merge') {
    const own = new Map(current.own);
    let daysAdded = 0;
    let daysChanged = 0;
    for (const [day, count] of incoming) {
      const have = merged.get(day) ?? 0;
      if (count <= have) continue;
      if (have === 0) daysAdded++;
      else daysChanged++;
      own.set(day, cap((own.get(day) ?? 0) + count - have));
    }
    return { own, removeDevices: [], summary: { daysAdded, daysChanged, daysRemoved: 0, devicesRemoved: 0 } };
  }
  const own = new Map<Day, number>();
  for (const [day, count] of incoming) own.set(day, cap(count));
  let daysAdded = 0;
  let daysChanged = 0;
  for (const [day, count] of own) {
    const have = merged.get(day) ?? 0;
    if (have === 0) daysAdded++;
    else if (have !== count) daysChanged++;
  }
  const daysRemoved = [...merged.keys()].filter((day) => !own.has(day)).length;
  const removeDevices = [...current.others.keys()];
  return { own, removeDevices, summary: { daysAdded, daysChanged, daysRemoved, devicesRemoved: removeDevices.length } };
}

export function decksBytes(decks: readonly BackupDeck[]): number {
  return decks.reduce((sum, deck) => sum + byteLength(JSON.stringify(deck.cards)), 0);
}

/**
 * Decks. Merge: decks the device lacks are added, by id; one named like a deck already here becomes
 * "Name (2)", as a second import of a file would. Replace: the file's decks are all there is.
 */
export function planDecks(current: readonly BackupDeck[], incoming: readonly BackupDeck[], mode: ImportMode) {
  const currentIds = new Map(current.map((deck) => [deck.id, deck]));
  const incomingIds = new Set(incoming.map((deck) => deck.id));
  const newDecks = incoming.filter((deck) => !currentIds.has(deck.id));
  const addedDecks =
    mode === 'merge'
      ? withUniqueNames(
          newDecks,
          current.map((deck) => deck.name),
        )
      : newDecks;
  const next = mode === 'merge' ? [...current, ...addedDecks] : [...incoming];
  const added = addedDecks.map((deck) => deck.name);
  const removed = mode === 'merge' ? [] : current.filter((deck) => !incomingIds.has(deck.id)).map((deck) => deck.name);
  const replaced =
    mode === 'merge'
      ? []
      : incoming
          .filter((deck) => {
            const existing = currentIds.get(deck.id);
            return existing !== undefined && stableJson(existing) !== stableJson(deck);
          })
          .map((deck) => deck.name);
  const bytes = decksBytes(next);
  const blocked =
    bytes > DECK_LIMITS.totalBytes
      ? `Together with the decks already here, the decks would take ${formatFileSize(bytes)}; they can take ${formatFileSize(DECK_LIMITS.totalBytes)} in all. Delete a deck here, or replace instead of merging.`
      : undefined;
  return { next, summary: { added, removed, replaced }, blocked };
}

function withUniqueNames(decks: readonly BackupDeck[], namesHere: readonly string[]): BackupDeck[] {
  const taken = [...namesHere];
  return decks.map((deck) => {
    const name = uniqueDeckName(deck.name, taken);
    taken.push(name);
    return name === deck.name ? deck : { ...deck, name };
  });
}

/**
 * Review states. Merge: per question, the later review wins (as between devices); only the states that
 * change are written. Replace: the file's states are all there are.
 *
 * Either way a grade in the file for an id in `knownIds` only is imported. Any other id names nothing
 * Backtab could show (a hand-edited file, a deck deleted since): it would never be exported again, yet
 * would take storage.sync's scarce 100 KB from every device. It is left out, and counted, so the
 * preview can say so.
 */
export function planReviews(current: Reviews, incoming: Reviews, mode: ImportMode, knownIds: ReadonlySet<string>) {
  const toWrite: Reviews = {};
  let added = 0;
  let changed = 0;
  let leftOut = 0;
  for (const [id, review] of Object.entries(incoming)) {
    if (!knownIds.has(id)) {
      leftOut++;
      continue;
    }
    // Own keys only: a file's grade of "constructor" must not meet Object.prototype's.
    const before = Object.hasOwn(current, id) ? current[id] : undefined;
    const after = mode === 'merge' ? (laterReview(before, review) as ReviewState) : review;
    const isChange = !before || stableJson(before) !== stableJson(after);
    if (!before) added++;
    else if (isChange) changed++;
    if (isChange || mode === 'replace') toWrite[id] = after;
  }
  const removed = mode === 'merge' ? 0 : Object.keys(current).filter((id) => !Object.hasOwn(toWrite, id)).length;
  return { toWrite, summary: { added, changed, removed, leftOut } };
}

/** The ids a grade can belong to: the bank's questions and the cards of the given decks. */
export function gradableIds(bankQuestionIds: ReadonlySet<string>, decks: readonly BackupDeck[]): Set<string> {
  const ids = new Set(bankQuestionIds);
  for (const deck of decks) for (const card of deck.cards) ids.add(card.id);
  return ids;
}

export function planImport(current: CurrentData, backup: BackupContents, mode: ImportMode): ImportPlan {
  const settings = planSettings(current.settings, backup.settings);
  const activity = planActivity(current.activity, backup.activity, mode);
  const decks = planDecks(current.decks, backup.decks, mode);
  // A card's grade is known when its deck is here after the import: replacing deletes this device's decks.
  const reviews = planReviews(current.reviews, backup.reviews, mode, gradableIds(current.bankQuestionIds, decks.next));
  return {
    settings: settings.next,
    ownActivity: activity.own,
    removeDevices: activity.removeDevices,
    reviewsToWrite: reviews.toWrite,
    decks: decks.next,
    summary: {
      mode,
      activity: activity.summary,
      settings: settings.changes,
      decks: decks.summary,
      reviews: reviews.summary,
      ...(decks.blocked ? { blocked: decks.blocked } : {}),
    },
  };
}

/** True when importing would change nothing. */
export function changesNothing(summary: ImportSummary): boolean {
  const { activity, decks, reviews } = summary;
  return (
    activity.daysAdded + activity.daysChanged + activity.daysRemoved + activity.devicesRemoved === 0 &&
    summary.settings.length === 0 &&
    decks.added.length + decks.removed.length + decks.replaced.length === 0 &&
    reviews.added + reviews.changed + reviews.removed === 0
  );
}

/**
 * One sentence on the file's grades an import leaves out (see planReviews), or undefined when it
 * leaves none out. Replacing can leave out more than merging: it deletes the decks the file lacks.
 */
export function leftOutReviewsNotice({ merge, replace }: { merge: ImportSummary; replace: ImportSummary }) {
  const byMerging = merge.reviews.leftOut;
  const byReplacing = replace.reviews.leftOut;
  if (byMerging === 0 && byReplacing === 0) return undefined;
  const why = 'in neither Backtab’s question bank nor a deck';
  if (byMerging === byReplacing) {
    const count = byMerging.toLocaleString('en');
    return byMerging === 1
      ? `1 grade in this file is for a question or card that is ${why}, so it is left out.`
      : `${count} grades in this file are for questions or cards that are ${why}, so they are left out.`;
  }
  const howMany = (count: number) => (count === 0 ? 'none' : count.toLocaleString('en'));
  return `Grades in this file for questions or cards that are ${why} are left out: ${howMany(byMerging)} when merging, ${howMany(byReplacing)} when replacing, which deletes decks they belong to.`;
}
