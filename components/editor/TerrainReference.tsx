/**
 * The terrain language's reference beside the terrain field: grammar, variables and constants,
 * operators, every function with its one-line meaning, and the limits. Everything is read from
 * engine/terrain/reference.ts (itself read from the parser's tables), so it shows what the
 * parser accepts. No state: it renders on the server as plain, collapsible HTML. Everything is
 * in the page's edition: the headings from the `teacher` messages, the entries' meanings from
 * `engineWords` (components/i18n/engine-words.ts); names, operators and rules stay as typed.
 */
import { useTranslations } from 'next-intl';
import { TERRAIN_REFERENCE } from '@/engine/terrain/reference';
import {
  grammarNoteIn, terrainFunctionDocIn, terrainLimitIn, terrainNameDocIn, terrainNotesIn, terrainOperatorDocIn,
} from '@/components/i18n/engine-words';

const TH = 'px-2 py-1 text-left font-medium text-slate-700';
const TD = 'px-2 py-1 align-top';
const CODE = 'font-mono text-slate-900';

export function TerrainReference() {
  const t = useTranslations('teacher');
  const tw = useTranslations('engineWords');
  const r = TERRAIN_REFERENCE;
  return (
    <details className="rounded border border-slate-200 bg-slate-50 text-xs text-slate-700" data-testid="editor.terrain.reference">
      <summary className="cursor-pointer select-none px-2 py-1 font-medium text-slate-800">
        {t('terrainRef.summary')}
      </summary>
      <div className="flex flex-col gap-3 px-2 pb-2 pt-1">
        <section aria-labelledby="terrain-ref-names">
          <h4 id="terrain-ref-names" className="mb-1 font-semibold text-slate-800">{t('terrainRef.names')}</h4>
          <ul className="flex flex-col gap-0.5">
            {[...r.variables, ...r.constants].map((v) => (
              <li key={v.name}>
                <code className={CODE}>{v.name}</code> — {terrainNameDocIn(v, tw)}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="terrain-ref-ops">
          <h4 id="terrain-ref-ops" className="mb-1 font-semibold text-slate-800">{t('terrainRef.operators')}</h4>
          <ul className="flex flex-col gap-0.5">
            {r.operators.map((o) => (
              <li key={o.symbol}>
                <code className={CODE}>{o.symbol}</code> — {terrainOperatorDocIn(o, tw)}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="terrain-ref-fns">
          <h4 id="terrain-ref-fns" className="mb-1 font-semibold text-slate-800">{t('terrainRef.functions')}</h4>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse" data-testid="editor.terrain.reference.functions">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className={TH}>{t('terrainRef.call')}</th>
                  <th scope="col" className={TH}>{t('terrainRef.meaning')}</th>
                </tr>
              </thead>
              <tbody>
                {r.functions.map((f) => (
                  <tr key={f.name} className="border-b border-slate-100 last:border-0">
                    <td className={`${TD} whitespace-nowrap`}>
                      <code className={CODE}>{f.signature}</code>
                    </td>
                    <td className={TD}>{terrainFunctionDocIn(f, tw)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="terrain-ref-limits">
          <h4 id="terrain-ref-limits" className="mb-1 font-semibold text-slate-800">{t('terrainRef.limits')}</h4>
          <ul className="flex flex-col gap-0.5" data-testid="editor.terrain.reference.limits">
            {r.limits.map((l) => {
              const { label, doc } = terrainLimitIn(l, tw);
              return (
                <li key={l.key}>
                  {t.rich('terrainRef.limit', { label, value: String(l.value), doc, name: (chunks) => <span className="font-medium">{chunks}</span> })}
                </li>
              );
            })}
          </ul>
        </section>

        <section aria-labelledby="terrain-ref-rules">
          <h4 id="terrain-ref-rules" className="mb-1 font-semibold text-slate-800">{t('terrainRef.notes')}</h4>
          <ul className="list-disc pl-4">
            {terrainNotesIn(tw).map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="terrain-ref-grammar">
          <h4 id="terrain-ref-grammar" className="mb-1 font-semibold text-slate-800">{t('terrainRef.grammar')}</h4>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-1">
            {r.grammar.map((g) => (
              <div key={g.name} className="contents">
                <dt className={`${CODE} font-semibold`}>{g.name}</dt>
                <dd>
                  <code className={`${CODE} break-words`}>{g.rule}</code>
                  <div className="text-slate-500">{grammarNoteIn(g, tw)}</div>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </details>
  );
}
