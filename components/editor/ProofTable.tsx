/**
 * A level's proof as a table (issue 14): the intended fix's stars, each shortcut's best stars,
 * score and settings, and the plain verdict ("proven: only the idea wins" / "unproven: only lr
 * earns 3★ …"). Used by the editor's calibration (the browser's sweep) and the edit page (the
 * server's stored verdict). No state: renders on the server too. The verdict, the implied
 * shortcuts' labels and the settings are said in the page's language from the proof's data
 * (components/i18n/engine-words-proof.ts); a teacher's own shortcut labels stay as written.
 */
import { useTranslations } from 'next-intl';
import type { LevelProof } from '@/engine';
import { changeIn, proofLabelIn, proofVerdictIn } from '@/components/i18n/engine-words-proof';
import { proofBadge } from './intent';

const TONE = { ok: 'text-emerald-700', warn: 'text-amber-700', none: 'text-slate-600' } as const;

export function ProofTable({ proof, stale = false, source = 'editor' }: { proof: LevelProof | null; stale?: boolean; source?: 'editor' | 'server' }) {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  if (!proof) {
    return (
      <p className="text-xs text-slate-600" data-testid={`proof.${source}.none`}>
        {stale ? t('proof.stale') : source === 'server' ? t('proof.serverNone') : t('proof.editorNone')}
      </p>
    );
  }
  const badge = proofBadge(proof);
  return (
    <div className="flex flex-col gap-1 text-xs" data-testid={`proof.${source}`} data-status={proof.status}>
      <p className={`text-sm font-medium ${TONE[badge.tone]}`} role="status" data-testid={`proof.${source}.verdict`}>
        {proofVerdictIn(proof, tw)}
      </p>
      {proof.rows.length ? (
        <table className="w-full">
          <caption className="text-left text-slate-600">
            {t('proof.cap', {
              cap: String(proof.cap ?? ''),
              detail: proof.positions ? t(proof.full ? 'proof.positionsFull' : 'proof.positions', { n: String(proof.positions) }) : '',
            })}
          </caption>
          <thead className="text-left text-slate-500">
            <tr>
              <th className="py-1 pr-2">{t('proof.probe')}</th>
              <th className="pr-2">{t('proof.stars')}</th>
              <th className="pr-2">{t('proof.score')}</th>
              <th>{t('proof.settings')}</th>
            </tr>
          </thead>
          <tbody>
            {proof.rows.map((r) => {
              const bad = r.kind === 'fix' ? r.stars < 3 : proof.cap !== null && r.stars > proof.cap;
              return (
                <tr key={`${r.kind}:${r.label}`} className={`border-t border-slate-100 ${bad ? 'text-amber-800' : ''}`}>
                  <td className="py-0.5 pr-2">{r.kind === 'fix' ? <strong>{proofLabelIn(r, tw)}</strong> : proofLabelIn(r, tw)}</td>
                  <td className="pr-2">{'★'.repeat(r.stars) || '0★'}</td>
                  <td className="pr-2">{r.score}</td>
                  <td className="text-slate-600">{changeIn(r.change, tw)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
