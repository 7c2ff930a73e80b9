/** Turning a zod validation failure into the API's error: a message and the field it is about. */
import type { z } from 'zod';

/** The first problem zod found, naming the field (dotted path; `prefix` for nested bodies). */
export function zodProblem(error: z.ZodError, prefix = ''): { error: string; field: string } {
  const issue = error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys.map((k) => prefix + [...issue.path, k].join('.')).join(', ');
    return { error: `unknown field: ${field}`, field };
  }
  const field = prefix + (issue.path.join('.') || '(body)');
  return { error: `${field}: ${issue.message}`, field };
}
