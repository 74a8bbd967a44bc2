let clockFormat: Intl.DateTimeFormat | undefined;

/**
 * A time of day as the snoozed new tab shows it ("14:05" or "2:05 PM", by locale).
 *
 * The formatter is made on first use, not when the module loads: building one costs milliseconds
 * of locale data, and the new tab's first paint, which imports this, needs it only while snoozed.
 */
export function clockTime(at: number): string {
  clockFormat ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  return clockFormat.format(at);
}
