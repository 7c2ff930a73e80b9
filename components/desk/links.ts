/**
 * Pure helpers of the desk page: the desk key in a URL fragment (`#key=…`), and the level or
 * playlist an edit link names (`/create/edit/<slug>#token=…`, `/create/playlist/<slug>#token=…`),
 * so a teacher can paste an old edit link to attach it. No browser or server code.
 */
import { DESK_KEY } from '@/content/contracts/desk';
import { PUBLIC_SLUG } from '@/content/contracts/api';
import type { AttachBody } from '@/content/contracts/desk';
import type { Translate } from '@/components/editor/i18n';

/** The desk key in a fragment "#key=…" (or a bare key), or null. */
export function deskKeyFromHash(hash: string): string | null {
  const m = /(?:^#?|&)key=([A-Za-z0-9_-]{1,200})(?:&|$)/.exec(hash);
  return m && DESK_KEY.test(m[1]) ? m[1] : null;
}

/** A desk key typed or pasted by the teacher: the key itself or its whole link; null when neither. */
export function deskKeyFromInput(input: string): string | null {
  const text = input.trim();
  if (DESK_KEY.test(text)) return text;
  const at = text.indexOf('#');
  return at < 0 ? null : deskKeyFromHash(text.slice(at));
}

/** What attaching an edit link sends, or the reason the text is not an edit link. */
export type ParsedEditLink = { ok: true; body: AttachBody } | { ok: false; reason: string };

/** Reads a pasted private edit link (absolute or a path; `t`: the `teacher` messages). */
export function parseEditLink(input: string, t: Translate): ParsedEditLink {
  const text = input.trim();
  if (!text) return { ok: false, reason: t('desk.attachWhy.empty') };
  let url: URL;
  try {
    url = new URL(text, 'http://localhost');
  } catch {
    return { ok: false, reason: t('desk.attachWhy.notLink') };
  }
  // A link from the Chinese edition (/zh/create/…) names the same level or playlist.
  const m = /^(?:\/zh)?\/create\/(edit|playlist)\/([^/]+)\/?$/.exec(url.pathname);
  if (!m || !PUBLIC_SLUG.test(m[2])) {
    return { ok: false, reason: t('desk.attachWhy.notEditLink', { level: '…/create/edit/<level>#token=…', playlist: '…/create/playlist/<playlist>#token=…' }) };
  }
  const token = /(?:^#|&)token=([A-Za-z0-9_-]{1,200})(?:&|$)/.exec(url.hash)?.[1];
  if (!token) return { ok: false, reason: t('desk.attachWhy.noToken') };
  if (DESK_KEY.test(token)) return { ok: false, reason: t('desk.attachWhy.onDesk') };
  return { ok: true, body: { kind: m[1] === 'edit' ? 'level' : 'playlist', slug: m[2], token } };
}
