// Levels that prove their point (issue 14), editor half: the stated intent travels with the
// draft, auto-calibration proposes a solution that uses the idea and warns when a shortcut
// scores higher ("Adam, lr 0.5" on a level meant to teach momentum), and the proof's verdict is
// the content test's sweep on the server's grid.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LevelProofSchema, loadLevel, type Level } from '@/engine';
import { getLevel } from '@/content/levels';
import { runCalibration } from './calibration';
import { draftToDoc, levelToDraft, newDraft, validateDraft } from './draft';
import { currentProof, shortcutFromCalibration, formatShortcutSettings, newIntent, parseShortcutSettings, proofKey, proveInEditor, usesIdea } from './intent';
import { say } from './i18n';
import { tEn } from './test-intl';
import { parseStoredDraft } from './storage';

function level(over: Record<string, unknown> = {}): Level {
  const res = loadLevel({ ...getLevel('ravine-momentum')!, ...over });
  if (!res.ok) throw new Error(JSON.stringify(res.errors));
  return res.level;
}
const ravine = getLevel('ravine-momentum')!;
/** The level: momentum meant, Adam and a wide rate allowed. */
const adamToo = () => level({ controls: { ...ravine.controls, optimizer: { options: ['sgd', 'momentum', 'adam'] }, lr: { min: 0.001, max: 0.5 } } });

describe('usesIdea', () => {
  it('momentum moved the fix’s way uses the idea; SGD, Adam or μ = 0 do not', () => {
    const l = level();
    const s = { ...DEFAULT_SETTINGS, batchSize: 64 };
    expect(usesIdea(l, { ...s, optimizer: 'momentum', momentum: 0.8, lr: 0.01 })).toBe(true);
    expect(usesIdea(l, { ...s, optimizer: 'momentum', momentum: 0, lr: 0.01 })).toBe(false);
    expect(usesIdea(l, { ...s, optimizer: 'sgd', lr: 0.039 })).toBe(false);
    expect(usesIdea(l, { ...s, optimizer: 'adam', lr: 0.5 })).toBe(false);
    expect(usesIdea(level({ intent: undefined }), { ...s, optimizer: 'adam' })).toBe(true);
  });
});

describe('auto-calibration respects the intent', () => {
  it('the issue’s level: proposes momentum and warns that Adam at lr 0.5 scores higher', () => {
    const l = adamToo();
    const f = runCalibration(l, { mode: 'grid', max: 200 });
    expect(f.solution.optimizer).toBe('momentum');
    expect(usesIdea(l, { ...f.bestSettings })).toBe(true);
    expect(f.shortcut?.settings.optimizer).toBe('adam');
    expect(f.shortcut!.score).toBeGreaterThan(f.bestScore);
    expect(say(tEn, f.warning!)).toMatch(/does not use the idea \(optimizer, momentum\): it is a shortcut/);
    expect(say(tEn, f.warning!)).toMatch(/optimizer adam, lr 0\.5/);
    // "Rule it out" turns it into a declared shortcut, which the proof then catches.
    const shortcut = shortcutFromCalibration(l, f.shortcut!.settings, tEn);
    expect(shortcut).toEqual({ label: 'optimizer=adam, any lr', settings: { optimizer: 'adam' }, sweep: ['lr'] });
    expect(proveInEditor({ ...l, intent: { ...l.intent!, shortcuts: [shortcut] } }).status).toBe('unproven');
  });

  it('no intent: the best overall, no warning', () => {
    const f = runCalibration(level({ intent: undefined }), { mode: 'grid', max: 50 });
    expect(f.warning).toBeNull();
    expect(f.shortcut).toBeNull();
  });
});

describe('the proof in the editor', () => {
  it('the built-in momentum level is proven on the content test’s grid', () => {
    const p = proveInEditor(level());
    expect(p).toMatchObject({ status: 'proven', verdict: 'proven: only the idea wins', full: true, cap: 2 });
    expect(p.rows[0]).toMatchObject({ kind: 'fix', stars: 3 });
    expect(LevelProofSchema.safeParse(p).success).toBe(true);
  });

  it('a lower three-star threshold lets plain SGD win: unproven, naming the shortcut', () => {
    const p = proveInEditor(level({ stars: [300, 600, 900] }));
    expect(p.status).toBe('unproven');
    expect(p.verdict).toMatch(/^unproven: only lr earns 3★ \(lr 0\.0\d+, score \d+\)/);
  });

  it('the issue’s level, Adam allowed: proven only until the teacher rules Adam out, then unproven', () => {
    const l = adamToo();
    // The optimizer carries the idea, so it is not swept alone: calibration's warning says Adam wins…
    expect(proveInEditor(l).status).toBe('proven');
    // …and declaring it as a shortcut makes the proof say so.
    const declared = { ...l, intent: { ...l.intent!, shortcuts: [{ label: 'Adam, any lr', settings: { optimizer: 'adam' as const }, sweep: ['lr' as const] }] } };
    const p = proveInEditor(declared);
    expect(p.status).toBe('unproven');
    expect(p.verdict).toMatch(/Adam, any lr earns 3★ \(optimizer adam, lr/);
  });

  it('a level without an intent: nothing to prove', () => {
    expect(proveInEditor(level({ intent: undefined }))).toMatchObject({ status: 'none', rows: [] });
  });

  it('a proof goes stale when the stars or the intent change', () => {
    const l = level();
    const d = { ...levelToDraft(l), proof: { key: proofKey(l), proof: proveInEditor(l) } };
    expect(currentProof(d, l)?.status).toBe('proven');
    expect(currentProof(d, { ...l, stars: [1, 2, 3] })).toBeNull();
    expect(currentProof(d, { ...l, intent: { ...l.intent!, maxShortcutStars: 1 } })).toBeNull();
  });
});

describe('the intent in the draft', () => {
  it('round-trips through the draft and the level document, validated by the engine', () => {
    const d = levelToDraft(level());
    expect(d.intent?.controls).toEqual(['optimizer', 'momentum']);
    expect(draftToDoc(d).intent).toEqual(ravine.intent);
    const res = validateDraft(d);
    expect(res.ok && res.level.intent?.idea).toBe(ravine.intent!.idea);
  });

  it('a new intent starts from the draft’s first unlocked control and solution; a bad one is a problem', () => {
    const d = newDraft();
    const intent = newIntent(d);
    expect(intent.controls).toEqual(['lr']);
    const bad = validateDraft({ ...d, intent: { ...intent, idea: 'x', controls: ['momentum'] } });
    expect(bad.ok).toBe(false);
  });

  it('a draft saved before intents loads with none', () => {
    const { intent: _i, proof: _p, ...old } = newDraft();
    const back = parseStoredDraft(JSON.stringify(old));
    expect(back?.intent).toBeNull();
    expect(back?.proof).toBeNull();
  });

  it('shortcut settings are typed as setting=value', () => {
    expect(parseShortcutSettings('optimizer=sgd, batchSize=64, biasCorrection=false', tEn)).toEqual({ ok: true, settings: { optimizer: 'sgd', batchSize: 64, biasCorrection: false } });
    expect(parseShortcutSettings('speed=3', tEn).ok).toBe(false);
    expect(parseShortcutSettings('lr=fast', tEn).ok).toBe(false);
    expect(parseShortcutSettings('', tEn)).toEqual({ ok: true, settings: {} });
    expect(formatShortcutSettings({ optimizer: 'momentum', lr: 0.02 })).toBe('optimizer=momentum, lr=0.02');
  });
});
