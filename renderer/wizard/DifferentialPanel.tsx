import { memo, useEffect, useRef } from 'react';
import { symptomOf, type CauseId, type CauseStatus, type Status, type Symptom } from '../../knowledge';
import { StatusBadge } from '../components/StatusBadge';
import { useT } from '../i18n';
import { useLanguageEngine } from './language-engine';

/**
 * The differential diagnosis, always in view: every cause of the problem with its status and why,
 * updated as answers arrive, ranked by the engine (ruled-out last). It needs statuses only, never the
 * causes' rendered solutions (the engine's assess call). A cause whose status just changed is marked
 * for a moment, and the counts are announced to screen readers.
 */
export const DifferentialPanel = memo(function DifferentialPanel({ statuses: rows, symptom }: { statuses: readonly CauseStatus[]; symptom?: Symptom }) {
  const t = useT();
  const { knowledge } = useLanguageEngine().engine;
  const previous = useRef<Map<CauseId, Status> | undefined>(undefined);
  const changed = new Set(rows.filter((r) => previous.current && previous.current.get(r.id) !== r.status).map((r) => r.id));
  useEffect(() => {
    previous.current = new Map(rows.map((r) => [r.id, r.status]));
  });

  const count = (status: Status) => rows.filter((r) => r.status === status).length;
  const groups = symptom ? [{ symptom, rows }] : knowledge.symptoms.map((s) => ({ symptom: s.id, rows: rows.filter((r) => symptomOf(r.id) === s.id) }));

  return (
    <section className="card compact panel" aria-labelledby="differential-title" data-testid="differential">
      <h2 id="differential-title">{t('differential.title')}</h2>
      <p className="panel-sub" aria-live="polite" data-testid="differential-summary">
        {t('differential.summary', { confirmed: count('confirmed'), likely: count('likely'), possible: count('possible'), ruledOut: count('ruled-out') })}
      </p>
      {groups.map((group) => (
        <div key={group.symptom}>
          {!symptom && <h3 className="small-text">{knowledge.symptoms.find((s) => s.id === group.symptom)?.title}</h3>}
          <ul className="cause-list">
            {group.rows.map((row) => (
              <li key={row.id} className={`cause-item ${row.status}${changed.has(row.id) ? ' changed' : ''}`} data-testid="differential-cause" data-cause={row.id} data-status={row.status}>
                <details>
                  <summary>
                    <StatusBadge status={row.status} />
                    <span className="cause-title">{row.title}</span>
                  </summary>
                  {row.because.length > 0 ? (
                    <ul className="why">
                      {row.because.map((b, i) => (
                        <li key={i}>{b}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="why">{t('differential.nothingYet')}</p>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
});
