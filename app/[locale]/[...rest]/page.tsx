import { notFound } from 'next/navigation';

/** Any address inside an edition that no page claims: that edition's 404 page. */
export default function UnknownPage() {
  notFound();
}
