import type { Ref } from 'preact';

interface Props {
  /** The button's text, which is also the file input's accessible name. */
  label: string;
  accept: string;
  disabled?: boolean;
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  onFile: (file: File) => void;
}

/**
 * A file input that looks like our buttons. The input itself stays in the page (visually hidden, not
 * display:none), so it keeps its keyboard focus, its label and its native file dialog.
 */
export function FilePicker({ label, accept, disabled, describedBy, inputRef, onFile }: Props) {
  return (
    <label class={`button file-picker${disabled ? ' is-disabled' : ''}`}>
      {label}
      <input
        ref={inputRef}
        type="file"
        class="visually-hidden"
        accept={accept}
        // Not `disabled`: disabling the focused input, while the chosen file is read, would drop the
        // focus to the page's body. Busy, it stays focusable and only refuses to open.
        aria-disabled={disabled || undefined}
        aria-describedby={describedBy}
        onClick={(event) => {
          if (disabled) event.preventDefault();
        }}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again, after fixing it, is a change too.
          input.value = '';
          if (file && !disabled) onFile(file);
        }}
      />
    </label>
  );
}
