'use client';
/**
 * A value that follows another once it rests: it takes the newest value after `restMs` without a
 * change, and at least every `maxWaitMs` while changes keep coming (so a view fed by it never
 * falls more than that behind, even when something changes on every frame). Disabled, it is the
 * value itself, with no delay.
 *
 * The player holds the 3-D view (useHeldValue, ViewProps.holdFrames) while settings differ from
 * their rested value when WebGL runs on a software rasterizer: a frame there costs ~240 ms, so
 * a 3-D redraw on every slider input would hold up the 2-D map beside it; this way the map
 * follows the slider at once and the 3-D view catches up when it rests.
 */
import { useEffect, useRef, useState } from 'react';

export interface RestTiming {
  readonly restMs: number;
  readonly maxWaitMs: number;
}

export function useRestingValue<T>(value: T, enabled: boolean, { restMs, maxWaitMs }: RestTiming): T {
  const [rested, setRested] = useState(value);
  const pendingSince = useRef<number | null>(null);
  const wasEnabled = useRef(enabled);
  useEffect(() => {
    const switchedOn = enabled && !wasEnabled.current;
    wasEnabled.current = enabled;
    if (!enabled || switchedOn) {
      // Off, or just switched on: nothing pending, and the rested value starts as the current one.
      pendingSince.current = null;
      if (switchedOn) setRested(() => value);
      return;
    }
    const now = performance.now();
    pendingSince.current ??= now;
    const wait = Math.max(0, Math.min(restMs, pendingSince.current + maxWaitMs - now));
    const id = setTimeout(() => {
      pendingSince.current = null;
      setRested(() => value);
    }, wait);
    return () => clearTimeout(id);
  }, [value, enabled, restMs, maxWaitMs]);
  return enabled ? rested : value;
}

/** The value as it was when `hold` was last false (the value itself while not held). */
export function useHeldValue<T>(value: T, hold: boolean): T {
  const kept = useRef(value);
  useEffect(() => {
    if (!hold) kept.current = value;
  }, [value, hold]);
  // Read during render on purpose: while held, the view keeps the props it last drew.
  return hold ? kept.current : value;
}
