import { storage } from '@wxt-dev/storage';
import { useEffect, useState } from 'preact/hooks';
import { SYNC_STATUS_KEY, type SyncStatus } from './syncWriter.ts';

const syncStatusItem = storage.defineItem<SyncStatus>(`local:${SYNC_STATUS_KEY}`);

/** Whether some writes are waiting for storage.sync, kept current. */
export function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    void syncStatusItem.getValue().then((value) => setStatus(value ?? undefined));
    return syncStatusItem.watch((value) => setStatus(value ?? undefined));
  }, []);
  return status;
}
