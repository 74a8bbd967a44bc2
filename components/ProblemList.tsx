interface Props {
  /** What went wrong as a whole, such as "This file cannot be imported". */
  title: string;
  problems: readonly string[];
}

/** Why a file was refused: one line a problem, each naming the place in the file. */
export function ProblemList({ title, problems }: Props) {
  return (
    <div class="problem-list">
      <p class="problem-title">{title}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
