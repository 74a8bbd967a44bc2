import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { AnswerBody } from '../../components/AnswerBody.tsx';
import { GradeButtons } from '../../components/GradeButtons.tsx';
import { PromptLabels } from '../../components/PromptLabels.tsx';
import { QuestionText } from '../../components/QuestionText.tsx';
import { SettingsLink } from '../../components/SettingsLink.tsx';
import { SnoozeControl } from '../../components/SnoozeControl.tsx';
import { StreakBadge } from '../../components/StreakBadge.tsx';
import { SyncNotice } from '../../components/SyncNotice.tsx';
import { useFocusAfterRender } from '../../components/useFocusAfterRender.ts';
import { type Answer, type PromptSummary, TOPIC_LABELS, type Topic } from '../../core/bank.ts';
import { GRADE_LABELS, type GradeName, gradeForKey } from '../../core/grades.ts';
import { type SnoozeOption, snoozeEnd } from '../../core/snooze.ts';
import { useSettings } from '../../store/useSettings.ts';
import { localTimeZone, useStreak } from '../../store/useStreak.ts';
import { useSyncStatus } from '../../store/useSyncStatus.ts';
import { ShortcutHint } from './ShortcutHint.tsx';

export interface PopupPageProps {
  bankVersion: string;
  /** The question the last new tab showed, if there was one: the review starts there. */
  initialQuestion: PromptSummary | undefined;
  /** Set when the page drills one topic (opened in a tab from the options page). */
  drillTopic?: Topic | undefined;
}

const loadPractice = () => import('../../store/practice.ts');

/**
 * Quick review, keyboard first: the popup has focus as soon as it opens. Space or Enter reveals,
 * 1-4 grades and moves on, N skips, U undoes the last grade.
 */
