import type { StreakSummary } from '../core/streak.ts';

interface Props {
  summary: StreakSummary;
}

/** The streak in four numbers. */
export function StreakStats({ summary }: Props) {
  const stats = [
    { label: 'Current streak', value: summary.current, unit: summary.current === 1 ? 'day' : 'days' },
    { label: 'Longest streak', value: summary.longest, unit: summary.longest === 1 ? 'day' : 'days' },
    { label: 'Active days', value: summary.totalActiveDays, unit: 'in all' },
    { label: 'Freezes banked', value: summary.freezesBanked, unit: 'of 2' },
  ];
  return (
    <dl class="stats">
      {stats.map((stat) => (
        <div class="stat" key={stat.label}>
          <dt>{stat.label}</dt>
          <dd>
            <span class="stat-value">{stat.value}</span> <span class="stat-unit">{stat.unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
