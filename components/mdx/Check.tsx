'use client';
/**
 * `<Check question="…" a="…" b="…" c="…" answer="b" why="…" />`: one question of a lesson's
 * end-of-lesson check, with instant feedback (a wrong pick may be changed; the why shows once
 * it is right). Two to four choices, a–d; the content check validates the attributes.
 */
import { useState } from 'react';
import { ChoiceQuestion } from '@/components/quiz/ChoiceQuestion';

export interface CheckProps {
  readonly question: string;
  readonly a: string;
  readonly b: string;
  readonly c?: string;
  readonly d?: string;
  /** The letter of the right choice. */
  readonly answer: 'a' | 'b' | 'c' | 'd';
  readonly why: string;
}

export function Check({ question, a, b, c, d, answer, why }: CheckProps) {
  const choices = [a, b, c, d].filter((x): x is string => typeof x === 'string' && x.length > 0);
  const [picked, setPicked] = useState<number | null>(null);
  return (
    <div className="not-prose my-4 rounded-xl border border-violet-200 bg-violet-50/50 p-4" data-testid="check">
      <ChoiceQuestion question={question} choices={choices} answer={'abcd'.indexOf(answer)} why={why} picked={picked} onPick={setPicked} reveal testId="check.question" />
    </div>
  );
}
