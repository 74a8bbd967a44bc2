interface Props {
  /** Absent while everything is synced; `quota` when the browser's sync quota is what refused. */
  status: { quota: boolean } | undefined;
}

/** A quiet line that says sync is behind: progress is safe on this device and will catch up. */
export function SyncNotice({ status }: Props) {
  if (!status) return null;
  const reason = status.quota ? 'the browser’s sync limit is reached for now' : 'sync is unavailable';
  return (
    <p class="sync-notice" role="status">
      Saved on this device; {reason}. It will sync by itself later.
    </p>
  );
}
