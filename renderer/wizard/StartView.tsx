import { knowledge, type Symptom } from '../../knowledge';
import { useT } from '../i18n';

/** The start: the problem in plain words, each with the error messages it covers, or "not sure". */
export function StartView({ onStart }: { onStart: (symptom?: Symptom) => void }) {
  const t = useT();
  return (
    <section className="card stack" aria-labelledby="start-title" data-testid="start">
      <div>
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="muted">{t('start.intro')}</p>
      </div>
      <ul className="symptom-list">
        {knowledge.symptoms.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              onClick={() => onStart(s.id)}
              data-testid="symptom"
              data-symptom={s.id}
              aria-labelledby={`symptom-${s.id}`}
              aria-describedby={`symptom-${s.id}-description`}
            >
              <span className="symptom-title" id={`symptom-${s.id}`}>
                {s.title}
              </span>
              <span className="symptom-description" id={`symptom-${s.id}-description`}>
                {s.description}
              </span>
              <span className="examples-label">{t('start.examples')}</span>
              <span className="examples">
                {s.examples.slice(0, 3).map((e) => (
                  <code key={e}>{e}</code>
                ))}
              </span>
              {s.examples.length > 3 && <span className="small-text muted">{t('start.moreExamples', { n: s.examples.length - 3 })}</span>}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="unsure" onClick={() => onStart()} data-testid="symptom" data-symptom="unsure">
            <span className="symptom-title">{t('start.unsure')}</span>
            <span className="symptom-description">{t('start.unsureHint')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
