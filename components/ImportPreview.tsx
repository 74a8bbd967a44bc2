import type { Ref } from 'preact';
import { changesNothing, type ImportMode, type ImportSummary } from '../core/backup.ts';

interface Props {
  fileName: string;
  exportedAt: string;
  merge: ImportSummary;
  replace: ImportSummary;
  warnings: readonly string[];
  busy: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onApply: (mode: ImportMode) => void;
  onCancel: () => void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString()} ${count === 1 ? one : many}`;

/** `dailyGoal` reads as "daily goal". */
const settingName = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

function settingValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** What one way of importing would do, in sentences. */
function describe(summary: ImportSummary): string[] {
  const lines: string[] = [];
  const { activity, decks, reviews } = summary;
  if (summary.mode === 'merge') {
    if (activity.daysAdded > 0) lines.push(`Adds ${plural(activity.daysAdded, 'day')} of practice.`);
    if (activity.daysChanged > 0) lines.push(`Raises the count of ${plural(activity.daysChanged, 'day')}.`);
  } else {
    const parts = [
      activity.daysAdded > 0 && `${activity.daysAdded.toLocaleString()} added`,
      activity.daysChanged > 0 && `${activity.daysChanged.toLocaleString()} changed`,
      activity.daysRemoved > 0 && `${activity.daysRemoved.toLocaleString()} removed`,
    ].filter(Boolean);
    if (parts.length > 0) lines.push(`Your days of practice become the file’s: ${parts.join(', ')}.`);
    if (activity.devicesRemoved > 0) {
      lines.push(
        `Removes the synced days of ${plural(activity.devicesRemoved, 'other device')}; each adds its own back when it next records practice.`,
      );
    }
  }
  if (summary.settings.length > 0) {
    const changes = summary.settings.map(
      (change) => `${settingName(change.key)} ${settingValue(change.from)} → ${settingValue(change.to)}`,
    );
    lines.push(`Settings: ${changes.join('; ')}.`);
  }
  if (decks.added.length > 0) lines.push(`Adds ${plural(decks.added.length, 'deck')}: ${decks.added.join(', ')}.`);
  if (decks.replaced.length > 0)
    lines.push(`Replaces ${plural(decks.replaced.length, 'deck')}: ${decks.replaced.join(', ')}.`);
  if (decks.removed.length > 0)
    lines.push(`Deletes ${plural(decks.removed.length, 'deck')}: ${decks.removed.join(', ')}.`);
  if (reviews.added + reviews.changed + reviews.removed > 0) {
    lines.push(`Review history: ${reviews.added} added, ${reviews.changed} changed, ${reviews.removed} removed.`);
  }
  return lines.length > 0 ? lines : ['Changes nothing.'];
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What a backup would change, both ways, before anything is written. */
export function ImportPreview({
  fileName,
  exportedAt,
  merge,
  replace,
  warnings,
  busy,
  headingRef,
  onApply,
  onCancel,
}: Props) {
  const nothing = changesNothing(merge) && changesNothing(replace);
  return (
    <div class="import-preview">
      <h3 ref={headingRef} tabIndex={-1}>
        {fileName}
      </h3>
      <p class="help">Backup made {timeFormat.format(new Date(exportedAt))}. Nothing has changed yet.</p>
      {warnings.map((warning) => (
        <p class="help" key={warning}>
          {warning}
        </p>
      ))}
      {nothing ? (
        <>
          <p>This backup matches what this device holds: importing it would change nothing.</p>
          <div class="actions">
            <button type="button" class="button" onClick={onCancel}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <div class="import-choices">
            {[merge, replace].map((summary) => (
              <section class="import-choice" key={summary.mode} aria-labelledby={`import-${summary.mode}`}>
                <h4 id={`import-${summary.mode}`}>{summary.mode === 'merge' ? 'Merge' : 'Replace'}</h4>
                <ul>
                  {describe(summary).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                {summary.blocked && <p class="problem">{summary.blocked}</p>}
                <button
                  type="button"
                  class={`button ${summary.mode === 'merge' ? 'button-primary' : 'button-danger'}`}
                  disabled={busy || summary.blocked !== undefined}
                  onClick={() => onApply(summary.mode)}
                >
                  {summary.mode === 'merge' ? 'Merge into this device' : 'Replace this device’s data'}
                </button>
              </section>
            ))}
          </div>
          <div class="actions">
            <button type="button" class="button button-quiet" disabled={busy} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </>
      )}
    </div>
  );
}
