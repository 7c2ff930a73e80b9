/**
 * The course outline in Simplified Chinese: title and one-sentence summary for every slug of
 * content/course.ts (COURSE_OUTLINE). Plain data.
 */
export const COURSE_ZH: Readonly<Record<string, { readonly title: string; readonly summary: string }>> = {
  'mini-batches': {
    title: '小批量随机梯度下降与无偏梯度',
    summary: '为什么只用几个样本算出的梯度每一步都不准，平均而言却是对的。',
  },
  'batch-size-and-shuffling': {
    title: '批量大小、打乱与锯齿状的损失曲线',
    summary: '批量大小和数据顺序如何把平滑的下降变成锯齿。',
  },
  'sharp-minima': {
    title: '尖锐极小值与泛化差距',
    summary: '为什么大批量会停在狭窄的盆地里，一遇到新数据就失灵。',
  },
  'saddle-points': {
    title: '鞍点',
    summary: '平坦、位置高，却不是极小值：小球为何停滞不前，又是什么让它重新动起来。',
  },
  'ravines-and-momentum': {
    title: '峡谷与动量法',
    summary: '在陡峭的两壁之间来回弹跳，以及动量如何沿着谷底一路滚下去。',
  },
  'adagrad': {
    title: 'AdaGrad',
    summary: '每个参数各有一个学习率，以及它为什么会渐渐后劲不足。',
  },
  'rmsprop-and-adam': {
    title: 'RMSprop 和 Adam',
    summary: '会遗忘的移动平均，以及偏差校正究竟修正了什么。',
  },
  'normalization': {
    title: '规范化',
    summary: '通过重新缩放特征把被拉长的地形变圆，以及 BatchNorm 依赖批量统计量要付出的代价。',
  },
  'regularization': {
    title: '正则化',
    summary: '对权重的惩罚：为什么 L1 会把权重剪成恰好为零，而 L2 只会让它们缩小。',
  },
  'real-network': {
    title: '从玩具地形到真实网络',
    summary: '真实网络在真实数据上的损失：玩具例子里的结论哪些依然成立，一个切片又会掩盖什么。',
  },
};
