'use client';
/** Start, goal (a region on the map, or a train/test loss threshold), step budget and seeds K. */
import type { Goal } from '@/engine';
import type { Draft, DraftUpdate } from './draft';
import { NumberInput, Section, INPUT } from './fields';

function Labelled({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-xs font-medium text-slate-700">
      {label}
      {children}
    </label>
  );
}

export function GoalSection({ draft, update }: { draft: Draft; update: DraftUpdate }) {
  const g = draft.goal;
  const setGoal = (goal: Goal) => update((d) => ({ ...d, goal }));
  const switchKind = (kind: Goal['kind']) =>
    setGoal(kind === 'region' ? { kind: 'region', center: [0, 0], radius: 0.3 } : { kind: 'loss', split: 'train', below: 0.1 });
  return (
    <Section title="Start, goal and budget" testId="editor.goal">
      <div className="grid grid-cols-2 gap-2">
        <Labelled label="start x">
          <NumberInput label="start x" value={draft.start[0]} onChange={(v) => update((d) => ({ ...d, start: [v, d.start[1]] }))} testId="editor.start.x" />
        </Labelled>
        <Labelled label="start y">
          <NumberInput label="start y" value={draft.start[1]} onChange={(v) => update((d) => ({ ...d, start: [d.start[0], v] }))} testId="editor.start.y" />
        </Labelled>
      </div>
      <Labelled label="Goal">
        <select className={INPUT} value={g.kind} onChange={(e) => switchKind(e.target.value as Goal['kind'])} data-testid="editor.goal.kind">
          <option value="region">reach a region (click the map)</option>
          <option value="loss">get a loss below a threshold</option>
        </select>
      </Labelled>
      {g.kind === 'region' ? (
        <div className="grid grid-cols-3 gap-2">
          <Labelled label="centre x">
            <NumberInput label="goal centre x" value={g.center[0]} onChange={(v) => setGoal({ ...g, center: [v, g.center[1]] })} testId="editor.goal.cx" />
          </Labelled>
          <Labelled label="centre y">
            <NumberInput label="goal centre y" value={g.center[1]} onChange={(v) => setGoal({ ...g, center: [g.center[0], v] })} testId="editor.goal.cy" />
          </Labelled>
          <Labelled label="radius">
            <NumberInput label="goal radius" value={g.radius} min={0} onChange={(v) => setGoal({ ...g, radius: v })} testId="editor.goal.radius" />
          </Labelled>
        </div>
      ) : (
        <div className="grid grid-cols-3 items-end gap-2">
          <Labelled label="loss on">
            <select className={INPUT} value={g.split} onChange={(e) => setGoal({ ...g, split: e.target.value as 'train' | 'test' })} data-testid="editor.goal.split">
              <option value="train">training set</option>
              <option value="test">test set</option>
            </select>
          </Labelled>
          <Labelled label="below">
            <NumberInput label="loss below" value={g.below} onChange={(v) => setGoal({ ...g, below: v })} testId="editor.goal.below" />
          </Labelled>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={!!g.hold} onChange={(e) => setGoal({ ...g, hold: e.target.checked || undefined })} data-testid="editor.goal.hold" />
            must stay below to the end
          </label>
        </div>
      )}
      <div className="grid grid-cols-3 gap-2">
        <Labelled label="step budget">
          <NumberInput label="step budget" value={draft.budget} min={10} max={5000} step={1} onChange={(v) => update((d) => ({ ...d, budget: Math.round(v) }))} testId="editor.budget" />
        </Labelled>
        <Labelled label="seeds K">
          <NumberInput label="seeds K" value={draft.seeds} min={1} max={64} step={1} onChange={(v) => update((d) => ({ ...d, seeds: Math.round(v) }))} testId="editor.seeds" />
        </Labelled>
        <Labelled label="stall below ‖∇L‖">
          <NumberInput label="stall gradient norm" value={draft.stallGradNorm} min={0} onChange={(v) => update((d) => ({ ...d, stallGradNorm: v }))} testId="editor.stall" />
        </Labelled>
      </div>
    </Section>
  );
}
