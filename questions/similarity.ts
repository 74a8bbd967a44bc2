/**
 * Near-duplicate detection for question text. Two questions are near duplicates when the character
 * trigrams of their normalised text overlap strongly (Dice coefficient). Normalising drops case,
 * punctuation, code ticks and filler words, so "What is X?" and "Explain X." compare as equal.
 */

export const NEAR_DUPLICATE_THRESHOLD = 0.8;

const FILLER_WORDS = new Set(
  'a an and are can do does explain how in is it of on or the to what when which why with you your would describe'.split(
    ' ',
  ),
);

export function normaliseQuestion(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !FILLER_WORDS.has(word))
    .join(' ');
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index++) grams.add(padded.slice(index, index + 3));
  return grams;
}

export function questionSimilarity(left: string, right: string): number {
  const leftGrams = trigrams(normaliseQuestion(left));
  const rightGrams = trigrams(normaliseQuestion(right));
  if (leftGrams.size + rightGrams.size === 0) return 1;
  let shared = 0;
  for (const gram of leftGrams) if (rightGrams.has(gram)) shared++;
  return (2 * shared) / (leftGrams.size + rightGrams.size);
}

export interface SimilarPair {
  left: string;
  right: string;
  similarity: number;
}

/**
 * Pairs of ids whose question texts are near duplicates, most similar first (ties in input order).
 *
 * Comparing every pair of trigram sets took minutes for 5,000 questions. An index from each trigram
 * to the questions that have it counts the trigrams every pair shares while reading each question
 * once, and never looks at pairs that share none, which can't be near duplicates. The scores are
 * those of comparing every pair; tests/unit/questions/similarity.test.ts checks that they are.
 */
export function findNearDuplicates(
  questions: ReadonlyArray<{ id: string; text: string }>,
  threshold = NEAR_DUPLICATE_THRESHOLD,
): SimilarPair[] {
  // At 0 or less, pairs that share no trigram would count too, and the index never meets those.
  if (!(threshold > 0)) throw new RangeError(`the similarity threshold must be above 0, not ${threshold}`);
  const grams = questions.map((question) => trigrams(normaliseQuestion(question.text)));
  // trigram -> the questions read so far that have it
  const postings = new Map<string, number[]>();
  const shared = new Int32Array(questions.length);
  const pairs: Array<SimilarPair & { i: number; j: number }> = [];

  for (let j = 0; j < questions.length; j++) {
    const rightGrams = grams[j] ?? new Set<string>();
    const sharing: number[] = [];
    for (const gram of rightGrams) {
      const earlier = postings.get(gram);
      if (!earlier) {
        postings.set(gram, [j]);
        continue;
      }
      for (const i of earlier) {
        const count = shared[i] ?? 0;
        if (count === 0) sharing.push(i);
        shared[i] = count + 1;
      }
      earlier.push(j);
    }
    for (const i of sharing) {
      const leftSize = grams[i]?.size ?? 0;
      const similarity = (2 * (shared[i] ?? 0)) / Math.max(1, leftSize + rightGrams.size);
      shared[i] = 0;
      const left = questions[i];
      const right = questions[j];
      if (left && right && similarity >= threshold) pairs.push({ left: left.id, right: right.id, similarity, i, j });
    }
  }
  return pairs
    .sort((a, b) => b.similarity - a.similarity || a.i - b.i || a.j - b.j)
    .map(({ left, right, similarity }) => ({ left, right, similarity }));
}
