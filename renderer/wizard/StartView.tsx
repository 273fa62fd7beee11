import { useState } from 'react';
import { knowledge, type Symptom } from '../../knowledge';
import { useT } from '../i18n';

const SHOWN_EXAMPLES = 2;

/** The start: the problem in plain words, each with the error messages it covers, or "not sure". */
export function StartView({ onStart }: { onStart: (symptom?: Symptom) => void }) {
  const t = useT();
  return (
    <section className="card stack start" aria-labelledby="start-title" data-testid="start">
      <div>
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="muted">{t('start.intro')}</p>
      </div>
      <ul className="symptom-list">
        {knowledge.symptoms.map((s) => (
          <li key={s.id} className="symptom-card">
            <button type="button" onClick={() => onStart(s.id)} data-testid="symptom" data-symptom={s.id}>
              <span className="symptom-title">{s.title}</span>
              <span className="symptom-description">{s.description}</span>
            </button>
            <Examples examples={s.examples} id={s.id} />
          </li>
        ))}
        <li className="symptom-card">
          <button type="button" className="unsure" onClick={() => onStart()} data-testid="symptom" data-symptom="unsure">
            <span className="symptom-title">{t('start.unsure')}</span>
            <span className="symptom-description">{t('start.unsureHint')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}

/** The error messages a problem covers: the first two, the rest one click away. */
function Examples({ examples, id }: { examples: readonly string[]; id: string }) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? examples : examples.slice(0, SHOWN_EXAMPLES);
  const hidden = examples.length - SHOWN_EXAMPLES;
  return (
    <div className="examples-box">
      <span className="examples-label" id={`examples-${id}`}>
        {t('start.examples')}
      </span>
      <ul className="examples" aria-labelledby={`examples-${id}`} data-testid="examples">
        {shown.map((e) => (
          <li key={e}>
            <code>{e}</code>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="link small-text" aria-expanded={all} onClick={() => setAll(!all)} data-testid="more-examples">
          {all ? t('start.fewerExamples') : t('start.moreExamples', { n: hidden })}
        </button>
      )}
    </div>
  );
}
