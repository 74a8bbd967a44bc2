/**
 * The shape of the question bank, shared by the build step that compiles it and by the pages that
 * show it. The fixed lists live here so the validator and the settings UI can never disagree.
 */

export const TOPICS = [
  'http',
  'api',
  'sql',
  'indexing',
  'transactions',
  'nosql',
  'caching',
  'messaging',
  'distributed',
  'security',
  'concurrency',
  'testing-perf',
  'observability',
  'languages',
  'system-design',
  'infra',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  http: 'HTTP',
  api: 'APIs',
  sql: 'SQL',
  indexing: 'Indexing',
  transactions: 'Transactions',
  nosql: 'NoSQL',
  caching: 'Caching',
  messaging: 'Messaging',
  distributed: 'Distributed systems',
  security: 'Security',
  concurrency: 'Concurrency',
  'testing-perf': 'Testing & performance',
  observability: 'Observability',
  languages: 'Languages',
  'system-design': 'System design',
  infra: 'Infrastructure',
};

export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

export const KINDS = ['concept', 'compare', 'scenario', 'code', 'discussion'] as const;
export type Kind = (typeof KINDS)[number];

export const LANGS = ['python', 'php', 'java', 'node', 'go'] as const;
export type Lang = (typeof LANGS)[number];

/** What a surface needs to show a question before its answer is asked for: kept small on purpose. */
export interface QuestionSummary {
  id: string;
  /** The question as HTML: inline code is the only markup it may contain. */
  questionHtml: string;
  topic: Topic;
  level: Level;
}

/** A card of a custom deck the user imported, as the surfaces show it before its answer. */
export interface CardSummary {
  /** `deck:<deckId>:<n>` */
  id: string;
  questionHtml: string;
  deckName: string;
}

/** What a new tab or the popup shows: a question of the bank or a card of a custom deck. */
export type PromptSummary = QuestionSummary | CardSummary;

export function isCard(prompt: PromptSummary): prompt is CardSummary {
  return 'deckName' in prompt;
}

/** An answer as the surfaces show it: the bank's carry sources; a custom card's may have none. */
export interface Answer {
  id: string;
  questionHtml: string;
  answerHtml: string;
  sources: string[];
  appliesTo?: string;
}

/** A question with its answer, rendered from Markdown to HTML at build time. */
export interface Question extends QuestionSummary, Answer {
  kind: Kind;
  tags: string[];
  lang?: Lang;
  related: string[];
}
