declare module 'virtual:bank-index' {
  import type { QuestionSummary } from '../core/bank.ts';

  const summaries: QuestionSummary[];
  export default summaries;
}

declare module 'virtual:bank-answer-loaders' {
  import type { Question, Topic } from '../core/bank.ts';

  const loaders: Record<Topic, () => Promise<{ default: Question[] }>>;
  export default loaders;
}

declare module 'virtual:bank-version' {
  const version: string;
  export default version;
}
