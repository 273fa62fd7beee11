import { memo } from 'react';
import { CHECK_IDS, type CheckId, type Evidence, type FactName, type FactSource, type FactValue, type Question } from '../../knowledge';
import { scanTextIn } from '../../knowledge/i18n/scan-report';
import { EvidenceView } from '../checks/EvidenceView';
import { useI18n, useT } from '../i18n';
import { answerLabel, isExactAnswer, questionText } from './answers';

export type PathEntry = {
  fact: FactName;
  question?: Question;
  value?: FactValue;
  dontKnow: boolean;
  source: FactSource;
  /** A check or log found another value; the admin's answer stands, and the difference is shown. */
  conflict?: { value: FactValue; source: FactSource };
};

/**
 * The path so far: every answer with where it came from. Any of them can be reopened and changed;
 * the machine then recomputes the diagnosis and drops answers that no longer apply.
 */
export const PathPanel = memo(function PathPanel({
  entries,
  currentFact,
  evidenceOf,
  canReopen,
  onReopen,
}: {
  entries: PathEntry[];
  currentFact?: FactName;
  evidenceOf: (check: string) => Evidence | undefined;
  canReopen: (fact: FactName) => boolean;
  onReopen: (fact: FactName) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <section className="card compact panel" aria-labelledby="path-title" data-testid="path">
      <h2 id="path-title">{t('path.title')}</h2>
      <p className="panel-sub">{t('path.intro')}</p>
      {entries.length === 0 ? (
        <p className="empty small-text">{t('path.empty')}</p>
      ) : (
        <ol className="path-list">
          {entries.map((entry) => {
            const question = questionText(entry.fact, entry.question, t);
            const evidence = entry.source.kind === 'check' ? evidenceOf(entry.source.check) : undefined;
            return (
              <li key={entry.fact} className={`path-item${entry.fact === currentFact ? ' current' : ''}`} data-testid="path-entry" data-fact={entry.fact}>
                <span className="q">{question}</span>
                <span className="a" translate={isExactAnswer(entry.fact) ? 'no' : undefined}>
                  {entry.dontKnow || entry.value === undefined ? t('question.dontKnow') : answerLabel(entry.question, entry.value, t)}
                </span>
                {canReopen(entry.fact) && (
                  <button type="button" className="small" onClick={() => onReopen(entry.fact)} aria-label={t('path.changeAria', { question })}>
                    {t('path.change')}
                  </button>
                )}
                {entry.source.kind !== 'user' && (
                  <span className="meta">
                    <SourceBadge source={entry.source} />
                    <span>{entry.source.kind === 'scan' ? scanTextIn(entry.source.why, locale) : entry.source.why}</span>
                  </span>
                )}
                {entry.conflict && entry.conflict.source.kind !== 'user' && (
                  <span className="meta conflict" data-testid="path-conflict">
                    {t('path.conflict', { value: answerLabel(entry.question, entry.conflict.value, t) })}
                    <SourceBadge source={entry.conflict.source} />
                  </span>
                )}
                {evidence && (
                  <details className="meta">
                    <summary>{t('path.showEvidence')}</summary>
                    <EvidenceView evidence={evidence} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
});

function SourceBadge({ source }: { source: Exclude<FactSource, { kind: 'user' }> }) {
  const t = useT();
  if (source.kind === 'check') {
    const title = (CHECK_IDS as readonly string[]).includes(source.check) ? t(`check.${source.check as CheckId}`) : source.check;
    return <span className="source-badge check">{t('source.check', { check: title })}</span>;
  }
  return <span className="source-badge scan">{t('source.scan', { file: source.file })}</span>;
}
