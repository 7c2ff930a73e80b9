/**
 * What the player could change, phrased from the level's unlocked controls: an explanation
 * should only suggest settings the player can actually reach in this level.
 */
import type { Level } from '../level/schema';
import type { Settings } from '../settings';
import type { OptimizerId } from '../optim/types';
import { optimizerName } from '../settings-registry';

/** Optimizers the player may pick in this level (the current one when the optimizer is locked). */
export function availableOptimizers(level: Level, settings: Settings): readonly OptimizerId[] {
  return level.controls.optimizer?.options ?? [settings.optimizer];
}

/** "a, b or c". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Remedies for a stall at a saddle: momentum, an adaptive method, noise (those unlocked). */
export function saddleEscapes(level: Level, settings: Settings, reached = false): string {
  const opts = availableOptimizers(level, settings);
  const out: string[] = [];
  if (opts.includes('momentum') && settings.optimizer !== 'momentum') out.push(`momentum ${settings.momentum}`);
  if (opts.includes('adam') && settings.optimizer !== 'adam') out.push(optimizerName('adam'));
  else if (opts.includes('rmsprop') && settings.optimizer !== 'rmsprop') out.push(optimizerName('rmsprop'));
  const b = level.controls.batchSize;
  if (b && settings.batchSize > b.min) out.push(`the noise of a smaller batch (B = ${b.min})`);
  const list = out.length ? orList(out) : 'noise, momentum or an adaptive method';
  return `${capitalize(list)} would carry the ball through${reached ? ' sooner' : ''}.`;
}

/** Remedies for a plateau: keep rolling (momentum), adapt the step (RMSprop/Adam), larger lr. */
export function plateauRemedies(level: Level, settings: Settings): string {
  const opts = availableOptimizers(level, settings);
  const out: string[] = [];
  if (opts.includes('momentum') && settings.optimizer !== 'momentum') out.push('momentum keeps the ball rolling across flat ground');
  const adaptive = (['rmsprop', 'adam'] as const).filter((o) => opts.includes(o) && o !== settings.optimizer);
  if (adaptive.length) out.push(`${adaptive.map(optimizerName).join(' and ')} enlarge the steps where the gradient is small`);
  const lr = level.controls.lr;
  if (lr && settings.lr < lr.max) out.push(`a larger learning rate (up to ${lr.max}) covers more ground per step`);
  return out.length ? `${capitalize(out.join('; '))}.` : 'Momentum or an adaptive method would keep the ball moving.';
}

/** Remedies for a local minimum: momentum to roll over the ridge, or a different path. */
export function ridgeRemedies(level: Level, settings: Settings): string {
  const opts = availableOptimizers(level, settings);
  if (opts.includes('momentum') && settings.optimizer !== 'momentum') return 'Momentum can carry the ball over the ridge into the goal’s basin.';
  if (settings.optimizer === 'momentum' && level.controls.momentum) return 'More momentum can carry the ball over the ridge into the goal’s basin.';
  if (level.controls.lr) return 'A different learning rate sends the ball along another path, possibly into the goal’s basin.';
  return 'Another path (a different optimizer or batch size) may lead into the goal’s basin.';
}

/** First letter upper-case. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
