import { TOPIC_LABELS, type Topic } from '../core/bank.ts';
import type { TopicMastery } from '../core/mastery.ts';

interface Props {
  masteries: readonly TopicMastery[];
  weakest: Topic | undefined;
  /** Where a drill of a topic opens. */
  drillHref: (topic: Topic) => string;
}

// A topic with nothing seen is "weakest" only because it is untouched: the button says so.
const hasSeenAny = (masteries: readonly TopicMastery[], topic: Topic) =>
  (masteries.find((entry) => entry.topic === topic)?.seen ?? 0) > 0;

const percent = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value * 100)}%`);

/** Per topic: questions seen of the total, and how likely you are to recall them now. */
export function MasteryTable({ masteries, weakest, drillHref }: Props) {
  return (
    <>
      <table class="mastery">
        <caption class="visually-hidden">Mastery by topic</caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col">Seen</th>
            <th scope="col">Recall now</th>
          </tr>
        </thead>
        <tbody>
          {masteries
            .filter((entry) => entry.total > 0)
            .map((entry) => (
              <tr key={entry.topic}>
                <th scope="row">{TOPIC_LABELS[entry.topic]}</th>
                <td>
                  <span class="mastery-bar" aria-hidden="true">
                    <span style={{ width: `${(100 * entry.seen) / entry.total}%` }} />
                  </span>
                  {entry.seen} / {entry.total}
                </td>
                <td>{percent(entry.meanRetrievability)}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {weakest && (
        <p>
          <a class="button" href={drillHref(weakest)} target="_blank" rel="noreferrer">
            {hasSeenAny(masteries, weakest) ? 'Drill my weakest topic' : 'Start a topic'}: {TOPIC_LABELS[weakest]}
          </a>
        </p>
      )}
    </>
  );
}
