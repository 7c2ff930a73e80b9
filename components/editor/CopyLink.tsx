'use client';
/** A link shown in a read-only box with a copy button. */
import { useState } from 'react';
import { useTranslations } from 'next-intl';

export function CopyLink({ label, url, testId }: { label: string; url: string; testId: string }) {
  const t = useTranslations('teacher');
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1 text-xs">
      <span className="font-medium text-slate-700">{label}</span>
      <div className="flex gap-2">
        <input readOnly value={url} className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 font-mono" onFocus={(e) => e.target.select()} data-testid={testId} aria-label={label} />
        <button
          type="button"
          className="rounded px-2 py-1 ring-1 ring-slate-300"
          data-testid={`${testId}.copy`}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              setCopied(true);
              setTimeout(() => setCopied(false), 1500);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t('links.copied') : t('links.copy')}
        </button>
      </div>
    </div>
  );
}
