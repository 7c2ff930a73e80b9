import { describe, expect, it } from 'vitest';
import { draftToDoc, levelToDraft, newDraft, validateDraft } from './draft';
import { parseStoredDraft } from './storage';

describe("a teacher's level carries its own language", () => {
  it('a level started in the Chinese editor is published as Chinese, and stays so when edited', () => {
    const d = newDraft({ title: '我的关卡', goalText: '到达目标区域。', lang: 'zh' });
    const res = validateDraft(d);
    expect(res.ok && res.level.lang).toBe('zh');
    expect(res.ok && levelToDraft(res.level).lang).toBe('zh');
  });
  it('an English level writes no lang (the default), and a draft saved before editions reads as English', () => {
    expect(draftToDoc(newDraft()).lang).toBeUndefined();
    const { lang: _lang, ...old } = newDraft();
    expect(parseStoredDraft(JSON.stringify(old))?.lang).toBe('en');
  });
});
