'use client';
/** Start, goal (a region on the map, or a train/test loss threshold), step budget and seeds K. */
import { useTranslations } from 'next-intl';
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
  const t = useTranslations('teacher');
  const g = draft.goal;
  const setGoal = (goal: Goal) => update((d) => ({ ...d, goal }));
  const switchKind = (kind: Goal['kind']) =>
    setGoal(kind === 'region' ? { kind: 'region', center: [0, 0], radius: 0.3 } : { kind: 'loss', split: 'train', below: 0.1 });
  return (
    <Section title={t('goal.title')} testId="editor.goal">
      <div className="grid grid-cols-2 gap-2">
        <Labelled label={t('goal.startX')}>
          <NumberInput label={t('goal.startX')} value={draft.start[0]} onChange={(v) => update((d) => ({ ...d, start: [v, d.start[1]] }))} testId="editor.start.x" />
        </Labelled>
        <Labelled label={t('goal.startY')}>
          <NumberInput label={t('goal.startY')} value={draft.start[1]} onChange={(v) => update((d) => ({ ...d, start: [d.start[0], v] }))} testId="editor.start.y" />
        </Labelled>
      </div>
      <Labelled label={t('goal.goal')}>
        <select className={INPUT} value={g.kind} onChange={(e) => switchKind(e.target.value as Goal['kind'])} data-testid="editor.goal.kind">
          <option value="region">{t('goal.region')}</option>
          <option value="loss">{t('goal.loss')}</option>
        </select>
      </Labelled>
      {g.kind === 'region' ? (
        <div className="grid grid-cols-3 gap-2">
          <Labelled label={t('goal.centreX')}>
            <NumberInput label={t('goal.goalCentreX')} value={g.center[0]} onChange={(v) => setGoal({ ...g, center: [v, g.center[1]] })} testId="editor.goal.cx" />
          </Labelled>
          <Labelled label={t('goal.centreY')}>
            <NumberInput label={t('goal.goalCentreY')} value={g.center[1]} onChange={(v) => setGoal({ ...g, center: [g.center[0], v] })} testId="editor.goal.cy" />
          </Labelled>
          <Labelled label={t('goal.radius')}>
            <NumberInput label={t('goal.goalRadius')} value={g.radius} min={0} onChange={(v) => setGoal({ ...g, radius: v })} testId="editor.goal.radius" />
          </Labelled>
        </div>
      ) : (
        <div className="grid grid-cols-3 items-end gap-2">
          <Labelled label={t('goal.lossOn')}>
            <select className={INPUT} value={g.split} onChange={(e) => setGoal({ ...g, split: e.target.value as 'train' | 'test' })} data-testid="editor.goal.split">
              <option value="train">{t('goal.trainingSet')}</option>
              <option value="test">{t('goal.testSet')}</option>
            </select>
          </Labelled>
          <Labelled label={t('goal.below')}>
            <NumberInput label={t('goal.lossBelow')} value={g.below} onChange={(v) => setGoal({ ...g, below: v })} testId="editor.goal.below" />
          </Labelled>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={!!g.hold} onChange={(e) => setGoal({ ...g, hold: e.target.checked || undefined })} data-testid="editor.goal.hold" />
            {t('goal.hold')}
          </label>
        </div>
      )}
      <div className="grid grid-cols-3 gap-2">
        <Labelled label={t('goal.budget')}>
          <NumberInput label={t('goal.budget')} value={draft.budget} min={10} max={5000} step={1} onChange={(v) => update((d) => ({ ...d, budget: Math.round(v) }))} testId="editor.budget" />
        </Labelled>
        <Labelled label={t('goal.seeds')}>
          <NumberInput label={t('goal.seeds')} value={draft.seeds} min={1} max={64} step={1} onChange={(v) => update((d) => ({ ...d, seeds: Math.round(v) }))} testId="editor.seeds" />
        </Labelled>
        <Labelled label={t('goal.stall')}>
          <NumberInput label={t('goal.stallNorm')} value={draft.stallGradNorm} min={0} onChange={(v) => update((d) => ({ ...d, stallGradNorm: v }))} testId="editor.stall" />
        </Labelled>
      </div>
    </Section>
  );
}
