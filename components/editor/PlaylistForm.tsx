'use client';
/**
 * The playlist's title and ordered levels (shared by /create/playlist and the edit page). The
 * parent owns the state; this view adds, reorders and removes through playlist-draft.ts.
 */
import { useTranslations } from 'next-intl';
import { LevelPicker } from './LevelPicker';
import { PlaylistList } from './PlaylistList';
import { Section, TextInput } from './fields';
import { MAX_PLAYLIST_ITEMS, MAX_PLAYLIST_TITLE } from '@/content/contracts/api';
import { addEntry, type CatalogueGroup, type PlaylistEntry } from './playlist-draft';

export interface PlaylistFormProps {
  readonly catalogue: readonly CatalogueGroup[];
  readonly title: string;
  readonly entries: readonly PlaylistEntry[];
  readonly onTitle: (t: string) => void;
  readonly onEntries: (e: PlaylistEntry[]) => void;
}

export function PlaylistForm({ catalogue, title, entries, onTitle, onEntries }: PlaylistFormProps) {
  const t = useTranslations('teacher');
  return (
    <div className="flex flex-col gap-4" data-testid="playlist.editor">
      <Section title={t('playlist.titleSection')} testId="playlist.editor.titleSection">
        <TextInput label={t('playlist.titleLabel', { max: String(MAX_PLAYLIST_TITLE) })} value={title} onChange={onTitle} testId="playlist.editor.title" maxLength={MAX_PLAYLIST_TITLE * 2} />
      </Section>
      <Section title={t('playlist.levelsSection', { n: String(entries.length), max: String(MAX_PLAYLIST_ITEMS) })} testId="playlist.editor.levels">
        <PlaylistList entries={entries} onChange={onEntries} />
        <LevelPicker
          catalogue={catalogue}
          onAdd={(entry) => {
            const res = addEntry(entries, entry, t);
            if (!res.ok) return res.error;
            onEntries(res.list);
            return null;
          }}
        />
      </Section>
    </div>
  );
}
