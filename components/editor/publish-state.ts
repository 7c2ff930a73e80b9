/**
 * What the Publish button does, said before it is pressed (issue 14). The editor compares the
 * draft's level document with the one last stored on the server (`levelKey`: the document with
 * sorted keys), so a second press never silently duplicates a level:
 * - `new`: nothing published from this draft yet → "Publish" creates a level (POST: new share link);
 * - `published`: the draft is what the server has → nothing to publish (button disabled);
 * - `changed`: the draft differs → "Republish" replaces the same level (PUT: same slug, same
 *   share link; students get the new version, whose results start a new version);
 * - `unpublished`: the level was unpublished → "Publish again" (PUT) reopens the same link.
 * Pure: tested in node (publish-state.test.ts).
 */
import { draftToDoc, type Draft } from './draft';
import type { Translate } from './i18n';

export type PublishState = 'new' | 'published' | 'changed' | 'unpublished';

/** JSON with object keys sorted at every depth (arrays keep their order). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The key a draft's level document is compared by. */
export function levelKey(draft: Draft): string {
  return stableJson(draftToDoc(draft));
}

/** What the server holds for this draft: null when nothing was published from it. */
export interface StoredLevel {
  /** levelKey of the document last stored. */
  readonly key: string;
  readonly published: boolean;
}

/** The state of a draft against what is stored (see file note). */
export function publishState(draftKey: string, stored: StoredLevel | null): PublishState {
  if (stored === null) return 'new';
  if (!stored.published) return 'unpublished';
  return stored.key === draftKey ? 'published' : 'changed';
}

/** The button and the sentence beside it for a state. */
export interface PublishAction {
  readonly label: string;
  /** The request the button sends: create a level, replace the stored one, or nothing. */
  readonly method: 'POST' | 'PUT' | null;
  readonly note: string;
}

/** What the button does in a state (see file note; `t`: the `teacher` messages). */
export function publishAction(state: PublishState, t: Translate): PublishAction {
  switch (state) {
    case 'new':
      return { label: t('publish.action.publish'), method: 'POST', note: '' };
    case 'published':
      return { label: t('publish.action.published'), method: null, note: t('publish.note.published') };
    case 'changed':
      return { label: t('publish.action.republish'), method: 'PUT', note: t('publish.note.changed') };
    case 'unpublished':
      return { label: t('publish.action.publishAgain'), method: 'PUT', note: t('publish.note.unpublished') };
  }
}
