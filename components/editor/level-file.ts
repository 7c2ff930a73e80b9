/**
 * Level files in and out of the editor: export writes the validated level in the versioned
 * format (pretty JSON); import reads text through the engine's size-limited, migrating,
 * validating loadLevelJson and turns a good level into a draft. Never throws.
 */
import { loadLevelJson, MAX_LEVEL_JSON, type Level } from '@/engine';
import { levelToDraft, type Draft } from './draft';
import type { Translate } from './i18n';

/** What an import gives: a new draft, or the problems (path and message each). */
export type LevelFileResult = { ok: true; draft: Draft; title: string } | { ok: false; errors: { path: string; message: string }[] };

/** Reads a level file's text (`t`: the `teacher` messages, for this file's own problems). */
export function importLevelText(text: string, t: Translate): LevelFileResult {
  if (text.length > MAX_LEVEL_JSON) return { ok: false, errors: [{ path: t('file.path.file'), message: t('file.overCharacters', { max: String(MAX_LEVEL_JSON) }) }] };
  const res = loadLevelJson(text);
  if (!res.ok) return { ok: false, errors: res.errors.length ? res.errors : [{ path: t('file.path.level'), message: t('file.notALevel') }] };
  return { ok: true, draft: levelToDraft(res.level), title: res.level.title };
}

/** The file name and text of an exported level. */
export function exportLevel(level: Level): { filename: string; text: string } {
  return { filename: `${level.id}.json`, text: `${JSON.stringify(level, null, 2)}\n` };
}
