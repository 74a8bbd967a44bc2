import { type Level, TOPIC_LABELS, type Topic } from '../core/bank.ts';

interface Props {
  topic: Topic;
  level: Level;
}

/** The topic and level of a question, as two small labels. */
export function TopicLevel({ topic, level }: Props) {
  return (
    <p class="topic-level">
      <span class="chip chip-topic">{TOPIC_LABELS[topic]}</span>
      <span class={`chip chip-level chip-${level}`}>{level}</span>
    </p>
  );
}
