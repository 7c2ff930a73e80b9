import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';

/** Headers every response carries (checked in app/_server/http/csp.test.ts and e2e/security.spec.ts). */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=(), browsing-topics=()',
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lessons are .mdx pages; .md is allowed for plain-prose pages.
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  // PGlite ships WASM + data files that must not be bundled (pglite issue #204). Piscina starts
  // its workers from a file next to its own module (`__dirname`), which bundling would move.
  serverExternalPackages: ['@electric-sql/pglite', 'piscina'],
  reactStrictMode: true,
  poweredByHeader: false,
  // Security headers on every response; the Content-Security-Policy is set per path by
  // proxy.ts (app/_server/http/csp.ts).
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  // Lesson 8 was split into /learn/normalization and /learn/regularization.
  async redirects() {
    return [
      { source: '/learn/normalization-and-regularization', destination: '/learn/normalization', permanent: true },
      { source: '/zh/learn/normalization-and-regularization', destination: '/zh/learn/normalization', permanent: true },
    ];
  },
};

// Plugins are passed by NAME (strings) so the options are serializable for Turbopack.
const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    remarkPlugins: ['remark-gfm', 'remark-math'],
    rehypePlugins: ['rehype-katex'],
  },
});

// next-intl: the message catalogues of both editions (content/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./content/i18n/request.ts');

export default withNextIntl(withMDX(nextConfig));
