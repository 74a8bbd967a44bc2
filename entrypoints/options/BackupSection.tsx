import { useRef, useState } from 'preact/hooks';
import { FilePicker } from '../../components/FilePicker.tsx';
import { ImportPreview } from '../../components/ImportPreview.tsx';
import { ProblemList } from '../../components/ProblemList.tsx';
import { useFocusAfterRender } from '../../components/useFocusAfterRender.ts';
import {
  type Backup,
  changesNothing,
  type ImportMode,
  leftOutReviewsNotice,
  MAX_BACKUP_BYTES,
  parseBackup,
} from '../../core/backup.ts';
import { tooLargeProblem } from '../../core/deck.ts';
import { backupStore, type ImportPreview as Preview } from '../../store/backup.ts';
import './dataSections.css';

type Result = { ok: true; message: string } | { ok: false; title: string; problems: string[] };

interface Pending extends Preview {
  fileName: string;
  backup: Backup;
  warnings: string[];
}

const plural = (count: number, one: string) => `${count.toLocaleString()} ${count === 1 ? one : `${one}s`}`;

/** Export everything to one file, and bring a file back: checked whole, previewed, then applied at once. */
export function BackupSection() {
  const [result, setResult] = useState<Result>();
  const [pending, setPending] = useState<Pending>();
  const [busy, setBusy] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const resultRegion = useRef<HTMLDivElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Every action ends with the focus on what it led to, the same way for all of them: Export is disabled
  // while it runs and Merge or Replace leave with the preview, so the focus would otherwise fall to the
  // body. The result area is empty, and hidden, until the result renders: hence after the render.
  const showResult = (next: Result) => {
    setResult(next);
    focusAfterRender(() => resultRegion.current);
  };
  const showPreview = (next: Pending) => {
    setPending(next);
    focusAfterRender(() => previewHeading.current);
  };

  const exportAll = async () => {
    setBusy(true);
    try {
      const exported = await backupStore().exportBackup();
      const url = URL.createObjectURL(new Blob([exported.text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = exported.fileName;
      // Older Firefox versions download only from a link that is in the document.
      document.body.append(link);
      link.click();
      link.remove();
      // The download has its own reference to the data once it starts.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      showResult({
        ok: true,
        message: `Saved ${exported.fileName}: ${plural(exported.days, 'day')} of practice, ${plural(exported.decks, 'deck')}, your settings.`,
      });
    } catch (error) {
      showResult({ ok: false, title: 'The backup could not be made.', problems: [String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const readFile = async (file: File) => {
    setPending(undefined);
    setResult(undefined);
    if (file.size > MAX_BACKUP_BYTES) {
      showResult({
        ok: false,
        title: `“${file.name}” was not imported; nothing changed.`,
        problems: [tooLargeProblem(file.size, MAX_BACKUP_BYTES, 'a backup')],
      });
      return;
    }
    setBusy(true);
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        showResult({
          ok: false,
          title: `“${file.name}” was not imported; nothing changed.`,
          problems: parsed.problems,
        });
        return;
      }
      const preview = await backupStore().previewImport(parsed.backup);
      const leftOut = leftOutReviewsNotice(preview);
      const warnings = leftOut ? [...parsed.warnings, leftOut] : parsed.warnings;
      showPreview({ ...preview, fileName: file.name, backup: parsed.backup, warnings });
    } catch (error) {
      showResult({ ok: false, title: `“${file.name}” could not be read; nothing changed.`, problems: [String(error)] });
    } finally {
      setBusy(false);
    }
  };

  const apply = async (mode: ImportMode) => {
    if (!pending) return;
    setBusy(true);
    try {
      const summary = await backupStore().applyImport(pending.backup, mode);
      setPending(undefined);
      showResult({
        ok: true,
        message: changesNothing(summary)
          ? `Imported ${pending.fileName}: nothing needed to change.`
          : `${mode === 'merge' ? 'Merged' : 'Replaced this device’s data with'} ${pending.fileName}.`,
      });
    } catch (error) {
      setPending(undefined);
      showResult({ ok: false, title: `${pending.fileName} was not imported.`, problems: [(error as Error).message] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-title" class="card data-section">
      <h2 id="backup-title">Backup</h2>
      <p id="backup-help" class="help">
        One file with your settings, your days of practice and your grades from every device, and your decks. It stays
        wherever you save it; Backtab sends it nowhere.
      </p>
      <div class="actions">
        <button type="button" class="button button-primary" disabled={busy} onClick={() => void exportAll()}>
          Export a backup
        </button>
        <FilePicker
          label="Import a backup file"
          accept=".json,application/json"
          disabled={busy}
          describedBy="backup-help"
          inputRef={importInput}
          onFile={(file) => void readFile(file)}
        />
      </div>
      <div class="import-result" role="status" tabIndex={-1} ref={resultRegion}>
        {result?.ok === true && <p>{result.message}</p>}
        {result?.ok === false && <ProblemList title={result.title} problems={result.problems} />}
      </div>
      {pending && (
        <ImportPreview
          fileName={pending.fileName}
          exportedAt={pending.backup.exportedAt}
          merge={pending.merge}
          replace={pending.replace}
          warnings={pending.warnings}
          busy={busy}
          headingRef={previewHeading}
          onApply={(mode) => void apply(mode)}
          onCancel={() => {
            setPending(undefined);
            importInput.current?.focus();
          }}
        />
      )}
    </section>
  );
}
