import { useEffect, useRef, useState } from 'preact/hooks';
import { AnswerDialog } from '../../components/AnswerDialog.tsx';
import { QuestionText } from '../../components/QuestionText.tsx';
import { StreakBadge } from '../../components/StreakBadge.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { TopicLevel } from '../../components/TopicLevel.tsx';
import type { Question, QuestionSummary } from '../../core/bank.ts';
import { loadBankIndex, loadQuestion } from '../../questions/loadBank.ts';
import { recordRevealNow } from '../../store/activity.ts';
import { refillUpcoming, showNextQuestion } from '../../store/shownQuestions.ts';
import { localTimeZone, useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';

interface Props {
  bankVersion: string;
  /** A question picked ahead of time, if one was waiting; otherwise one is picked after loading. */
  initialQuestion: QuestionSummary | undefined;
}

export function NewTabPage({ bankVersion, initialQuestion }: Props) {
  const [question, setQuestion] = useState(initialQuestion);
  const [answer, setAnswer] = useState<Question>();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [problem, setProblem] = useState<string>();
  const revealedIds = useRef(new Set<string>());
  const showAnswerButton = useRef<HTMLButtonElement>(null);
  const streak = useStreak();
  const syncStatus = useSyncStatus();

  useEffect(() => {
    void loadBankIndex().then((index) => {
      if (initialQuestion) refillUpcoming(bankVersion, index, Math.random);
      else setQuestion(showNextQuestion(bankVersion, index, Math.random));
    });
  }, [bankVersion, initialQuestion]);

  const showAnswer = async () => {
    if (!question) return;
    const full = answer?.id === question.id ? answer : await loadQuestion(question);
    if (!full) {
      setProblem('This answer could not be loaded. Try the next question.');
      return;
    }
    setAnswer(full);
    setDialogOpen(true);
    if (!revealedIds.current.has(full.id)) {
      revealedIds.current.add(full.id);
      void recordRevealNow(localTimeZone());
    }
  };

  const closeAnswer = () => {
    setDialogOpen(false);
    showAnswerButton.current?.focus();
  };

  const nextQuestion = async () => {
    setProblem(undefined);
    setQuestion(showNextQuestion(bankVersion, await loadBankIndex(), Math.random));
  };

  return (
    <div class="page">
      <header class="topbar" data-streak={streak ? 'loaded' : 'loading'}>
        <span class="brand">Backtab</span>
        {!streak?.settings.hideStreak && <StreakBadge summary={streak?.summary} />}
      </header>
      <main class="stage">
        {question ? (
          <article class="question-card" key={question.id}>
            <TopicLevel topic={question.topic} level={question.level} />
            <QuestionText question={question} as="h1" />
            <div class="actions">
              <button type="button" class="button button-primary" ref={showAnswerButton} onClick={showAnswer}>
                Show answer
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
          </article>
        ) : (
          <p class="loading" aria-busy="true">
            Picking a question…
          </p>
        )}
      </main>
      <footer class="page-footer">
        <SyncNotice status={syncStatus} />
      </footer>
      <AnswerDialog question={answer} open={dialogOpen} onClose={closeAnswer} />
    </div>
  );
}
