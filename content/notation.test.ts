/**
 * The notation page (/learn/notation) and the symbols the lessons use: one meaning per symbol,
 * the RMSprop default stated where ρ is explained, and no "full batch" for a with-replacement level.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseLessons, lessonSource } from './lessons';
import { parseLesson } from './lessons/outline';
import { LEVELS } from './levels';
import { DEFAULT_HYPER } from '@/engine/optim/registry';

const page = readFileSync(join(process.cwd(), 'content/pages/notation.mdx'), 'utf8');
const lessons = courseLessons().map((l) => ({ slug: l.slug, src: lessonSource(l.slug) ?? '' }));
/** The math of a lesson ($…$ and $$…$$). */
const math = (src: string) => (src.match(/\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g) ?? []).join(' ');

describe('notation page', () => {
  it('parses as MDX and defines every symbol once', () => {
    expect(() => parseLesson(page)).not.toThrow();
    for (const sym of ['\\eta', '\\mu', '\\beta_1', '\\beta_2', '\\rho', '\\epsilon', '\\delta', '\\kappa', '\\lambda_1', '\\lambda_2', '\\lambda_{\\max}', '$B$', '$N$', '$t$']) {
      expect(page, sym).toContain(sym);
    }
  });

  it('is linked from the course map and from every lesson page', () => {
    expect(readFileSync(join(process.cwd(), 'app/[locale]/learn/page.tsx'), 'utf8')).toContain('href="/learn/notation"');
    expect(readFileSync(join(process.cwd(), 'app/[locale]/learn/[slug]/page.tsx'), 'utf8')).toContain('href="/learn/notation"');
  });
});

describe('lessons keep to the notation', () => {
  it.each(lessons.map((l) => [l.slug, l.src]))('%s: no α in the math (η is the rate, μ the momentum)', (_slug, src) => {
    expect(math(src)).not.toMatch(/\\alpha/);
  });

  it('ε is only the tiny constant: Keskar’s box is δ, and no lesson writes ε for a rate', () => {
    for (const { src } of lessons) expect(math(src)).not.toMatch(/\\varepsilon/);
    const sharp = lessons.find((l) => l.slug === 'sharp-minima')!.src;
    expect(sharp).toContain('C_\\delta');
  });

  it('Adam is written with β₁, β₂, m, v (PyTorch and Kingma & Ba), RMSprop with ρ', () => {
    const adam = math(lessons.find((l) => l.slug === 'rmsprop-and-adam')!.src);
    expect(adam).not.toMatch(/\\rho_[12]|\\hat r|\\delta/);
    expect(adam).toContain('\\hat m_t');
    expect(adam).toContain('v_t = \\rho\\, v_{t-1}');
  });

  it('RMSprop’s ρ default is stated with both sources', () => {
    const src = lessons.find((l) => l.slug === 'rmsprop-and-adam')!.src;
    expect(src).toContain(`ρ = ${DEFAULT_HYPER.rho}, PyTorch's default (\`alpha\`); Hinton's lecture used 0.9`);
  });

  it('a level that samples with replacement is never called a full-batch run next to its name', () => {
    const replaced = [...LEVELS.values()].filter((lv) => lv.defaults.shuffle === 'replacement');
    expect(replaced.length).toBeGreaterThan(0);
    for (const { src } of lessons) {
      for (const para of src.split(/\n\s*\n/)) {
        for (const lv of replaced) {
          if (para.includes(lv.title) || para.includes(`/play/${lv.id}`)) expect(para, `${lv.id}: ${para.slice(0, 80)}`).not.toMatch(/full-batch run|full batch run/);
        }
      }
    }
  });
});
