import type { Evidence, Exchange } from '../../knowledge';
import { useT } from '../i18n';
import { answerLabel, questionText } from '../wizard/answers';
import { useLanguageEngine } from '../wizard/language-engine';

/** What a check saw: each request and its answer (secrets already masked), and what it concluded. */
export function EvidenceView({ evidence }: { evidence: Evidence }) {
  const t = useT();
  // What the check concluded reads as the answers do: the question and its answer, not a fact's name.
  const { knowledge } = useLanguageEngine().engine;
  return (
    <div className="evidence" data-testid="evidence">
      {evidence.concluded.length > 0 && (
        <>
          <h4>{t('evidence.concluded')}</h4>
          <ul>
            {evidence.concluded.map((c, i) => {
              const question = knowledge.questions.find((q) => q.fact === c.fact);
              return (
                <li key={i} data-fact={c.fact}>
                  {questionText(c.fact, question, t)} <strong>{answerLabel(question, c.value, t)}</strong> — {c.why}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {evidence.notes.length > 0 && (
        <>
          <h4>{t('evidence.notes')}</h4>
          <ul>
            {evidence.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      {evidence.tallies?.map((tally, i) => (
        <table key={i}>
          <caption className="small-text">{tally.label}</caption>
          <tbody>
            {Object.entries(tally.counts).map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{n}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {evidence.exchanges.length > 0 && <h4>{t('evidence.exchanges', { n: evidence.exchanges.length })}</h4>}
      {evidence.exchanges.map((exchange, i) => (
        <ExchangeView key={i} exchange={exchange} />
      ))}
    </div>
  );
}

function ExchangeView({ exchange }: { exchange: Exchange }) {
  const t = useT();
  const { request, response } = exchange;
  return (
    <details>
      <summary>
        <code>
          {request.method} {request.url}
        </code>{' '}
        {response ? t('evidence.status', { status: response.status }) : exchange.transcript ? null : t('evidence.noResponse')}{' '}
        <span className="muted">{t('evidence.duration', { ms: Math.round(exchange.durationMs) })}</span>
      </summary>
      <pre>{formatHeaders(request.headers)}</pre>
      {response && (
        <>
          <pre>{`HTTP ${response.status}\n${formatHeaders(response.headers)}`}</pre>
          {response.bodyExcerpt && <pre>{response.bodyExcerpt}</pre>}
        </>
      )}
      {exchange.transcript && <pre>{exchange.transcript.join('\n')}</pre>}
    </details>
  );
}

function formatHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}
