import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'Short definitions of the words the Descent course uses.',
};

// A starter list; it grows with the lessons.
const TERMS = [
  ['Loss', 'A number that says how wrong the model is. Here it is the mean of per-example losses over the training set.'],
  ['Gradient', 'The direction in which the loss rises fastest. Descent steps go the opposite way.'],
  ['Learning rate', 'How far each step moves the parameters along the negative gradient.'],
  ['Mini-batch', 'A small random subset of training examples used to estimate the gradient for one step.'],
  ['Epoch', 'One pass through the whole training set: N / B steps for N examples and batch size B.'],
  ['Saddle point', 'A point where the gradient is zero but the surface curves up in some directions and down in others.'],
  ['Sharp minimum', 'A minimum where a small change of the parameters raises the loss a lot; it tends to generalize worse.'],
  ['Momentum', 'Carrying part of the previous step into the next one, so consistent directions add up and zig-zags cancel.'],
  ['Hessian', 'The matrix of second derivatives of the loss: its eigenvalues measure the curvature in each direction.'],
] as const;

export default function GlossaryPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900" data-testid="glossary.title">
        Glossary
      </h1>
      <p className="mt-4 text-lg leading-8 text-slate-700">The words the lessons use, in one sentence each.</p>
      <dl className="mt-8 divide-y divide-slate-200 border-y border-slate-200" data-testid="glossary.terms">
        {TERMS.map(([term, definition]) => (
          <div key={term} className="py-4 sm:grid sm:grid-cols-3 sm:gap-4">
            <dt className="font-semibold text-slate-900">{term}</dt>
            <dd className="mt-1 leading-7 text-slate-700 sm:col-span-2 sm:mt-0">{definition}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
