import { describe, expect, test } from 'vitest';
import {
  type Backup,
  type BackupDeck,
  type BackupParseResult,
  type CurrentData,
  changesNothing,
  leftOutReviewsNotice,
  MAX_BACKUP_BYTES,
  parseBackup,
  planActivity,
  planDecks,
  planImport,
  type Reviews,
  serialiseBackup,
} from '../../../core/backup.ts';
import type { ReviewState } from '../../../core/reviewState.ts';
import { DEFAULT_SETTINGS } from '../../../core/settings.ts';

const deck = (id: string, name = `Deck ${id}`, cards = 1): BackupDeck => ({
  id,
  name,
  enabled: true,
  importedAt: 1_700_000_000_000,
  cards: Array.from({ length: cards }, (_, index) => ({
    id: `deck:${id}:${index + 1}`,
    questionHtml: `Question ${index + 1}`,
    answerHtml: `<p>Answer ${index + 1}</p>`,
    tags: ['t'],
  })),
});

const validFile = () => ({
  format: 'backtab-backup',
  version: 1,
  exportedAt: '2026-05-01T12:00:00.000Z',
  settings: { dayStartHour: 5, dailyGoal: 2 },
  activity: { '2026-04-29': 1, '2026-04-30': 3 },
  reviews: {},
  decks: [deck('abc')],
});

