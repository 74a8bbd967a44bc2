import { useRef, useState } from 'preact/hooks';

interface Props {
  /** What a reset would delete, in words, e.g. "42 active days and the grades of 120 questions". */
  whatIsLost: string;
  onReset: () => Promise<void>;
}

/** Deleting all progress, behind a confirmation that says exactly what goes. */
export function ResetProgress({ whatIsLost, onReset }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const [done, setDone] = useState(false);

  const close = () => {
    dialogRef.current?.close();
    openButton.current?.focus();
  };

  return (
    <>
      <button
        type="button"
        class="button button-danger"
        ref={openButton}
        onClick={() => {
          setDone(false);
          dialogRef.current?.showModal();
        }}
      >
        Reset all progress…
      </button>
      <p class="saved" role="status">
        {done && 'All progress was reset.'}
      </p>
      <dialog ref={dialogRef} class="confirm-dialog" aria-labelledby="reset-title" aria-describedby="reset-what">
        <h3 id="reset-title">Reset all progress?</h3>
        <p id="reset-what">
          This deletes {whatIsLost}, on this device and on every device that syncs with it. Your streak starts again
          from zero. Settings and custom decks stay. It cannot be undone; export a backup first if you might want it
          back.
        </p>
        <div class="actions">
          <button type="button" class="button" onClick={close} autofocus>
            Keep my progress
          </button>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              await onReset();
              setDone(true);
              close();
            }}
          >
            Reset everything
          </button>
        </div>
      </dialog>
    </>
  );
}
