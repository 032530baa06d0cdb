import type { ContentProblem } from '@/lib/content'

function Problem({ problem }: { problem: ContentProblem }) {
  return (
    <span dir="auto">
      <b>{problem.file}</b>: {problem.field}: {problem.message}
    </span>
  )
}

/**
 * A slim strip on every page of `npm run dev` while content/ has problems, so the editor sees a slip in the
 * browser and not only in the terminal: the first problem in full, the others one click away. The site
 * meanwhile shows the last good content.
 */
export function ContentProblems({ problems }: { problems: ContentProblem[] }) {
  if (problems.length === 0) return null
  const [first, ...more] = problems
  const label = `${problems.length} content problem${problems.length === 1 ? '' : 's'}; showing the last good content`
  return (
    <div role="alert" aria-label={label} className="content-problems" data-content-problems>
      <p>
        <strong>{label}:</strong> <Problem problem={first} />
      </p>
      {more.length > 0 && (
        <details>
          <summary>{more.length} more</summary>
          <ul>
            {more.map((p) => (
              <li key={`${p.file}: ${p.field}: ${p.message}`}>
                <Problem problem={p} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}