function problemsOf(result: BackupParseResult): string[] {
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function backupOf(result: BackupParseResult): Backup {
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.backup;
}

describe('parseBackup', () => {
  test('reads a valid file', () => {
    const backup = backupOf(parseBackup(JSON.stringify(validFile())));
    expect(backup.settings).toEqual({ ...DEFAULT_SETTINGS, dayStartHour: 5, dailyGoal: 2 });
    expect(backup.activity).toEqual(
      new Map([
        ['2026-04-29', 1],
        ['2026-04-30', 3],
      ]),
    );
    expect(backup.decks).toEqual([deck('abc')]);
  });

  test('reads what serialiseBackup writes', () => {
    const contents = {
      settings: DEFAULT_SETTINGS,
      activity: new Map([['2026-01-01', 70]]),
      reviews: {},
      decks: [deck('x1')],
    };
    const backup = backupOf(parseBackup(serialiseBackup(contents, '2026-05-01T12:00:00.000Z')));
    expect({ ...backup, exportedAt: undefined }).toEqual({ ...contents, exportedAt: undefined });
  });

  test.each<[string, string, string]>([
    ['malformed JSON', '{"format": "backtab-backup",', 'This is not a Backtab backup: the file is not valid JSON'],
    ['not an object', '[1, 2]', 'This is not a Backtab backup: the file does not hold a JSON object.'],
    [
      'another format',
      JSON.stringify({ ...validFile(), format: 'anki' }),
      'This is not a Backtab backup: format is "anki"',
    ],
    [
      'no format',
      JSON.stringify({ ...validFile(), format: undefined }),
      'This is not a Backtab backup: format is missing',
    ],
    [
      'a newer version',
      JSON.stringify({ ...validFile(), version: 2 }),
      'This backup is version 2, made by a newer Backtab',
    ],
    ['an unknown version', JSON.stringify({ ...validFile(), version: '1' }), 'version: unknown backup version "1"'],
  ])('refuses %s', (_name, text, message) => {
    expect(problemsOf(parseBackup(text))).toEqual([expect.stringContaining(message)]);
  });

  test('refuses a file over 5 MB before parsing it', () => {
    const text = JSON.stringify({ ...validFile(), padding: 'x'.repeat(MAX_BACKUP_BYTES) });
    expect(problemsOf(parseBackup(text))).toEqual(['The file is 5.0 MB; a backup can be at most 5.0 MB.']);
  });

  test('names every wrong field', () => {
    const file = {
      ...validFile(),
      exportedAt: 'yesterday',
      settings: { dailyGoal: 'two', restDays: [9], hideStreak: 'no', somethingNewer: true },
      activity: { '2026-13-01': 1, '2026-02-30': 1, '2026-01-02': -1, '2026-01-03': 1.5, '2026-01-04': '3' },
      reviews: [],
      decks: [{ ...deck('abc'), enabled: 'yes', cards: 'none' }],
    };
    expect(problemsOf(parseBackup(JSON.stringify(file)))).toEqual([
      'exportedAt: must be a date and time such as 2026-05-01T12:00:00.000Z',
      "activity['2026-13-01']: not a calendar day",
      "activity['2026-02-30']: not a calendar day",
      "activity['2026-01-02']: cannot be negative",
      "activity['2026-01-03']: must be a whole number of answers",
      "activity['2026-01-04']: must be a number of answers",
      'reviews: must be an object of review states',
      'decks[0].enabled: must be true or false',
      'decks[0].cards: must be a list of cards',
    ]);
    expect(problemsOf(parseBackup(JSON.stringify({ ...validFile(), settings: file.settings })))).toEqual([
      'settings.dailyGoal: "two" is not a valid value',
      'settings.restDays: [9] is not a valid value',
      'settings.hideStreak: "no" is not a valid value',
    ]);
  });

  test('refuses duplicate and foreign ids', () => {
    const twice = deck('abc');
    const cardTwice = { ...deck('def', 'D', 2) };
    cardTwice.cards = [cardTwice.cards[0], { ...cardTwice.cards[1], id: 'deck:def:1' }] as BackupDeck['cards'];
    const foreign = { ...deck('ghi'), cards: [{ ...deck('xyz').cards[0], id: 'deck:xyz:1' }] } as BackupDeck;
    expect(
      problemsOf(parseBackup(JSON.stringify({ ...validFile(), decks: [deck('abc'), twice, cardTwice, foreign] }))),
    ).toEqual([
      'decks[1].id: "abc" is also the id of decks[0]',
      'decks[2].cards[1].id: "deck:def:1" is also the id of decks[2].cards[0]',
      'decks[3].cards[0].id: "deck:xyz:1" must start with "deck:ghi:"',
    ]);
  });

  test('card HTML passes the same gate as an imported deck, and says so', () => {
    const tampered = deck('abc');
    tampered.cards = [
      {
        ...tampered.cards[0],
        questionHtml: 'Q<img src=x onerror=alert(1)>',
        answerHtml: '<p onclick="x">A</p><script>x</script>',
      },
    ] as BackupDeck['cards'];
    const result = parseBackup(JSON.stringify({ ...validFile(), decks: [tampered] }));
    if (!result.ok) throw new Error(result.problems.join());
    expect(result.backup.decks[0]?.cards[0]).toMatchObject({ questionHtml: 'Q', answerHtml: '<p>A</p>' });
    expect(result.warnings).toEqual(['1 card holds markup Backtab does not write; it is removed and the text kept.']);
  });
});

describe('planning activity', () => {
  const current = {
    own: new Map([
      ['2026-04-01', 1],
      ['2026-04-02', 2],
    ]),
    others: new Map([['activity.phone', new Map([['2026-04-02', 3]])]]),
  };

  test('merge raises each day to at least the file’s count through this device’s own log', () => {
    const incoming = new Map([
      ['2026-04-02', 7],
      ['2026-04-03', 1],
      ['2026-04-01', 1],
    ]);
    const plan = planActivity(current, incoming, 'merge');
    // 04-02: merged 2 + 3 = 5, the file says 7: this device adds the missing 2.
    expect(plan.own).toEqual(
      new Map([
        ['2026-04-01', 1],
        ['2026-04-02', 4],
        ['2026-04-03', 1],
      ]),
    );
    expect(plan.removeDevices).toEqual([]);
    expect(plan.summary).toEqual({ daysAdded: 1, daysChanged: 1, daysRemoved: 0, devicesRemoved: 0 });
  });

  test('merge never lowers a day', () => {
    expect(planActivity(current, new Map([['2026-04-02', 1]]), 'merge').own).toEqual(current.own);
  });

  test('replace makes the file’s days this device’s log and removes other devices’ logs', () => {
    const plan = planActivity(current, new Map([['2026-04-05', 2]]), 'replace');
    expect(plan.own).toEqual(new Map([['2026-04-05', 2]]));
    expect(plan.removeDevices).toEqual(['activity.phone']);
    expect(plan.summary).toEqual({ daysAdded: 1, daysChanged: 0, daysRemoved: 2, devicesRemoved: 1 });
  });

  test('one device’s log holds at most 63 a day', () => {
    expect(planActivity({ own: new Map(), others: new Map() }, new Map([['2026-04-05', 500]]), 'replace').own).toEqual(
      new Map([['2026-04-05', 63]]),
    );
  });
});

describe('planning decks', () => {
  test('merge adds the decks this device lacks, by id', () => {
    const plan = planDecks([deck('a', 'Mine')], [deck('a', 'Theirs'), deck('b', 'New')], 'merge');
    expect(plan.next.map((entry) => entry.name)).toEqual(['Mine', 'New']);
    expect(plan.summary).toEqual({ added: ['New'], removed: [], replaced: [] });
  });

  test('merge renames an added deck named like one here, as a second import would', () => {
    const plan = planDecks(
      [deck('a', 'Caching')],
      [deck('b', 'caching'), deck('c', 'Caching'), deck('d', 'Queues')],
      'merge',
    );
    expect(plan.next.map((entry) => entry.name)).toEqual(['Caching', 'caching (2)', 'Caching (3)', 'Queues']);
    expect(plan.summary.added).toEqual(['caching (2)', 'Caching (3)', 'Queues']);
    expect(plan.next[1]?.cards).toEqual(deck('b', 'caching').cards);
  });

  test('replace makes the file’s decks all there is', () => {
    const plan = planDecks([deck('a', 'Mine'), deck('c', 'Old')], [deck('a', 'Theirs'), deck('b', 'New')], 'replace');
    expect(plan.next.map((entry) => entry.name)).toEqual(['Theirs', 'New']);
    expect(plan.summary).toEqual({ added: ['New'], removed: ['Old'], replaced: ['Theirs'] });
  });

  test('a merge that would take decks past their budget is blocked', () => {
    const big = (id: string) => ({
      ...deck(id),
      cards: deck(id, id, 1).cards.map((card) => ({ ...card, answerHtml: 'x'.repeat(2_500_000) })),
    });
    expect(planDecks([big('a')], [big('b')], 'merge').blocked).toMatch(/^Together with the decks already here/);
    expect(planDecks([big('a')], [big('b')], 'replace').blocked).toBeUndefined();
  });
});

test('importing what this device holds changes nothing, in either mode', () => {
  const current: CurrentData = {
    settings: DEFAULT_SETTINGS,
    activity: { own: new Map([['2026-04-01', 2]]), others: new Map() },
    reviews: {},
    decks: [deck('a')],
    bankQuestionIds: new Set(),
  };
  const backup = {
    settings: DEFAULT_SETTINGS,
    activity: new Map([['2026-04-01', 2]]),
    reviews: {},
    decks: [deck('a')],
  };
  expect(changesNothing(planImport(current, backup, 'merge').summary)).toBe(true);
  expect(changesNothing(planImport(current, backup, 'replace').summary)).toBe(true);
  const changed = planImport(current, { ...backup, settings: { ...DEFAULT_SETTINGS, dailyGoal: 3 } }, 'merge');
  expect(changed.summary.settings).toEqual([{ key: 'dailyGoal', from: 1, to: 3 }]);
});

test('a reset or snooze recorded in the file is not replayed on this device', () => {
  const current: CurrentData = {
    settings: { ...DEFAULT_SETTINGS, dailyGoal: 1 },
    activity: { own: new Map(), others: new Map() },
    reviews: {},
    decks: [],
    bankQuestionIds: new Set(),
  };
  const incoming = { ...DEFAULT_SETTINGS, dailyGoal: 4, resetAt: 2_000_000_000_000, snoozeUntil: 2_000_000_000_000 };
  const plan = planImport(current, { settings: incoming, activity: new Map(), reviews: {}, decks: [] }, 'replace');
  expect(plan.settings).toEqual({ ...current.settings, dailyGoal: 4 });
  expect(plan.summary.settings).toEqual([{ key: 'dailyGoal', from: 1, to: 4 }]);
});

describe('planning review states', () => {
  const DAY = 86_400_000;
  const graded = (daysAgo: number, reps = 1): ReviewState => ({
    lastReview: Date.UTC(2026, 4, 1) - daysAgo * DAY,
    scheduledDays: 3,
    stability: 3,
    difficulty: 5,
    reps,
    lapses: 0,
    state: 2,
  });
  const holding = (reviews: Reviews, decks: BackupDeck[] = []): CurrentData => ({
    settings: DEFAULT_SETTINGS,
    activity: { own: new Map(), others: new Map() },
    reviews,
    decks,
    bankQuestionIds: new Set(['cap-theorem', 'sql-injection', 'acid']),
  });
  const file = (reviews: Reviews, decks: BackupDeck[] = []) => ({
    settings: DEFAULT_SETTINGS,
    activity: new Map(),
    reviews,
    decks,
  });

  test('merge writes only the states the file adds or makes later, so it can remove none', () => {
    const current = holding({ 'cap-theorem': graded(5), 'sql-injection': graded(1) });
    const plan = planImport(
      current,
      file({ 'cap-theorem': graded(2, 2), 'sql-injection': graded(4), acid: graded(3) }),
      'merge',
    );
    expect(plan.reviewsToWrite).toEqual({ 'cap-theorem': graded(2, 2), acid: graded(3) });
    expect(plan.summary.reviews).toEqual({ added: 1, changed: 1, removed: 0, leftOut: 0 });
  });

  test('replace makes the file’s states all there are', () => {
    const current = holding({ 'cap-theorem': graded(5), 'sql-injection': graded(1) });
    const plan = planImport(current, file({ 'cap-theorem': graded(9), acid: graded(3) }), 'replace');
    expect(plan.reviewsToWrite).toEqual({ 'cap-theorem': graded(9), acid: graded(3) });
    expect(plan.summary.reviews).toEqual({ added: 1, changed: 1, removed: 1, leftOut: 0 });
  });

  test('a grade for an id that names no question of the bank and no card of a deck after the import is left out', () => {
    const mine = deck('mine');
    const theirs = deck('theirs');
    const current = holding({}, [mine]);
    const incoming = file(
      {
        'cap-theorem': graded(1),
        'deck:mine:1': graded(1),
        'deck:theirs:1': graded(1),
        'deck:theirs:2': graded(1),
        'retired-question': graded(1),
        constructor: graded(1),
      },
      [theirs],
    );
    const merge = planImport(current, incoming, 'merge');
    expect(Object.keys(merge.reviewsToWrite).sort()).toEqual(['cap-theorem', 'deck:mine:1', 'deck:theirs:1']);
    expect(merge.summary.reviews).toEqual({ added: 3, changed: 0, removed: 0, leftOut: 3 });
    // Replacing deletes the deck "mine": its card's grade would name nothing.
    const replace = planImport(current, incoming, 'replace');
    expect(Object.keys(replace.reviewsToWrite).sort()).toEqual(['cap-theorem', 'deck:theirs:1']);
    expect(replace.summary.reviews).toEqual({ added: 2, changed: 0, removed: 0, leftOut: 4 });
  });

  test('a file whose only grades are left out changes nothing', () => {
    const plan = planImport(holding({}), file({ 'ghost-1': graded(1) }), 'merge');
    expect(plan.reviewsToWrite).toEqual({});
    expect(changesNothing(plan.summary)).toBe(true);
  });
});

describe('the notice of grades left out', () => {
  const summaries = (mergeLeftOut: number, replaceLeftOut: number) => {
    const current: CurrentData = {
      settings: DEFAULT_SETTINGS,
      activity: { own: new Map(), others: new Map() },
      reviews: {},
      decks: [],
      bankQuestionIds: new Set(),
    };
    const backup = { settings: DEFAULT_SETTINGS, activity: new Map(), reviews: {}, decks: [] };
    const merge = planImport(current, backup, 'merge').summary;
    const replace = planImport(current, backup, 'replace').summary;
    return {
      merge: { ...merge, reviews: { ...merge.reviews, leftOut: mergeLeftOut } },
      replace: { ...replace, reviews: { ...replace.reviews, leftOut: replaceLeftOut } },
    };
  };

  test('is absent when every grade has a question or card', () => {
    expect(leftOutReviewsNotice(summaries(0, 0))).toBeUndefined();
  });

  test('says how many and why, in one sentence', () => {
    expect(leftOutReviewsNotice(summaries(3000, 3000))).toBe(
      '3,000 grades in this file are for questions or cards that are in neither Backtab’s question bank nor a deck, so they are left out.',
    );
    expect(leftOutReviewsNotice(summaries(1, 1))).toBe(
      '1 grade in this file is for a question or card that is in neither Backtab’s question bank nor a deck, so it is left out.',
    );
  });

  test('names both counts when replacing, which deletes this device’s decks, leaves out more', () => {
    expect(leftOutReviewsNotice(summaries(0, 2))).toBe(
      'Grades in this file for questions or cards that are in neither Backtab’s question bank nor a deck are left out: none when merging, 2 when replacing, which deletes decks they belong to.',
    );
  });
});
