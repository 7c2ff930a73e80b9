import type { Metadata } from 'next';
import SceneDemo from '@/components/scene/SceneDemo';

export const metadata: Metadata = {
  title: 'Scene views (development)',
  robots: { index: false, follow: false },
};

/** /dev/scene: the 3-D and 2-D views on fabricated data, for development. */
export default function SceneDevPage() {
  return <SceneDemo />;
}
