/**
 * The course's small pieces speak the page's language: English exactly as before, Chinese from
 * the catalogue (a missing message would show its key).
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NextIntlClientProvider, createTranslator } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import type { Locale } from '@/content/i18n/locales';
import { ChoiceQuestion } from '@/components/quiz/ChoiceQuestion';
import { LandscapeSketch } from '@/components/home/landscape-sketch';
import { Stars } from './Stars';
import { importProgress } from './progress-file';

const render = (el: ReactElement, locale: Locale = 'en') => renderToStaticMarkup(createElement(NextIntlClientProvider, { locale, messages: CATALOGUES[locale], timeZone: 'UTC', children: el }));
const question = (picked: number | null, reveal: boolean) =>
  createElement(ChoiceQuestion, { question: 'Q?', choices: ['a', 'b'], answer: 1, why: 'Because.', picked, onPick: () => {}, reveal });

describe('course pieces in both editions', () => {
  it('a question: right, wrong, locked in', () => {
    expect(render(question(1, true))).toContain('Right.</strong> <span class="text-slate-700">Because.</span>');
    expect(render(question(0, true))).toContain('Not quite.</strong> <span class="text-slate-700">Try another answer.</span>');
    expect(render(question(0, true))).toContain('<span class="sr-only"> (your pick: not right)</span>');
    expect(render(question(0, false))).toContain('Locked in: “a”. Launch to find out.');
    expect(render(question(1, true), 'zh')).toContain('答对了。');
    expect(render(question(0, false), 'zh')).toContain('已锁定：“a”');
  });

  it('stars and the home sketch', () => {
    expect(render(createElement(Stars, { earned: 2 }))).toContain('<span class="sr-only">2 of 3 stars</span>');
    expect(render(createElement(Stars, { earned: 2 }), 'zh')).toContain('2 / 3 星');
    expect(render(createElement(LandscapeSketch))).toContain('>Contour lines of a narrow valley; a ball zig-zags between its walls on the way to the bottom.</title>');
    expect(render(createElement(LandscapeSketch), 'zh')).toMatch(/<title[^>]*>[^<]*\p{Script=Han}/u);
  });

  it('a refused progress file, said in either language', () => {
    const t = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale], namespace: 'course.progress' }) as unknown as (key: string, values?: Record<string, string>) => string;
    for (const text of ['not json', '{"format":"nope"}', 'x'.repeat(300_000)]) {
      const res = importProgress(text);
      if (res.ok) throw new Error('accepted');
      expect(t('en')(res.problem.key, res.problem.values)).toBe(res.error);
      expect(t('zh')(res.problem.key, res.problem.values)).toMatch(/\p{Script=Han}/u);
    }
  });
});
