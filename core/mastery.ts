import { TOPICS, type Topic } from './bank.ts';
import type { ReviewState } from './reviewState.ts';

export interface TopicMastery {
  topic: Topic;
  total: number;
  seen: number;
  /** Mean retrievability of the questions seen, 0-1; undefined when none were. */
  meanRetrievability: number | undefined;
  /** Mean retrievability over all the topic's questions, unseen ones counting 0: what "weakest" ranks by. */
  mastery: number;
}

/** How well each topic is known now. `retrievability` is passed in so this stays free of the scheduler. */
export function masteryByTopic(
  questions: ReadonlyArray<{ id: string; topic: Topic }>,
  reviews: ReadonlyMap<string, ReviewState>,
  now: number,
  retrievability: (review: ReviewState, now: number) => number,
): TopicMastery[] {
  return TOPICS.map((topic) => {
    const inTopic = questions.filter((question) => question.topic === topic);
    const recalls = inTopic.flatMap((question) => {
      const review = reviews.get(question.id);
      return review ? [retrievability(review, now)] : [];
    });
    const sum = recalls.reduce((total, value) => total + value, 0);
    return {
      topic,
      total: inTopic.length,
      seen: recalls.length,
      meanRetrievability: recalls.length > 0 ? sum / recalls.length : undefined,
      mastery: inTopic.length > 0 ? sum / inTopic.length : 1,
    };
  });
}

/** The topic to drill: the lowest mastery among topics that have questions; on a tie, the most unseen. */
export function weakestTopic(masteries: readonly TopicMastery[]): Topic | undefined {
  const candidates = masteries.filter((entry) => entry.total > 0);
  candidates.sort((left, right) => left.mastery - right.mastery || right.total - right.seen - (left.total - left.seen));
  return candidates[0]?.topic;
}
