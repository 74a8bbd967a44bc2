import type { Answer } from '../core/bank.ts';
import { sourceLabels } from '../core/sourceLabels.ts';

interface Props {
  question: Answer;
}

/**
 * A question's answer. Its HTML was rendered and validated at build time from our own Markdown
 * (raw HTML rejected), which is why it may be set as HTML here.
 */
export function AnswerBody({ question }: Props) {
  const labels = sourceLabels(question.sources);
  return (
    <div class="answer">
      <div class="answer-body" dangerouslySetInnerHTML={{ __html: question.answerHtml }} />
      <footer class="answer-meta">
        {question.appliesTo && <p>Applies to {question.appliesTo}.</p>}
        {question.sources.length > 0 && (
          <p>
            Checked against:{' '}
            {question.sources.map((source, index) => (
              <span key={source}>
                {index > 0 && ', '}
                <a href={source} target="_blank" rel="noreferrer">
                  {labels[index]}
                </a>
              </span>
            ))}
          </p>
        )}
      </footer>
    </div>
  );
}
