import type { Metadata } from 'next';
import { CalibrationBench } from '@/components/editor/CalibrationBench';

export const metadata: Metadata = { title: 'Calibration benchmark (development)', robots: { index: false, follow: false } };

/** /dev/bench/calibrate: the editor's worker calibration, timed (read by `npm run bench`). */
export default function CalibrationBenchPage() {
  return <CalibrationBench />;
}
