/**
 * Charts: one SVG line chart of per-step series for the player and the explanation pages, and
 * the pure tick helpers behind its axes (nice steps, labels, powers of ten).
 */
export { LineChart, type LineChartProps, type ChartSeries, type ChartGuide, type ChartBand } from './LineChart';
export { niceStep, niceTicks, niceDomain, formatTick, formatPowerOfTen, linearAxisTicks, logAxisTicks, type AxisTick } from './ticks';
