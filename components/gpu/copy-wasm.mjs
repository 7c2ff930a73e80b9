#!/usr/bin/env node
/**
 * Copies the TF.js WASM backend's binaries (tfjs-backend-wasm.wasm, -simd.wasm,
 * -threaded-simd.wasm) from node_modules to public/tfjs-wasm/, where the browser fetches them
 * (backend.ts sets the wasm paths to the URL prefix /tfjs-wasm/). Run before `next build` / `next dev`:
 *
 *   node components/gpu/copy-wasm.mjs [destination folder, default public/tfjs-wasm]
 *
 * Idempotent: a file already there with the same size and content is left alone.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import console from 'node:console';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const src = join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
const dest = resolve(root, process.argv[2] ?? join('public', 'tfjs-wasm'));

const files = readdirSync(src).filter((f) => f.endsWith('.wasm'));
if (files.length !== 3) {
  console.error(`copy-wasm: expected 3 .wasm files in ${src}, found ${files.length}: ${files.join(', ')}`);
  process.exit(1);
}
mkdirSync(dest, { recursive: true });
let copied = 0;
for (const f of files) {
  const from = join(src, f);
  const to = join(dest, f);
  if (existsSync(to) && statSync(to).size === statSync(from).size && readFileSync(to).equals(readFileSync(from))) continue;
  copyFileSync(from, to);
  copied++;
}
console.log(`copy-wasm: ${files.length} files in ${dest} (${copied} copied)`);
