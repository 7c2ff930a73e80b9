/**
 * The measured phenomena's names in Chinese (the folded "实测" boxes of the lessons), keyed by
 * the ids of engine/phenomena/table.ts and content/datasets/network-phenomena.ts. The condition a
 * test holds each number to is shown as the formula it is, in both editions.
 */
export const PHENOMENA_ZH: Readonly<Record<string, string>> = {
  'epoch-mean': '一个迭代周期内批量梯度的平均 = 全梯度',
  'running-mean': '批量梯度的累计平均 → 全梯度',
  'batch-variance-1': '批量梯度的方差，B = 1',
  'batch-variance-8': '批量梯度的方差，B = 8',
  'batch-variance-64': '批量梯度的方差，B = 64',
  'loss-roughness': '损失曲线的粗糙度随 B 增大而下降',
  'epoch-periodicity': '有序数据、不打乱：损失的周期 = 1 个迭代周期',
  'flat-basin-rate': '64 个随机种子中落入平坦盆地的比例，B = 4 对比 B = N = 64',
  'sharp-vs-flat': '尖锐极小值：尖锐度更高，测试与训练的差距更大',
  'early-stopping': '早停救不了大批量',
  'saddle-eigenvalues': '鞍点处的 Hessian矩阵特征值',
  'saddle-escape': '梯度下降停在鞍点；噪声、动量法和 Adam 能逃离',
  'ravine-momentum': '峡谷中的动量法：之字形更少，更早到达目标',
  'ravine-stability': '学习率略高于 2/λmax 时梯度下降发散',
  'rare-feature': 'AdaGrad 更快地拟合稀有特征',
  'rate-decay': '长斜坡上 AdaGrad 的有效学习率崩塌；RMSprop 的保持不变',
  'adam-bias': '不做偏差校正的 Adam：第一步太大',
  standardization: '标准化：条件数与稳定上限 2/λmax',
  'batchnorm-batch-size': 'BatchNorm：B = 64 时正常，B = 2 时变差',
  'l1-vs-l2': 'L1 把无关权重压到 0；L2 只会缩小它',
  'network-training-plane': 'penguins 网络，训练全部权重（lr 0.1，μ 0.9，B 32，1000 步）：轨迹的前两个主方向',
  'network-centre-curvature': 'penguins 分类器（4 → 8 tanh → 3）：训练好的中心 θ₀ 处切片的 Hessian矩阵',
  'network-standardization': 'cars 回归（用马力和车重预测 mpg，8 个 tanh 单元）：原始特征对比标准化特征',
  'network-batch-size': 'penguins 切片，SGD 训练 1000 步：批量 4 对比全批量（274 行），各用适合自己的学习率，8 个随机种子的终点',
};
