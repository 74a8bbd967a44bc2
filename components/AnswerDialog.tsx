import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answer } from '../core/bank.ts';
import { AnswerBody } from './AnswerBody.tsx';
import { QuestionText } from './QuestionText.tsx';

interface Props {
  question: Answer | undefined;
  open: boolean;
  onClose: () => void;
  /** What follows the answer, such as the grade buttons. */
  children?: ComponentChildren;
}

/**
 * The answer in a modal dialog. The native <dialog> traps focus and closes on Esc; focus starts on
 * the question so a screen reader reads from the top, and the caller returns focus on close.
 */
export function AnswerDialog({ question, open, onClose, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.question-text')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open, question]);

  return (
    // Esc is the dialog's own keyboard way out; the click handler only adds closing by the backdrop.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the native dialog already closes on Esc
    <dialog
      ref={dialogRef}
      class="answer-dialog"
      aria-labelledby="answer-dialog-title"
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog element itself.
        if (event.target === dialogRef.current) onClose();
      }}
    >
      {question && (
        <article class="answer-dialog-content">
          <header class="answer-dialog-header">
            <QuestionText question={question} as="h2" id="answer-dialog-title" />
            <button type="button" class="button button-quiet close-button" onClick={onClose} aria-label="Close answer">
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M6 6l12 12M18 6L6 18" />
              </svg>
            </button>
          </header>
          <AnswerBody question={question} />
          {children && <footer class="answer-dialog-footer">{children}</footer>}
        </article>
      )}
    </dialog>
  );
}
