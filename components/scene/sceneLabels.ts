/**
 * Every HTML label of the 3-D view as world-anchored text: the axes' ticks and titles (see
 * axes3d.ts) and the start / goal / min markers (see landmarks.ts), lifted to sit over their
 * 3-D marks. Pure, no three.js.
 */
import type { Goal } from '@/engine';
import { axesLayout } from './axes3d';
import type { Frame3D } from './frame3d';
import { markerLabels } from './landmarks';
import type { SceneLabel } from './LabelLayer';
import { EN, type Translate } from '@/components/i18n/translate';

/** World heights of the marker labels above the surface (the start pin's head is ~0.88 high). */
export const LABEL_LIFT = { start: 0.9, goal: 0.12, min: 0.06 } as const;

/** The axes' segments and all labels for a frame, a camera azimuth and the markers. */
export function sceneLabels(
  frame: Frame3D,
  azimuth: number,
  axes: readonly [string, string],
  start: readonly [number, number],
  goal: Goal,
  minimum: readonly [number, number] | null,
  t: Translate = EN,
): { segments: Float32Array; labels: SceneLabel[] } {
  const layout = axesLayout(frame, azimuth, axes, t);
  const labels: SceneLabel[] = layout.labels.map((l) => ({
    key: `axis.${l.key}`,
    text: l.text,
    world: l.world,
    kind: l.kind,
    placement: 'center',
    group: l.kind === 'tick' ? l.axis : undefined,
  }));
  for (const m of markerLabels(start, goal, minimum, t)) {
    const x = frame.clampX(m.at[0]);
    const y = frame.clampY(m.at[1]);
    const h =
      m.id === 'goal' && goal.kind === 'loss'
        ? Math.max(frame.lossY(goal.below), frame.surfaceY(x, y)) + LABEL_LIFT.goal
        : frame.surfaceY(x, y) + LABEL_LIFT[m.id];
    labels.push({
      key: `marker.${m.id}`,
      text: m.text,
      world: [frame.worldX(x), h, frame.worldZ(y)],
      kind: 'marker',
      placement: m.placement,
      testId: `scene.label.${m.id}`,
    });
  }
  return { segments: layout.segments, labels };
}
