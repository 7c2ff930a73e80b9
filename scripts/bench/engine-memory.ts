/** Child process: peak memory of one scoring run, as growth of the process's peak RSS. */
import { scoreLevel, landscapeFor } from '../../engine';
import { scoringLevel, scoringSettings } from './engine';

const rssBefore = process.memoryUsage().rss;
const land = landscapeFor(scoringLevel, scoringSettings);
const result = scoreLevel(scoringLevel, scoringSettings, land);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ seeds: result.seeds.length, rssBeforeMB: rssBefore / 2 ** 20, peakRssMB: peak / 2 ** 20, growthMB: (peak - rssBefore) / 2 ** 20 }));
