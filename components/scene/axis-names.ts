/**
 * The landscapes' axis names (engine/landscape: "w₁", "a (direction 1)", "w₁ (age,
 * standardized)"…) in the reader's language: the known ones are axes.<key> in the player
 * catalogue, anything else (a plain "w₁") is shown as it is. Pure.
 */
import { EN, type Translate } from '@/components/i18n/translate';

const KEYS: Readonly<Record<string, string>> = {
  'a (direction 1)': 'direction1',
  'b (direction 2)': 'direction2',
  'w₁ (per year of age)': 'perYear',
  'w₂ (per unit of salary)': 'perSalary',
  'w₁ (age, standardized)': 'ageStd',
  'w₂ (salary, standardized)': 'salaryStd',
  'w₁ (dense feature)': 'dense',
  'w₂ (rare feature)': 'rare',
  'w₁ (bias-like feature)': 'biasLike',
  'w₂ (cat-vs-dog feature)': 'catDog',
};

/** An axis's name as the reader reads it. */
export function axisNameIn(name: string, t: Translate = EN): string {
  const key = KEYS[name];
  return key ? t(`axes.${key}`) : name;
}

/** Both axes of a view. */
export function axisNamesIn(axes: readonly [string, string], t: Translate = EN): [string, string] {
  return [axisNameIn(axes[0], t), axisNameIn(axes[1], t)];
}
