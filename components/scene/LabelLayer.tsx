'use client';
/**
 * Text in the 3-D view without fonts or textures: plain HTML labels over the canvas (axis
 * ticks and titles, the start / goal / min markers), moved by {@link LabelProjector}, which runs
 * inside the canvas and projects each label's world point with the camera on every drawn frame,
 * writing a CSS transform only when the rounded position changed. An axis seen end-on (the loss
 * axis from the top, w₂ from the side) would pile its ticks up: a group whose neighbouring
 * tick labels would overlap is hidden. Scratch buffers allocated once per label set.
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { LabelPlacement } from './landmarks';

/** A label: text at a world point, styled by kind, offset from its anchor by placement. */
export interface SceneLabel {
  readonly key: string;
  readonly text: string;
  readonly world: readonly [number, number, number];
  readonly kind: 'tick' | 'title' | 'marker';
  readonly placement: LabelPlacement | 'center';
  readonly testId?: string;
  /** Ticks of one axis share a group (hidden together when they crowd). */
  readonly group?: string;
}

/** Tick labels are about this tall, and this wide per character plus padding (px). */
export const TICK_BOX = { height: 13, perChar: 6, pad: 8 } as const;

/** Whether two tick labels centred dx, dy apart (px) would overlap. */
export function ticksOverlap(dx: number, dy: number, charsA: number, charsB: number): boolean {
  const halfWidths = ((charsA + charsB) * TICK_BOX.perChar) / 2 + TICK_BOX.pad;
  return Math.abs(dx) < halfWidths && Math.abs(dy) < TICK_BOX.height;
}

/** The label elements, by index in the labels array (shared by the layer and the projector). */
export type LabelSlots = { current: (HTMLElement | null)[] };

const PLACE: Record<SceneLabel['placement'], string> = {
  above: '-translate-x-1/2 -translate-y-[calc(100%+6px)]',
  below: '-translate-x-1/2 translate-y-[6px]',
  right: 'translate-x-[8px] -translate-y-1/2',
  center: '-translate-x-1/2 -translate-y-1/2',
};

const KIND: Record<SceneLabel['kind'], string> = {
  tick: 'rounded-sm bg-white/75 px-0.5 text-[10px] leading-tight text-slate-700 tabular-nums',
  title: 'rounded bg-white/85 px-1 text-xs font-semibold text-slate-900',
  marker: 'rounded bg-slate-900/85 px-1.5 py-px text-[11px] font-semibold text-white shadow',
};

/** The HTML labels (absolutely placed; hidden until first projected). */
export function LabelLayer({ labels, slots }: { labels: readonly SceneLabel[]; slots: LabelSlots }) {
  slots.current.length = labels.length;
  return (
    <div className="pointer-events-none absolute inset-0 overflow-hidden" aria-hidden="true">
      {labels.map((l, i) => (
        <div
          key={l.key}
          ref={(el) => {
            slots.current[i] = el;
          }}
          className="absolute left-0 top-0 will-change-transform"
          style={{ visibility: 'hidden' }}
          data-testid={l.testId}
        >
          <span className={`block whitespace-nowrap ${PLACE[l.placement]} ${KIND[l.kind]}`}>{l.text}</span>
        </div>
      ))}
    </div>
  );
}

/** Projects the labels on each drawn frame (inside the canvas; renders nothing). */
export function LabelProjector({ labels, slots }: { labels: readonly SceneLabel[]; slots: LabelSlots }) {
  const v = useMemo(() => new Vector3(), []);
  const memo = useRef({ labels: [] as readonly SceneLabel[], last: new Float32Array(0), now: new Float32Array(0), crowded: new Set<string>() });

  useFrame(({ camera, size }) => {
    if (memo.current.labels !== labels) {
      const n = labels.length * 3;
      memo.current = { labels, last: new Float32Array(n).fill(Number.NaN), now: new Float32Array(n), crowded: new Set() };
    }
    const { last, now, crowded } = memo.current;
    camera.updateMatrixWorld();
    for (let i = 0; i < labels.length; i++) {
      const [wx, wy, wz] = labels[i].world;
      v.set(wx, wy, wz).project(camera);
      now[i * 3] = Math.round((v.x + 1) * size.width) / 2;
      now[i * 3 + 1] = Math.round((1 - v.y) * size.height) / 2;
      now[i * 3 + 2] = v.z > -1 && v.z < 1 && Math.abs(v.x) < 1.1 && Math.abs(v.y) < 1.1 ? 1 : 0;
    }
    // Ticks of a group are listed in order along their axis: compare neighbours.
    crowded.clear();
    for (let i = 1; i < labels.length; i++) {
      const g = labels[i].group;
      if (!g || labels[i - 1].group !== g) continue;
      const dx = now[i * 3] - now[i * 3 - 3];
      const dy = now[i * 3 + 1] - now[i * 3 - 2];
      if (ticksOverlap(dx, dy, labels[i].text.length, labels[i - 1].text.length)) crowded.add(g);
    }
    for (let i = 0; i < labels.length; i++) {
      const el = slots.current[i];
      if (!el) continue;
      const k = i * 3;
      const x = now[k];
      const y = now[k + 1];
      const g = labels[i].group;
      const shown = g && crowded.has(g) ? 0 : now[k + 2];
      if (last[k] === x && last[k + 1] === y && last[k + 2] === shown) continue;
      last[k] = x;
      last[k + 1] = y;
      last[k + 2] = shown;
      el.style.transform = `translate(${x}px, ${y}px)`;
      el.style.visibility = shown ? 'visible' : 'hidden';
    }
  });
  return null;
}
