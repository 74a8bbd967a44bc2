/** Anything with a question line: a bank question, a custom card, an answer. */
interface HasQuestionLine {
  questionHtml: string;
}

interface Props {
  question: HasQuestionLine;
  as: 'h1' | 'h2' | 'h3';
  id?: string;
}

/**
 * The question line. Its HTML was made safe before it was stored: the bank's at build time (inline
 * code at most), a custom card's when it was imported (sanitised).
 */
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
