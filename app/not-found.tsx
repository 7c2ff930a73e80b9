import '@/app/globals.css';

/**
 * A 404 outside both editions (a path the proxy does not route to one, e.g. under /dev): a plain
 * English page with its own document, since the root layout passes through.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="bg-white font-sans text-slate-900">
        <div className="mx-auto max-w-xl px-4 py-20" data-testid="notfound.root">
          <p className="text-sm font-semibold uppercase tracking-wider text-indigo-700">404</p>
          <h1 className="mt-2 text-4xl font-bold tracking-tight" data-testid="notfound.title">
            This page rolled away
          </h1>
          <p className="mt-4 text-lg leading-8 text-slate-700">
            There is nothing at this address. <a href="/" className="text-indigo-700 underline">Go home</a>
          </p>
        </div>
      </body>
    </html>
  );
}
