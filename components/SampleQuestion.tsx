import type { Question, QuestionSummary } from '../core/bank.ts';
import { AnswerBody } from './AnswerBody.tsx';
import { QuestionText } from './QuestionText.tsx';
import { TopicLevel } from './TopicLevel.tsx';

interface Props {
  question: QuestionSummary;
  /** The full question once its answer has been loaded and is shown; undefined while hidden. */
  answer: Question | undefined;
  onToggle: () => void;
}

/** One question with a button that shows and hides its answer in place. */
export function SampleQuestion({ question, answer, onToggle }: Props) {
  const shown = answer !== undefined && answer.id === question.id;
  return (
    <div class="sample-question">
      <TopicLevel topic={question.topic} level={question.level} />
      <QuestionText question={question} as="h3" />
      <div class="actions">
        <button
          type="button"
          class="button button-primary"
          aria-expanded={shown}
          aria-controls="sample-answer"
          onClick={onToggle}
        >
          {shown ? 'Hide answer' : 'Show answer'}
        </button>
      </div>
      <section id="sample-answer" aria-label="Answer" hidden={!shown}>
        {shown && <AnswerBody question={answer} />}
      </section>
    </div>
  );
}
