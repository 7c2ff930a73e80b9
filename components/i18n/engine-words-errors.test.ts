import { describe, expect, it } from 'vitest';
import { TERRAIN_LIMITS, TerrainError, loadLevelJson, parseTerrain } from '@/engine';
import { newDraft, validateDraft, type Draft } from '@/components/editor/draft';
import { translatorFor } from '@/components/i18n/translate';
import { TERRAIN_ERROR_RULES, VALIDATION_RULES, matchText, terrainErrorIn, validationMessageIn } from '@/components/i18n/engine-words-errors';

const zh = translatorFor('engineWords', 'zh');
const han = /\p{Script=Han}/u;

/** The parser's message for a source (it must fail). */
function terrainMessage(src: unknown): string {
  try {
    parseTerrain(src as string);
  } catch (e) {
    if (e instanceof TerrainError) return e.message;
    throw e;
  }
  throw new Error(`${String(src)} parsed`);
}

const BAD_TERRAINS: unknown[] = [
  '2×x', 'x·y', '4÷x', 'x − y', 'x²', 'x³', 'π*x', '√x', 'z = x^2', '[x]', '{x}', 'x @ y', 'x\u0000',
  '1.', '1..2', '1.2.3', '1e999', '   ', 42,
  'x y', 'x 3', 'x (y)', 'x +', '+', 'sin x', 'sin', '(x', '(x y', 'min(x', 'min(x y)', 'x)', 'x, y', 'x ** 2', '*x',
  'min(x)', 'sin(x, y)', 'bump(x)', 'exp()',
  Array.from({ length: TERRAIN_LIMITS.maxNodes }, () => '1').join('+'),
  '('.repeat(TERRAIN_LIMITS.maxDepth + 1) + 'x' + ')'.repeat(TERRAIN_LIMITS.maxDepth + 1),
  '-'.repeat(TERRAIN_LIMITS.maxDepth + 2) + 'x',
  'Sin(x)', 'X', 'PI', 'foo', 'foo(x)', 'x'.repeat(TERRAIN_LIMITS.maxLength + 1),
];

describe('terrain errors in the engineWords catalogue', () => {
  it('recognizes every message of the parser and says the English again word for word', () => {
    for (const src of BAD_TERRAINS) {
      const message = terrainMessage(src);
      expect(matchText(TERRAIN_ERROR_RULES, message), message).toBe(message);
      const said = terrainErrorIn(message, zh);
      expect(said, message).toMatch(han);
      expect(said, message).not.toMatch(/Expected|Unexpected|Unknown|number|[a-z]{4,} [a-z]{4,} [a-z]{4,}/);
    }
  });

  it('says a typical slip in Chinese', () => {
    expect(terrainErrorIn(terrainMessage('2x'), zh)).toBe('此处应为运算符（+ - * / ^）或输入的结尾，却遇到了“x”。乘法要写出 *（例如 2*x）。');
    expect(terrainErrorIn(terrainMessage('min(x)'), zh)).toBe('min 需要 2 个参数，如 min(a, b)，但实际给了 1 个。');
    expect(terrainErrorIn(terrainMessage('x²'), zh)).toBe('意外的字符 \'²\' (U+00B2)：平方请写 ^2。');
    expect(terrainErrorIn('something else entirely', zh)).toBe('something else entirely');
  });
});

/** The level problems of a draft changed by `edit`. */
function problems(edit: (d: Draft) => Draft): { path: string; message: string }[] {
  const res = validateDraft(edit(newDraft()));
  return res.ok ? [] : res.errors;
}

