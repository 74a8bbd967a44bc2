/**
 * What Backtab remembers about one question after it was graded: enough to rebuild its ts-fsrs card.
 * With short-term steps off, every graded card is in the Review state and is due `scheduledDays`
 * after its last review, so the due date is derived, not stored.
 */
export interface ReviewState {
  /** When it was last graded (ms since 1970). */
  lastReview: number;
  scheduledDays: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
}

const DAY = 86_400_000;

export function dueAt(review: ReviewState): number {
  return review.lastReview + review.scheduledDays * DAY;
}

/** Of two states of one question, the one graded last wins; ties go to more repetitions, then to stability. */
export function laterReview(left: ReviewState | undefined, right: ReviewState | undefined): ReviewState | undefined {
  if (!left) return right;
  if (!right) return left;
  if (left.lastReview !== right.lastReview) return left.lastReview > right.lastReview ? left : right;
  if (left.reps !== right.reps) return left.reps > right.reps ? left : right;
  return left.stability >= right.stability ? left : right;
}

/** Every device's states merged, question by question: the latest review wins. */
export function mergeReviewStates(records: Iterable<ReadonlyMap<string, ReviewState>>): Map<string, ReviewState> {
  const merged = new Map<string, ReviewState>();
  for (const record of records) {
    for (const [id, review] of record) merged.set(id, laterReview(merged.get(id), review) as ReviewState);
  }
  return merged;
}

/**
 * The short key a question's state is synced under: FNV-1a of its id in base 36 (at most 7
 * characters). Sync space is scarce; the bank check rejects ids whose keys would collide.
 */
export function syncKeyOf(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index++) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

// Seconds since 2024-01-01 keep timestamps short yet precise enough to order two devices' reviews
// of one question; stability and difficulty keep 2 and 3 decimals.
const EPOCH = Date.UTC(2024, 0, 1);
const SECOND = 1_000;

/** One state as about 30 characters: `key:lastReview,scheduledDays,stability,difficulty,reps,lapses,state`. */
export function encodeReviewEntry(key: string, review: ReviewState): string {
  const fields = [
    Math.round((review.lastReview - EPOCH) / SECOND),
    review.scheduledDays,
    Math.round(review.stability * 100),
    Math.round(review.difficulty * 1000),
    review.reps,
    review.lapses,
    review.state,
  ];
  return `${key}:${fields.map((field) => Math.max(0, field).toString(36)).join(',')}`;
}

/** Reads one encoded entry; anything malformed yields `undefined`. */
export function decodeReviewEntry(entry: string): [key: string, review: ReviewState] | undefined {
  const [key, body] = entry.split(':');
  if (!key || !body || !/^[0-9a-z]{1,7}$/.test(key)) return undefined;
  const fields = body
    .split(',')
    .map((field) => (/^[0-9a-z]{1,12}$/.test(field) ? Number.parseInt(field, 36) : Number.NaN));
  if (fields.length !== 7 || fields.some((field) => !Number.isFinite(field))) return undefined;
  const [seconds, scheduledDays, stability, difficulty, reps, lapses, state] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (state > 3) return undefined;
  return [
    key,
    {
      lastReview: EPOCH + seconds * SECOND,
      scheduledDays,
      stability: stability / 100,
      difficulty: difficulty / 1000,
      reps,
      lapses,
      state,
    },
  ];
}

/** Sync items hold 8,192 bytes with their key; chunks stay well below to leave room for the JSON. */
export const CHUNK_BUDGET = 7_600;

/** Splits encoded entries into strings no longer than the budget. */
export function chunkEntries(entries: readonly string[], budget = CHUNK_BUDGET): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const entry of entries) {
    if (current && current.length + 1 + entry.length > budget) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current};${entry}` : entry;
  }
  if (current) chunks.push(current);
  return chunks;
}
