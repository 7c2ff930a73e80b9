'use client';
/**
 * /dev/bench/calibrate: runs the editor's auto-calibration of the benchmark level in the real
 * Web Worker and publishes the wall time on window.__calibrationBench for `npm run bench`.
 */
import { useEffect, useRef, useState } from 'react';
import { typicalLevel } from './bench-level';
import { useCalibration } from './useCalibration';

declare global {
  interface Window {
    __calibrationBench?: { ms: number; tried: number; best: number; solvable: boolean };
  }
}

export function CalibrationBench() {
  const t0 = useRef(0);
  const [line, setLine] = useState('running…');
  const { start } = useCalibration((findings) => {
    if (!findings) return; // only a proof (never asked for here)
    const ms = performance.now() - t0.current;
    window.__calibrationBench = { ms, tried: findings.tried, best: findings.bestScore, solvable: findings.solvable };
    setLine(`${findings.tried} combinations in ${ms.toFixed(0)} ms (best ${findings.bestScore})`);
  });
  useEffect(() => {
    t0.current = performance.now();
    start(typicalLevel(), { mode: 'grid', max: 200 });
  }, [start]);
  return (
    <p className="p-8 font-mono text-sm" data-testid="calibration-bench">
      {line}
    </p>
  );
}
