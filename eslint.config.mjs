// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The engine's independence rule (README, "Browser facts this code relies on": one engine, three consumers).
 * engine/ is pure TypeScript that runs the same in the browser, on the server and in scripts,
 * so it may import no UI / GPU library and touch no DOM global. Example of what fails:
 *   // engine/x.ts
 *   import { useState } from 'react';       -> no-restricted-imports
 *   const w = window.innerWidth;             -> no-restricted-globals
 * Check it by hand with: npx eslint --stdin --stdin-filename engine/probe.ts < probe.ts
 */
const ENGINE_FORBIDDEN_IMPORTS = [
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', 'three', 'three/*'],
    message: 'engine/ is framework-free: no React, Next.js or three.js (README: one engine, three consumers).',
  },
  {
    group: ['@react-three/*', '@tensorflow/*'],
    message: 'engine/ is the float64 source of truth: no R3F or TF.js (the GPU adapter lives outside engine/).',
  },
  {
    group: ['@/app/*', '@/components/*', '**/app/*', '**/components/*'],
    message: 'engine/ may not depend on the web app; the app depends on the engine.',
  },
];

/** zod only through engine/zod.ts, which turns off its eval probe (blocked by the site's CSP). */
const ZOD_THROUGH_ENGINE = {
  name: 'zod',
  allowTypeImports: true,
  message: "import { z } from '@/engine/zod' (it configures zod for the site's Content-Security-Policy).",
};

const DOM_GLOBALS = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'self',
  'location', 'history', 'alert', 'confirm', 'prompt', 'requestAnimationFrame', 'cancelAnimationFrame',
  'HTMLElement', 'HTMLCanvasElement', 'Element', 'Event', 'CustomEvent', 'Image', 'OffscreenCanvas',
  'WebGLRenderingContext', 'WebGL2RenderingContext', 'GPU', 'matchMedia', 'getComputedStyle',
].map((name) => ({ name, message: `engine/ must not use the DOM global "${name}" (it also runs in Node).` }));

export default defineConfig(
  {
    ignores: [
      '.next/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**',
      'artifacts/**', 'out/**', 'data/**', '.sim-worker/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    rules: { 'no-restricted-imports': ['error', { paths: [ZOD_THROUGH_ENGINE] }] },
  },
  {
    // Core hook rules only; the React Compiler rules of the plugin's preset fight R3F's
    // deliberate per-frame mutation of refs and three.js objects. Hooks live in .ts files too
    // (components/*/use*.ts).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'mdx-components.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['engine/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ZOD_THROUGH_ENGINE], patterns: ENGINE_FORBIDDEN_IMPORTS }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
);
