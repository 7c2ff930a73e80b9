'use client';
/** The list of what is wrong with the level (engine schema errors, with the field's path). */
export function ProblemList({ errors, testId, title }: { errors: readonly { path: string; message: string }[]; testId: string; title: string }) {
  if (!errors.length) return null;
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-xs text-red-800" data-testid={testId}>
      <p className="font-medium">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {errors.slice(0, 20).map((e, i) => (
          <li key={i}>
            <code>{e.path}</code>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
