import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { CATALOGUES } from '@/content/i18n/messages/catalogue';
import { getLevel } from '@/content/levels';
import { DEFAULT_SETTINGS, levelDefaults } from '@/engine';
import { describeView } from '@/components/scene/describe';
import { markerLabels } from '@/components/scene/landmarks';
import { summarizeSeries } from '@/components/charts/summary';
import { backendWords } from './backend-words';
import { lockedParts } from './controls/locked-line';
import { computeRun } from './run';
import { summarize } from './summary';
import type { Translate } from '@/components/i18n/translate';

/** The Chinese player catalogue; a missing key or a bad message fails the test. */
const zh = createTranslator({
  locale: 'zh',
  messages: CATALOGUES.zh,
  namespace: 'player',
  onError: (e) => {
    throw e;
  },
}) as unknown as Translate;
const han = /\p{Script=Han}/u;

describe('the player in Chinese', () => {
  it('summarizes runs', () => {
    const saddle = getLevel('saddle-escape')!;
    const s = levelDefaults(saddle);
    expect(summarize(saddle, s, computeRun(saddle, s, 1), zh)).toMatch(/^在鞍点附近停滞 \d+ 步后，步数用完了（梯度范数低于 .+）（\d+ 个种子中有 \d+ 个到达目标）。$/);
    const ravine = getLevel('ravine-momentum')!;
    const fast = { ...levelDefaults(ravine), lr: 0.05 };
    expect(summarize(ravine, fast, computeRun(ravine, fast, 1), zh)).toMatch(/^在第 \d+ 步发散：学习率 0\.05 是起点处稳定上限 2\/λmax = 0\.04 的 1\.2\d 倍/);
    const held = getLevel('noise-floor')!;
    const solved = { ...levelDefaults(held), ...held.solution };
    expect(summarize(held, solved, computeRun(held, solved, 1), zh)).toMatch(/^从第 \d+ 步起直到最后一步（共 300 步），训练损失一直低于 1\.85/);
  });

  it('labels and describes the views', () => {
    const surface = { nx: 2, ny: 2, x: [-1, 1] as const, y: [0, 2] as const, values: new Float32Array(4), min: 0, max: 9 };
    const text = describeView({ surface, axes: ['a (direction 1)', 'w₂'], start: [0.5, 1], goal: { kind: 'loss', split: 'test', below: 0.1, hold: true }, heightMode: 'log' }, '2-D', zh);
    expect(text).toBe('损失的等高线图（对数刻度）：a（方向 1） 从 -1 到 1，w₂ 从 0 到 2，损失从 0 到 9；小球从 (0.5, 1) 出发；目标是测试损失低于 0.1，并保持到最后一步。');
    expect(markerLabels([0, 0], { kind: 'loss', split: 'test', below: 0.05 }, [1, 1], zh).map((l) => l.text)).toEqual(['起点', '目标：测试损失 < 0.05', '最小值']);
  });

  it('words the controls, the backend and the charts', () => {
    expect(lockedParts(['batchSize', 'shuffle'], { ...DEFAULT_SETTINGS, batchSize: 1, shuffle: 'epoch' }, 1, zh)).toEqual(['批量大小 B 1（全部样本：完整梯度）']);
    expect(lockedParts(['optimizer', 'shuffle'], { ...DEFAULT_SETTINGS, optimizer: 'momentum', shuffle: 'once' }, 8, zh)).toEqual(['优化器 动量法', '打乱方式 只打乱一次']);
    expect(backendWords('webgpu', false, { nx: 256, ny: 256 }, 12.4, zh)).toEqual({ plain: '地形由你的 GPU 通过 WebGPU 计算', detail: '后端：webgpu · 256×256 网格 · 12 毫秒' });
    expect(backendWords('js', false, null, null, zh).plain).toMatch(han);
    expect(summarizeSeries([{ label: '训练集', values: Float64Array.of(NaN, 1.5, 0.25) }, { label: '测试集', values: Float64Array.of(NaN) }], 2, zh)).toBe(
      '训练集：从第 1 步的 1.5 到第 2 步的 0.25；测试集：尚无数值。',
    );
  });
});
