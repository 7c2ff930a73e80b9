// The explanation rules over every built-in level (the engine's own tests use fixture levels).
import { describe, it } from 'vitest';
import { expectWellFormedExplanation } from '@/engine/explain/test-helpers';
import { LEVELS } from '.';

describe('explainRun on the built-in levels', () => {
  it('every built-in level, defaults and solution: findings in priority order, finite numbers, JSON-clean, deterministic', () => {
    for (const level of LEVELS.values()) {
      for (const over of [{}, level.solution ?? {}]) {
        expectWellFormedExplanation(level, over);
      }
    }
  });
});
