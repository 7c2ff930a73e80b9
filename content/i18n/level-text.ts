/**
 * A level in an edition: the same level with its readable texts (title, goal, hints, solution,
 * prediction, idea) in that language. Numbers, settings and the landscape never change, so a
 * run scores the same in both editions. A teacher's level carries its own language and is shown
 * as written.
 */
import type { Level } from '@/engine';
import type { Locale } from './locales';
import { LEVEL_TEXTS_ZH } from '../levels/zh';

/** The level with its texts in `locale` (the level itself when it has none there). */
export function levelIn<L extends Level>(level: L, locale: Locale): L {
  const zh = locale === 'zh' ? LEVEL_TEXTS_ZH[level.id] : undefined;
  if (!zh) return level;
  return {
    ...level,
    title: zh.title,
    goalText: zh.goalText,
    hints: zh.hints,
    solutionText: zh.solutionText ?? level.solutionText,
    prediction: level.prediction && zh.prediction ? { ...level.prediction, ...zh.prediction } : level.prediction,
    intent: level.intent && zh.idea ? { ...level.intent, idea: zh.idea } : level.intent,
  };
}
