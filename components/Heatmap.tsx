import { useMemo, useRef, useState } from 'preact/hooks';
import { addDays, type Day } from '../core/dates.ts';
import type { HeatmapCell, Heatmap as HeatmapData } from '../core/heatmap.ts';

interface Props {
  heatmap: HeatmapData;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const dateFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function describeCell(cell: HeatmapCell): string {
  const answers = cell.count === 0 ? 'No answers' : cell.count === 1 ? '1 answer' : `${cell.count} answers`;
  const date = dateFormat.format(new Date(`${cell.day}T12:00:00Z`));
  return `${answers} on ${date}${cell.frozen ? ', bridged by a streak freeze' : ''}`;
}

/**
 * A year of activity, GitHub style. One tab stop for the whole grid; arrow keys move by day and
 * week, Home and End jump to the ends, and the browser scrolls the focused day into view when the
 * year is wider than the window. The focused or hovered day is described below the grid.
 */
export function Heatmap({ heatmap }: Props) {
  const cellsByDay = useMemo(() => {
    const byDay = new Map<Day, HeatmapCell>();
    for (const week of heatmap.weeks) for (const cell of week) if (cell) byDay.set(cell.day, cell);
    return byDay;
  }, [heatmap]);
  const [activeDay, setActiveDay] = useState<Day>(heatmap.last);
  const [describedDay, setDescribedDay] = useState<Day>();
  const gridRef = useRef<HTMLTableElement>(null);
  const described = describedDay ? cellsByDay.get(describedDay) : undefined;

  const moveTo = (day: Day) => {
    if (!cellsByDay.has(day)) return;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const steps: Record<string, number> = { ArrowLeft: -7, ArrowRight: 7, ArrowUp: -1, ArrowDown: 1 };
    const step = steps[event.key];
    if (step !== undefined) moveTo(addDays(activeDay, step));
    else if (event.key === 'Home') moveTo(heatmap.first);
    else if (event.key === 'End') moveTo(heatmap.last);
    else return;
    event.preventDefault();
  };

  return (
    <figure class="heatmap">
      {/* Its own scroll box: in a narrow window the year scrolls here, and the page keeps its width. */}
      <div class="heatmap-scroll">
        <table
          class="heatmap-grid"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows a table to be a grid
          role="grid"
          aria-label="Answers revealed each day, last 365 days"
          ref={gridRef}
          onKeyDown={onKeyDown}
        >
          <tbody>
            {WEEKDAY_NAMES.map((weekdayName, weekday) => (
              <tr key={weekdayName}>
                <th scope="row" class="heatmap-weekday">
                  {weekday % 2 === 1 ? weekdayName : <span class="visually-hidden">{weekdayName}</span>}
                </th>
                {heatmap.weeks.map((week) => {
                  const cell = week[weekday];
                  if (!cell) return <td key={`empty-${week.find(Boolean)?.day}`} class="heatmap-empty" />;
                  return (
                    <td
                      key={cell.day}
                      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid's cells are gridcells
                      role="gridcell"
                      data-day={cell.day}
                      class={`heatmap-cell shade-${cell.shade}${cell.frozen ? ' frozen' : ''}`}
                      tabIndex={cell.day === activeDay ? 0 : -1}
                      aria-label={describeCell(cell)}
                      title={describeCell(cell)}
                      onFocus={() => {
                        setActiveDay(cell.day);
                        setDescribedDay(cell.day);
                      }}
                      onMouseEnter={() => setDescribedDay(cell.day)}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption class="heatmap-caption">
        <span class="heatmap-detail">{described ? describeCell(described) : 'Hover or focus a day to see it.'}</span>
        <span class="heatmap-legend" aria-hidden="true">
          Less
          {[0, 1, 2, 3, 4].map((shade) => (
            <span key={shade} class={`heatmap-swatch shade-${shade}`} />
          ))}
          More
        </span>
      </figcaption>
    </figure>
  );
}