export function PopupPage({ bankVersion, initialQuestion, drillTopic }: PopupPageProps) {
  const [queue, setQueue] = useState<PromptSummary[]>(initialQuestion ? [initialQuestion] : []);
  const [position, setPosition] = useState(0);
  const [answer, setAnswer] = useState<Answer>();
  const [lastGraded, setLastGraded] = useState<GradeName>();
  /** Questions in the queue that are practice: a grade would not count (store/practice.ts). */
  const [practiceIds, setPracticeIds] = useState<ReadonlySet<string>>(new Set());
  const [finished, setFinished] = useState(false);
  const [problem, setProblem] = useState<string>();
  const revealedIds = useRef(new Set<string>());
  const popup = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  // Each question, or the end of the review, takes the focus with its heading: a screen reader reads
  // it, and Space, Enter and the grade keys go on working from there.
  const focusHeadingAfterRender = () => focusAfterRender(() => popup.current?.querySelector('h1'));
  const streak = useStreak();
  const syncStatus = useSyncStatus();
  const [settings, changeSettings] = useSettings();
  const question = queue[position];
  const answerShown = answer !== undefined && answer.id === question?.id;
  const practiceOnly = question !== undefined && practiceIds.has(question.id);
  const markPractice = (id: string) => setPracticeIds((ids) => new Set([...ids, id]));

  // The queue: the last new tab's question first, then everything due, most at risk first.
  useEffect(() => {
    void (async () => {
      const { checkShownQuestion, drillQueue, dueQueue, showNext, systemClock } = await loadPractice();
      if (drillTopic) {
        setQueue(await drillQueue(drillTopic, systemClock()));
        return;
      }
      const due = await dueQueue(systemClock());
      // The new tab's question may have been practice there, or its deck may be gone since.
      const status = initialQuestion && (await checkShownQuestion(initialQuestion, systemClock()));
      if (initialQuestion && status !== 'stale') {
        if (status === 'practice') markPractice(initialQuestion.id);
        // Added after what is there: a Skip or a grade made while this was read has moved the review on.
        setQueue((current) => [...current, ...due.filter((item) => !current.some((kept) => kept.id === item.id))]);
        return;
      }
      if (due.length > 0) {
        setQueue(due);
        return;
      }
      const next = await showNext(bankVersion, systemClock());
      if ('caughtUp' in next) setFinished(true);
      else setQueue([next.question]);
    })();
  }, []);

  const goTo = async (nextPosition: number) => {
    setAnswer(undefined);
    setProblem(undefined);
    if (nextPosition < queue.length) {
      setPosition(nextPosition);
      focusHeadingAfterRender();
      return;
    }
    // Past the end of what is due: one more question within today's new budget, else done.
    const { showNext, systemClock } = await loadPractice();
    const next = await showNext(bankVersion, systemClock(), practiceOnly);
    focusHeadingAfterRender();
    if ('caughtUp' in next) {
      setFinished(true);
      return;
    }
    if (next.practice) markPractice(next.question.id);
    setQueue((current) => [...current, next.question]);
    setPosition(nextPosition);
  };

  const toggleAnswer = async () => {
    if (!question) return;
    if (answerShown) {
      setAnswer(undefined);
      return;
    }
    const { reveal, systemClock } = await loadPractice();
    const full = await reveal(question, systemClock(), !revealedIds.current.has(question.id));
    if (!full) {
      setProblem('This answer could not be loaded. Skip to the next question.');
      return;
    }
    revealedIds.current.add(full.id);
    setAnswer(full);
  };

  const gradeAnswer = async (gradeName: GradeName) => {
    if (!question || !answerShown || practiceOnly) return;
    const { gradeQuestion, systemClock } = await loadPractice();
    await gradeQuestion(bankVersion, question.id, gradeName, systemClock());
    setLastGraded(gradeName);
    await goTo(position + 1);
  };

  const undo = async () => {
    const { systemClock, undoLastGrade } = await loadPractice();
    const undone = await undoLastGrade(bankVersion, systemClock());
    if (!undone) return;
    setLastGraded(undefined);
    setFinished(false);
    setAnswer(undefined);
    // Back to the undone question where it stands in this review; graded elsewhere, it comes in here.
    const undoneAt = queue
      .slice(0, position + 1)
      .map((item) => item.id)
      .lastIndexOf(undone.id);
    if (undoneAt >= 0) setPosition(undoneAt);
    else setQueue((current) => [...current.slice(0, position), undone, ...current.slice(position)]);
    focusHeadingAfterRender();
  };

  const practiceMore = async () => {
    setFinished(false);
    const { showNext, systemClock } = await loadPractice();
    const next = await showNext(bankVersion, systemClock(), true);
    if ('caughtUp' in next) return;
    if (next.practice) markPractice(next.question.id);
    setQueue((current) => [...current, next.question]);
    setPosition(queue.length);
    focusHeadingAfterRender();
  };

  const snooze = (option: SnoozeOption) => {
    if (!settings) return;
    void changeSettings({ snoozeUntil: snoozeEnd(option, Date.now(), localTimeZone(), settings.dayStartHour) });
  };

  // A layout effect: the handler that knows the answer is shown is attached as that render commits.
  // An effect would attach it only after the next frame, and a key pressed as soon as the answer
  // appeared would meet the handler of the render before, which ignores grade keys.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // Buttons and fields handle their own Space and Enter.
      const target = event.target as HTMLElement | null;
      const onControl = target?.closest('button, a, input, select, textarea') !== null;
      const key = event.key.toLowerCase();
      if ((key === ' ' || key === 'enter') && !onControl && !answerShown) void toggleAnswer();
      else if (key === 'n' && !finished) void goTo(position + 1);
      else if (key === 'u') void undo();
      else if (gradeForKey(key) && answerShown) void gradeAnswer(gradeForKey(key) as GradeName);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  return (
    <div class="popup" ref={popup}>
      <header class="popup-header">
        <span class="brand">{drillTopic ? `Backtab · drilling ${TOPIC_LABELS[drillTopic]}` : 'Backtab'}</span>
        {!streak?.settings.hideStreak && <StreakBadge summary={streak?.summary} />}
        <SettingsLink inNewTab={true} />
      </header>
      {finished ? (
        <section class="popup-done" aria-labelledby="popup-done-title">
          <h1 id="popup-done-title" tabIndex={-1}>
            All caught up
          </h1>
          <p>Nothing else is due, and no new questions are left for today.</p>
          <button type="button" class="button" onClick={() => void practiceMore()}>
            Practice anyway
          </button>
        </section>
      ) : question ? (
        <main class="popup-question" key={question.id}>
          <div class="popup-meta">
            <PromptLabels prompt={question} />
            {queue.length > 1 && (
              <span class="progress">
                <span aria-hidden="true">
                  {position + 1} / {queue.length}
                </span>
                <span class="visually-hidden">
                  Question {position + 1} of {queue.length}
                </span>
              </span>
            )}
          </div>
          <QuestionText question={question} as="h1" />
          <div class="actions">
            <button
              type="button"
              class="button button-primary"
              aria-expanded={answerShown}
              aria-controls="popup-answer"
              onClick={toggleAnswer}
            >
              {answerShown ? 'Hide answer' : 'Show answer'}
            </button>
            <button type="button" class="button" onClick={() => void goTo(position + 1)} aria-keyshortcuts="n">
              Skip
            </button>
          </div>
          {answerShown && (
            <GradeButtons
              onGrade={(gradeName) => void gradeAnswer(gradeName)}
              {...(practiceOnly ? { disabledReason: 'Practice only: not graded.' } : {})}
            />
          )}
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          <section id="popup-answer" class="popup-answer" aria-labelledby="popup-answer-title" hidden={!answerShown}>
            {/* The answer's sections are h3, as under the question's h2 in the new tab's dialog: this h2 keeps the order. */}
            <h2 id="popup-answer-title" class="visually-hidden">
              Answer
            </h2>
            {answerShown && <AnswerBody question={answer} />}
          </section>
        </main>
      ) : (
        <p class="loading">Picking a question…</p>
      )}
      <p class="popup-status" role="status">
        {lastGraded && (
          <>
            Graded {GRADE_LABELS[lastGraded]}.{' '}
            <button type="button" class="link-button" onClick={() => void undo()} aria-keyshortcuts="u">
              Undo
            </button>
          </>
        )}
      </p>
      <SyncNotice status={syncStatus} />
      <footer class="popup-footer">
        <ShortcutHint />
        {settings && (
          <SnoozeControl
            snoozeUntil={settings.snoozeUntil}
            now={Date.now()}
            onSnooze={snooze}
            onResume={() => void changeSettings({ snoozeUntil: 0 })}
          />
        )}
      </footer>
    </div>
  );
}
