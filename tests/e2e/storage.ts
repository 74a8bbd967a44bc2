import type { Page } from 'playwright-core';

type Area = 'local' | 'sync';

interface ChromeStorage {
  chrome: {
    storage: Record<
      Area,
      { get(keys?: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
    >;
  };
}

/** Reads the extension's storage from one of its pages, as the extension itself would. */
export function readStorage(page: Page, area: Area, key?: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([areaName, wanted]) =>
      (globalThis as unknown as ChromeStorage).chrome.storage[areaName as Area].get(wanted ?? null),
    [area, key] as const,
  );
}

/** Writes to the extension's storage from one of its pages, as another device's sync would arrive. */
export function writeStorage(page: Page, area: Area, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    ([areaName, values]) => (globalThis as unknown as ChromeStorage).chrome.storage[areaName as Area].set(values),
    [area, items] as const,
  );
}
