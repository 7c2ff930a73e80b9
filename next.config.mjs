import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lessons are .mdx pages; .md is allowed for plain-prose pages.
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  // PGlite ships WASM + data files that must not be bundled (pglite issue #204).
  serverExternalPackages: ['@electric-sql/pglite'],
  reactStrictMode: true,
  poweredByHeader: false,
};

// Plugins are passed by NAME (strings) so the options are serializable for Turbopack.
const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    remarkPlugins: ['remark-gfm', 'remark-math'],
    rehypePlugins: ['rehype-katex'],
  },
});

export default withMDX(nextConfig);
