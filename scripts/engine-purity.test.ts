import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The engine-purity lint rule (eslint.config.mjs) is real: it rejects UI, GPU and DOM use in engine/. */
describe('engine purity lint rule', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (code: string, filePath: string) => {
    const [res] = await eslint.lintText(code, { filePath });
    return res.messages.map((m) => m.ruleId);
  };

  it.each([
    ["import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ["import * as tf from '@tensorflow/tfjs';\nexport const x = tf;\n", 'no-restricted-imports'],
    ["import { Canvas } from '@react-three/fiber';\nexport const x = Canvas;\n", 'no-restricted-imports'],
    ["import * as THREE from 'three';\nexport const x = THREE;\n", 'no-restricted-imports'],
    ['export const w = window.innerWidth;\n', 'no-restricted-globals'],
    ["export const d = document.createElement('canvas');\n", 'no-restricted-globals'],
  ])('rejects %s in engine/', async (code, rule) => {
    expect(await lint(code, 'engine/probe.ts')).toContain(rule);
  });

  it('allows the same code outside engine/', async () => {
    expect(await lint('export const w = window.innerWidth;\n', 'components/probe.ts')).not.toContain('no-restricted-globals');
  });
});
