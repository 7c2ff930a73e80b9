import { ProsePage, prosePageMetadata } from '@/components/mdx/ProsePage';

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = (p: Params) => prosePageMetadata('aboutTheMath', p);

export default function Page({ params }: Params) {
  return <ProsePage name="aboutTheMath" params={params} />;
}
