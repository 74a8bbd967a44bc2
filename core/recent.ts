/** How many recently shown questions the picker avoids. */
export const RECENT_WINDOW = 10;

/** The recent-ids list after `id` was shown: most recent first, no repeats, bounded. */
export function withShown(recentIds: readonly string[], id: string): string[] {
  return [id, ...recentIds.filter((recentId) => recentId !== id)].slice(0, RECENT_WINDOW);
}
