import type { Metadata } from 'next';
import BenchHarness from '@/components/gpu/BenchHarness';

export const metadata: Metadata = {
  title: 'Benchmarks (development)',
  robots: { index: false, follow: false },
};

/** /dev/bench: the landscape-recompute benchmark that `npm run bench` reads (development). */
export default function BenchDevPage() {
  return <BenchHarness />;
}
