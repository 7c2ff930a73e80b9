'use client';
/**
 * The desk page without a key: "Make my desk" (the secret link is shown once, and the desk opens
 * only after the teacher says it is saved), or open a desk from its saved link.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { CopyLink } from '@/components/editor/CopyLink';
import { absolute } from '@/components/api/client';
import { createDesk } from './client';
import { deskKeyFromInput } from './links';
import { apiErrorText } from '@/components/editor/i18n';
import { useLocalePath } from '@/components/i18n/useLocalePath';

const BUTTON = 'rounded bg-indigo-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-40';

function RememberBox({ checked, onChange, testId }: { checked: boolean; onChange: (v: boolean) => void; testId: string }) {
  const t = useTranslations('teacher');
  return (
    <label className="flex items-start gap-2 text-sm text-slate-700">
      <input type="checkbox" className="mt-1" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      <span>{t('desk.rememberDevice')}</span>
    </label>
  );
}

export function NewDesk({ onOpen }: { onOpen: (key: string, remember: boolean) => void }) {
  const t = useTranslations('teacher');
  const localePath = useLocalePath();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<{ key: string; url: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const [remember, setRemember] = useState(false);
  const [typed, setTyped] = useState('');
  const [openError, setOpenError] = useState<string | null>(null);
  const [rememberOpened, setRememberOpened] = useState(false);
  const inputId = useId();

  const make = async () => {
    setBusy(true);
    setError(null);
    const res = await createDesk();
    setBusy(false);
    if (!res.ok) return setError(apiErrorText(t, res));
    // The secret link opens the desk in the reader's edition.
    setMade({ key: res.value.key, url: absolute(localePath(res.value.deskUrl), window.location.origin) });
  };

  const openTyped = (e: FormEvent) => {
    e.preventDefault();
    const key = deskKeyFromInput(typed);
    if (!key) return setOpenError(t('desk.notDeskLink'));
    setOpenError(null);
    onOpen(key, rememberOpened);
  };

  if (made)
    return (
      <section aria-labelledby="desk-save-heading" className="flex flex-col gap-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="desk.made">
        <h2 id="desk-save-heading" className="text-lg font-semibold text-slate-900">
          {t('desk.saveNow')}
        </h2>
        <p className="text-sm text-slate-800">{t('desk.saveNowLead')}</p>
        <CopyLink label={t('desk.secretLink')} url={made.url} testId="desk.link" />
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-1" checked={saved} onChange={(e) => setSaved(e.target.checked)} data-testid="desk.saved" />
          <span>{t('desk.saved')}</span>
        </label>
        <RememberBox checked={remember} onChange={setRemember} testId="desk.remember" />
        <button type="button" className={`${BUTTON} self-start`} disabled={!saved} onClick={() => onOpen(made.key, remember)} data-testid="desk.enter">
          {t('desk.openMine')}
        </button>
      </section>
    );

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="desk-make-heading" className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4">
        <h2 id="desk-make-heading" className="text-lg font-semibold text-slate-900">
          {t('desk.make')}
        </h2>
        <p className="text-sm text-slate-700">{t('desk.makeLead')}</p>
        <button type="button" className={`${BUTTON} self-start`} disabled={busy} onClick={() => void make()} data-testid="desk.make">
          {busy ? t('desk.making') : t('desk.make')}
        </button>
        {error ? (
          <p role="alert" className="text-sm text-red-700" data-testid="desk.make.error">
            {t('serverRefused', { error })}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="desk-open-heading" className="flex flex-col gap-2 rounded-lg border border-slate-200 p-4">
        <h2 id="desk-open-heading" className="text-lg font-semibold text-slate-900">
          {t('desk.openMine')}
        </h2>
        <form className="flex flex-col gap-2" onSubmit={openTyped}>
          <label htmlFor={inputId} className="text-sm text-slate-700">
            {t('desk.secretLink')}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id={inputId}
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono text-sm"
              placeholder="https://…/desk#key=…"
              data-testid="desk.open.input"
            />
            <button type="submit" className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300" data-testid="desk.open.button">
              {t('desk.open')}
            </button>
          </div>
          <RememberBox checked={rememberOpened} onChange={setRememberOpened} testId="desk.open.remember" />
          {openError ? (
            <p role="alert" className="text-sm text-red-700" data-testid="desk.open.error">
              {openError}
            </p>
          ) : null}
        </form>
      </section>
    </div>
  );
}
