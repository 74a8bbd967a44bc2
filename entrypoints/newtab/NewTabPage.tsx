import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AnswerDialog } from '../../components/AnswerDialog.tsx';
import { GradeButtons } from '../../components/GradeButtons.tsx';
import { PromptLabels } from '../../components/PromptLabels.tsx';
import { QuestionText } from '../../components/QuestionText.tsx';
import { SettingsLink } from '../../components/SettingsLink.tsx';
import { StreakBadge } from '../../components/StreakBadge.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { useFocusAfterRender } from '../../components/useFocusAfterRender.ts';
import type { Answer, PromptSummary } from '../../core/bank.ts';
import { GRADE_LABELS, type GradeName, gradeForKey } from '../../core/grades.ts';
import { useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';
import { CaughtUpView } from './CaughtUpView.tsx';
import { SnoozedView } from './SnoozedView.tsx';

export interface NewTabPageProps {
  bankVersion: string;
  /** A question picked ahead of time, if one was waiting; otherwise one is picked after loading. */
  initialQuestion: PromptSummary | undefined;
  /** The settings the waiting question was picked under, to check once the settings are read. */
  planKey: string;
  /** Set while the user has snoozed Backtab: the page stays calm. */
  snoozedUntil: number | undefined;
  hideStreak: boolean;
}

// Picking, grading and the bank's index load after the first paint, which needs none of them.
const loadPractice = () => import('../../store/practice.ts');

type View = 'question' | 'caught-up' | 'snoozed' | 'loading';

interface Graded {
  gradeName: GradeName;
  days: number;
}

export function NewTabPage({ bankVersion, initialQuestion, planKey, snoozedUntil, hideStreak }: NewTabPageProps) {
  const [view, setView] = useState<View>(snoozedUntil ? 'snoozed' : initialQuestion ? 'question' : 'loading');
  const [question, setQuestion] = useState(initialQuestion);
  const [practiceOnly, setPracticeOnly] = useState(false);
  const [answer, setAnswer] = useState<Answer>();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [graded, setGraded] = useState<Graded>();
  const [problem, setProblem] = useState<string>();
  /** Whether the question on screen has been checked against the current settings (for tests, too). */
  const [settled, setSettled] = useState(Boolean(snoozedUntil));
  const revealedIds = useRef(new Set<string>());
  const showAnswerButton = useRef<HTMLButtonElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const stage = useRef<HTMLElement>(null);
  /** Set once another question has been asked for, so the first one's late check leaves it alone. */
  const movedOn = useRef(false);
  const focusAfterRender = useFocusAfterRender();
  const streak = useStreak();
  const syncStatus = useSyncStatus();
  const streakHidden = streak ? streak.settings.hideStreak : hideStreak;

  /**
   * Picks and shows another question; in `practice`, one that is not due and is not graded. When the
   * person asked for it (`takeFocus`), its heading takes the focus, so a screen reader reads it and
   * Tab goes on to its buttons; on load, the address bar keeps the focus the browser gave it.
   */
  const show = async ({ practice = false, takeFocus = false } = {}) => {
    movedOn.current = true;
    const { showNext, systemClock } = await loadPractice();
    const next = await showNext(bankVersion, systemClock(), practice);
    setAnswer(undefined);
    setGraded(undefined);
    setProblem(undefined);
    if (takeFocus) focusAfterRender(() => stage.current?.querySelector('h1'));
    if ('caughtUp' in next) {
      setView('caught-up');
      return;
    }
    setQuestion(next.question);
    setPracticeOnly(next.practice);
    setView('question');
  };

  useEffect(() => {
    if (view === 'snoozed') return;
    void (async () => {
      const { checkShownAndPlanAhead, systemClock } = await loadPractice();
      const status =
        initialQuestion && (await checkShownAndPlanAhead(bankVersion, initialQuestion, systemClock(), planKey));
      // Someone who asked for the next question meanwhile has it, and its practice mark.
      if (!movedOn.current) {
        // A question picked before the settings or the decks last changed is replaced.
        if (!status || status === 'stale') await show();
        else setPracticeOnly(status === 'practice');
      }
      setSettled(true);
    })();
  }, []);

  const showAnswer = async () => {
    if (!question) return;
    const { reveal, systemClock } = await loadPractice();
    const countIt = !revealedIds.current.has(question.id);
    const full = answer?.id === question.id ? answer : await reveal(question, systemClock(), countIt);
    if (!full) {
      setProblem('This answer could not be loaded. Try the next question.');
      return;
    }
    revealedIds.current.add(full.id);
    setAnswer(full);
    setDialogOpen(true);
  };

  const closeAnswer = () => {
    setDialogOpen(false);
    (graded ? nextButton : showAnswerButton).current?.focus();
  };

  const gradeAnswer = async (gradeName: GradeName) => {
    if (!question || practiceOnly) return;
    const { daysUntilDue, gradeQuestion, systemClock } = await loadPractice();
    const clock = systemClock();
    const review = await gradeQuestion(bankVersion, question.id, gradeName, clock);
    setGraded({ gradeName, days: daysUntilDue(review, clock.now) });
    setDialogOpen(false);
    nextButton.current?.focus();
  };

  const undo = async () => {
    const { systemClock, undoLastGrade } = await loadPractice();
    const undone = await undoLastGrade(bankVersion, systemClock());
    setGraded(undefined);
    if (undone) setQuestion(undone);
    focusAfterRender(() => showAnswerButton.current);
  };

  // Keys 1-4 grade a revealed answer wherever the page has focus, dialog open or not. A layout effect,
  // as in the popup's PopupPage: a key pressed as soon as the answer shows finds this render's handler.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !answer || answer.id !== question?.id || graded) return;
      const gradeName = gradeForKey(event.key);
      if (gradeName && !practiceOnly) {
        event.preventDefault();
        void gradeAnswer(gradeName);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  return (
    <div class="page" data-settled={settled ? 'yes' : 'no'}>
      <header class="topbar" data-streak={streak ? 'loaded' : 'loading'}>
        <span class="brand">Backtab</span>
        {!streakHidden && <StreakBadge summary={streak?.summary} />}
        <SettingsLink inNewTab={false} />
      </header>
      <main class="stage" ref={stage}>
        {view === 'snoozed' && snoozedUntil && (
          <SnoozedView until={snoozedUntil} onShowAnyway={() => void show({ takeFocus: true })} />
        )}
        {view === 'caught-up' && (
          <CaughtUpView onPracticeAnyway={() => void show({ practice: true, takeFocus: true })} />
        )}
        {view === 'loading' && (
          <p class="loading" aria-busy="true">
            Picking a question…
          </p>
        )}
        {view === 'question' && question && (
          <article class="question-card" key={question.id}>
            <PromptLabels prompt={question} />
            <QuestionText question={question} as="h1" />
            <div class="actions">
              <button type="button" class="button button-primary" ref={showAnswerButton} onClick={showAnswer}>
                Show answer
              </button>
              <button
                type="button"
                class="button"
                ref={nextButton}
                onClick={() => void show({ practice: practiceOnly, takeFocus: true })}
              >
                Next question
              </button>
            </div>
            <p class="graded" role="status">
              {graded && (
                <>
                  Graded {GRADE_LABELS[graded.gradeName]}. Back in {graded.days === 1 ? '1 day' : `${graded.days} days`}
                  .{' '}
                  <button type="button" class="link-button" onClick={() => void undo()}>
                    Undo
                  </button>
                </>
              )}
              {practiceOnly && !graded && 'Practice: this question is not due, so grades are off.'}
            </p>
            {problem && (
              <p class="problem" role="alert">
                {problem}
              </p>
            )}
          </article>
        )}
      </main>
      <footer class="page-footer">
        <SyncNotice status={syncStatus} />
      </footer>
      <AnswerDialog question={answer} open={dialogOpen} onClose={closeAnswer}>
        <GradeButtons
          onGrade={(gradeName) => void gradeAnswer(gradeName)}
          {...(practiceOnly ? { disabledReason: 'Practice only: this answer is not graded.' } : {})}
          {...(graded ? { disabledReason: `Graded ${GRADE_LABELS[graded.gradeName]}.` } : {})}
        />
      </AnswerDialog>
    </div>
  );
}
