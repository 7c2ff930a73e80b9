/**
 * /explore/projection: an unscored demonstration (issue 15 item 4, after Li et al. 2018, §7).
 * A real network trains every weight, then its path is drawn on the plane of the path's own two
 * main directions, with the share of variance that plane keeps.
 */
import type { Metadata } from 'next';
import { ProjectionView } from '@/components/projection/ProjectionView';

export const metadata: Metadata = {
  title: 'Train every weight, watch the projection',
  description: 'Train all the weights of a small real network, then see its path projected onto the plane that shows it best, and what that projection leaves out.',
};

export default function ProjectionPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-12 sm:px-6">
      <h1 className="text-4xl font-bold tracking-tight text-slate-900">Train every weight, watch the projection</h1>
      <div className="mt-6 max-w-3xl space-y-4 text-lg leading-8 text-slate-700">
        <p>
          In the levels the ball rolls on a fixed two-dimensional slice: every weight but two is held still, so the map you see is the ground the ball really
          travels. A real network does not work like that. Here every weight of a small network moves at once, tens of them, on mini-batches of real rows,
          starting from its random initialization and ending near a minimum.
        </p>
        <p>
          Once training is over, we look back at the path and find the plane that shows it best: the two directions along which the weights moved the most (the
          path’s principal components, as Li et al. did in 2018). The path is drawn on that plane, over the loss measured on the plane itself, with the share of
          the path’s movement the plane keeps.
        </p>
        <p>
          A projection is a shadow, and a shadow can mislead. Every motion in the other directions is flattened away, so a path can seem to climb straight over a
          hill that it actually went around, and the contours under the line are the loss on the plane, not the loss the network had. The loss chart shows
          both, so you can see where they part.
        </p>
      </div>
      <div className="mt-10">
        <ProjectionView />
      </div>
    </div>
  );
}
