/**
 * The player's line chart is the shared one in components/charts (re-exported here so the
 * player's lazy import keeps its path).
 */
export { LineChart, type LineChartProps, type ChartSeries } from '@/components/charts';
