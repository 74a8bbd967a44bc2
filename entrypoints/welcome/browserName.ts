export type BrowserName = 'chrome' | 'edge' | 'firefox';

/** Which instructions to open first. A guess from the user agent is enough: all three are shown. */
export function browserName(userAgent: string): BrowserName {
  if (/\bEdg\//.test(userAgent)) return 'edge';
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  return 'chrome';
}