describe('level problems in the engineWords catalogue', () => {
  const cases: [string, (d: Draft) => Draft][] = [
    ['empty title', (d) => ({ ...d, title: '' })],
    ['long title', (d) => ({ ...d, title: 'x'.repeat(200) })],
    ['empty goal', (d) => ({ ...d, goalText: '' })],
    ['budget', (d) => ({ ...d, budget: 5 })],
    ['budget high', (d) => ({ ...d, budget: 99999 })],
    ['budget fraction', (d) => ({ ...d, budget: 10.5 })],
    ['seeds', (d) => ({ ...d, seeds: 0 })],
    ['radius', (d) => ({ ...d, goal: { kind: 'region', center: [0, 0], radius: 0 } })],
    ['stars', (d) => ({ ...d, stars: [800, 600, 300] })],
    ['star range', (d) => ({ ...d, stars: [300, 600, 1200] })],
    ['range', (d) => ({ ...d, controls: { lr: { min: 0.5, max: 0.1 } } })],
    ['default outside', (d) => ({ ...d, defaults: { ...d.defaults, lr: 0.9 }, controls: { lr: { min: 0.01, max: 0.5 } } })],
    ['optimizer options', (d) => ({ ...d, defaults: { ...d.defaults, optimizer: 'adam' }, controls: { optimizer: { options: ['sgd', 'momentum'] } } })],
    ['locked solution', (d) => ({ ...d, solution: { momentum: 0.5 } })],
    ['solution range', (d) => ({ ...d, solution: { lr: 0.9 } })],
    ['intent', (d) => ({ ...d, intent: { idea: '', controls: ['momentum'], fix: {}, shortcuts: [], maxShortcutStars: 2 } })],
    ['batch', (d) => ({ ...d, defaults: { ...d.defaults, batchSize: 100 } })],
    ['terrain', (d) => ({ ...d, params: { terrain: { ...d.params.terrain, expr: 'x +' } } })],
    ['empty terrain', (d) => ({ ...d, params: { terrain: { ...d.params.terrain, expr: '' } } })],
    ['domain', (d) => ({ ...d, params: { terrain: { ...d.params.terrain, domain: { x: [3, -3], y: [-3, 3] } } } })],
    ['hints', (d) => ({ ...d, hints: ['a', 'b', 'c', 'd', 'e', 'f'] })],
    ['id', (d) => ({ ...d, id: 'Bad Id' })],
    ['nan', (d) => ({ ...d, budget: Number.NaN })],
    ['family param', (d) => ({ ...d, family: 'ravine', params: { ravine: { kappa: 0 } } })],
  ];

  it.each(cases)('%s: recognized, and said again in English word for word', (_, edit) => {
    const found = problems(edit);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(matchText(VALIDATION_RULES, p.message), `${p.path}: ${p.message}`).toBe(p.message);
      expect(validationMessageIn(p.message, zh), p.message).toMatch(han);
    }
  });

  it('reads the files’ own problems too', () => {
    for (const text of ['{', '[]', JSON.stringify({ version: 99 }), JSON.stringify({ ...JSON.parse(JSON.stringify(newDraft())), extra: 1 })]) {
      const res = loadLevelJson(text);
      expect(res.ok).toBe(false);
      if (res.ok) continue;
      for (const p of res.errors) {
        const recognized = matchText(VALIDATION_RULES, p.message);
        expect(recognized, p.message).toBe(p.message);
        expect(validationMessageIn(p.message, zh), p.message).toMatch(han);
      }
    }
  });

  it('says the common ones plainly', () => {
    expect(validationMessageIn('Too small: expected string to have >=1 characters', zh)).toBe('不能为空');
    expect(validationMessageIn('Too big: expected number to be <=5000', zh)).toBe('太大了：不能大于 5000');
    expect(validationMessageIn('default outside its control: lr must be between 0.01 and 0.5', zh)).toBe('默认值超出了可调范围：“学习率”必须在 0.01 到 0.5 之间');
    expect(validationMessageIn('batch size exceeds the 274 training rows of Palmer penguins', zh)).toBe('批量大小超过了 Palmer penguins 的 274 行训练数据');
    expect(validationMessageIn('x +', zh)).toBe('x +');
  });
});
