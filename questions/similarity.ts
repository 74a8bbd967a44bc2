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

/** Pairs of ids whose question texts are near duplicates, most similar first. */
export function findNearDuplicates(
  questions: ReadonlyArray<{ id: string; text: string }>,
  threshold = NEAR_DUPLICATE_THRESHOLD,
): SimilarPair[] {
  const prepared = questions.map((question) => ({
    id: question.id,
    grams: trigrams(normaliseQuestion(question.text)),
  }));
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const left = prepared[i];
      const right = prepared[j];
      if (!left || !right) continue;
      let shared = 0;
      for (const gram of left.grams) if (right.grams.has(gram)) shared++;
      const similarity = (2 * shared) / Math.max(1, left.grams.size + right.grams.size);
      if (similarity >= threshold) pairs.push({ left: left.id, right: right.id, similarity });
    }
  }
  return pairs.sort((a, b) => b.similarity - a.similarity);
}
