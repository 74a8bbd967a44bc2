import type * as v from 'valibot';

/**
 * Validation messages that name the place, the way a reader would look for it in the file:
 * `decks[2].cards[14].answerHtml`, `activity['2026-13-01']`.
 */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += path === '' ? key : `.${key}`;
    else path += `[${JSON.stringify(key).replaceAll('"', "'")}]`;
  }
  return path;
}

export function describeIssues(issues: readonly v.BaseIssue<unknown>[], root = 'the file'): string[] {
  return issues.map((issue) => `${issuePath(issue) || root}: ${issue.message}`);
}

/**
 * The message of an object schema. valibot reports a missing key with its object's message; this
 * says "is missing" for those and `message` when the value itself is wrong.
 */
export function objectMessage(message: string) {
  return (issue: v.BaseIssue<unknown>) => (issue.input === undefined ? 'is missing' : message);
}
