import type { QuestionSummary } from '../core/bank.ts';

interface Props {
  question: QuestionSummary;
  as: 'h1' | 'h2' | 'h3';
  id?: string;
}

/** The question line; its HTML holds inline code at most, rendered and checked at build time. */
export function QuestionText({ question, as: Heading, id }: Props) {
  return (
    <Heading
      class="question-text"
      id={id}
      tabIndex={-1}
      // The page's own question, as opposed to its copy in the answer dialog, is the paint
      // `npm run bench:newtab` times (Element Timing API).
      elementtiming={Heading === 'h1' ? 'question' : undefined}
      dangerouslySetInnerHTML={{ __html: question.questionHtml }}
    />
  );
}
