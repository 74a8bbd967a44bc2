import type { ChangeListener, StorageArea, StorageAreas, StorageChanges } from '../../store/areas.ts';

/** The limits of storage.sync, the same in Chrome and Firefox (Chrome alone adds the write rates). */
export const SYNC_QUOTA = {
  totalBytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

/** What each browser says when a quota refuses a write: different texts, hence matching "quota". */
const QUOTA_MESSAGES = {
  chrome: (limit: string) => `${limit} quota exceeded`,
  firefox: () => 'QuotaExceededError: storage.sync API call exceeded its quota limitations.',
};

/** The browsers count an item's size in UTF-8 bytes, not in JavaScript's UTF-16 characters. */
const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

export interface QuotaOptions {
  browser: keyof typeof QUOTA_MESSAGES;
  now: () => number;
}

/**
 * An in-memory storage area that stores JSON copies, as browsers do, and - when given quota options -
 * refuses writes exactly where storage.sync would (fakeBrowser enforces no quotas). Refused writes
 * count towards the rate limits, as they do in Chrome.
 */
export class FakeStorageArea implements StorageArea {
  readonly data = new Map<string, string>();
  /** When each key was last written, for last-writer-wins replication. */
  readonly writtenAt = new Map<string, number>();
  private writeTimes: number[] = [];
  private listeners = new Set<ChangeListener>();
  private static clock = 0;

  constructor(
    readonly areaName: 'local' | 'sync',
    private readonly quota?: QuotaOptions,
  ) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.data.get(key);
      if (json !== undefined) result[key] = JSON.parse(json);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.quota) this.enforceQuota(items);
    const changes: StorageChanges = {};
    for (const [key, value] of Object.entries(items)) {
      const oldJson = this.data.get(key);
      const newJson = JSON.stringify(value);
      this.data.set(key, newJson);
      this.writtenAt.set(key, ++FakeStorageArea.clock);
      changes[key] = {
        oldValue: oldJson === undefined ? undefined : JSON.parse(oldJson),
        newValue: JSON.parse(newJson),
      };
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: StorageChanges = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      const oldJson = this.data.get(key);
      if (oldJson === undefined) continue;
      this.data.delete(key);
      changes[key] = { oldValue: JSON.parse(oldJson) };
    }
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  /** Applies a value that arrived from elsewhere (replication), with its original write time. */
  receive(key: string, json: string, writtenAt: number): void {
    const oldJson = this.data.get(key);
    if (oldJson === json) return;
    this.data.set(key, json);
    this.writtenAt.set(key, writtenAt);
    this.emit({
      [key]: { oldValue: oldJson === undefined ? undefined : JSON.parse(oldJson), newValue: JSON.parse(json) },
    });
  }

  onChanged(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  bytesInUse(): number {
    let total = 0;
    for (const [key, json] of this.data) total += byteLength(key) + byteLength(json);
    return total;
  }

  private emit(changes: StorageChanges) {
    for (const listener of this.listeners) listener(changes, this.areaName);
  }

  private enforceQuota(items: Record<string, unknown>) {
    const { browser, now } = this.quota as QuotaOptions;
    const refuse = (limit: string) => {
      throw new Error(QUOTA_MESSAGES[browser](limit));
    };
    const time = now();
    this.writeTimes = this.writeTimes.filter((at) => time - at < 3_600_000);
    this.writeTimes.push(time);
    if (this.writeTimes.filter((at) => time - at < 60_000).length > SYNC_QUOTA.writesPerMinute) {
      refuse('MAX_WRITE_OPERATIONS_PER_MINUTE');
    }
    if (this.writeTimes.length > SYNC_QUOTA.writesPerHour) refuse('MAX_WRITE_OPERATIONS_PER_HOUR');
    const after = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (byteLength(key) + byteLength(json) > SYNC_QUOTA.bytesPerItem) refuse('QUOTA_BYTES_PER_ITEM');
      after.set(key, json);
    }
    if (after.size > SYNC_QUOTA.maxItems) refuse('MAX_ITEMS');
    let total = 0;
    for (const [key, json] of after) total += byteLength(key) + byteLength(json);
    if (total > SYNC_QUOTA.totalBytes) refuse('QUOTA_BYTES');
  }
}

/** One device's two areas, wired together like browser.storage. */
export function fakeAreas(
  sync = new FakeStorageArea('sync'),
  local = new FakeStorageArea('local'),
): StorageAreas & {
  local: FakeStorageArea;
  sync: FakeStorageArea;
} {
  return {
    local,
    sync,
    onChanged(listener) {
      const stopLocal = local.onChanged(listener);
      const stopSync = sync.onChanged(listener);
      return () => {
        stopLocal();
        stopSync();
      };
    },
  };
}

/**
 * The sync server as Chrome runs it: every key replicates last-writer-wins, whatever the key
 * holds. `replicate` pushes each device's newer keys up and pulls the winners down.
 */
export class LastWriterWinsCloud {
  private readonly keys = new Map<string, { json: string; writtenAt: number }>();

  replicate(...devices: FakeStorageArea[]): void {
    for (const device of devices) {
      for (const [key, json] of device.data) {
        const writtenAt = device.writtenAt.get(key) ?? 0;
        const current = this.keys.get(key);
        if (!current || writtenAt > current.writtenAt) this.keys.set(key, { json, writtenAt });
      }
    }
    for (const device of devices) {
      for (const [key, { json, writtenAt }] of this.keys) {
        if ((device.writtenAt.get(key) ?? 0) < writtenAt) device.receive(key, json, writtenAt);
      }
    }
  }
}
