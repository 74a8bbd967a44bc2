import { useEffect, useRef, useState } from 'preact/hooks';
import { AnswerBody } from '../../components/AnswerBody.tsx';
import { QuestionText } from '../../components/QuestionText.tsx';
import { StreakBadge } from '../../components/StreakBadge.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { TopicLevel } from '../../components/TopicLevel.tsx';
import type { Question, QuestionSummary } from '../../core/bank.ts';
import { loadBankIndex, loadQuestion } from '../../questions/loadBank.ts';
import { recordRevealNow } from '../../store/activity.ts';
import { showNextQuestion } from '../../store/shownQuestions.ts';
import { localTimeZone, useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';

interface Props {
  bankVersion: string;
  /** The question the last new tab showed, if there was one. */
  initialQuestion: QuestionSummary | undefined;
}

export function PopupPage({ bankVersion, initialQuestion }: Props) {
  const [question, setQuestion] = useState(initialQuestion);
  const [answer, setAnswer] = useState<Question>();
  const [problem, setProblem] = useState<string>();
  const revealedIds = useRef(new Set<string>());
  const showAnswerButton = useRef<HTMLButtonElement>(null);
  const streak = useStreak();
  const syncStatus = useSyncStatus();
  const answerShown = answer !== undefined && answer.id === question?.id;

  useEffect(() => {
    if (initialQuestion) return;
    void loadBankIndex().then((index) => setQuestion(showNextQuestion(bankVersion, index, Math.random)));
  }, [bankVersion, initialQuestion]);

  const toggleAnswer = async () => {
    if (!question) return;
    if (answerShown) {
      setAnswer(undefined);
      return;
    }
    const full = await loadQuestion(question);
    if (!full) {
      setProblem('This answer could not be loaded. Try the next question.');
      return;
    }
    setAnswer(full);
    if (!revealedIds.current.has(full.id)) {
      revealedIds.current.add(full.id);
      void recordRevealNow(localTimeZone());
    }
  };

  const nextQuestion = async () => {
    setProblem(undefined);
    setAnswer(undefined);
    setQuestion(showNextQuestion(bankVersion, await loadBankIndex(), Math.random));
    showAnswerButton.current?.focus();
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand">Backtab</span>
        {!streak?.settings.hideStreak && <StreakBadge summary={streak?.summary} />}
      </header>
      {question ? (
        <main class="popup-question" key={question.id}>
          <TopicLevel topic={question.topic} level={question.level} />
          <QuestionText question={question} as="h1" />
          <div class="actions">
            <button
              type="button"
              class="button button-primary"
              ref={showAnswerButton}
              aria-expanded={answerShown}
              aria-controls="popup-answer"
              onClick={toggleAnswer}
            >
              {answerShown ? 'Hide answer' : 'Show answer'}
            </button>
            <button type="button" class="button" onClick={nextQuestion}>
              Next question
            </button>
          </div>
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          <section id="popup-answer" class="popup-answer" aria-label="Answer" hidden={!answerShown}>
            {answerShown && <AnswerBody question={answer} />}
          </section>
        </main>
      ) : (
        <p class="loading">Picking a question…</p>
      )}
      <SyncNotice status={syncStatus} />
    </div>
  );
}
