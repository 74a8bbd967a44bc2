import { isCard, type PromptSummary } from '../core/bank.ts';
import { TopicLevel } from './TopicLevel.tsx';

interface Props {
  prompt: PromptSummary;
}

/** Where a prompt comes from: the topic and level of a bank question, or the name of a custom deck. */
export function PromptLabels({ prompt }: Props) {
  if (!isCard(prompt)) return <TopicLevel topic={prompt.topic} level={prompt.level} />;
  return (
    <p class="topic-level">
      <span class="chip chip-deck">Your deck: {prompt.deckName}</span>
    </p>
  );
}
