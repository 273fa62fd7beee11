import { useState } from 'react';
import type { Symptom } from '../../knowledge/contract/facts';
import { startSymptoms } from '../../knowledge/start';
import { useI18n, useT } from '../i18n';

const SHOWN_EXAMPLES = 2;

export type Tool = 'checks' | 'paste';
/** What the admin chose on the start screen while the wizard was still loading: it is done once it has. */
export type StartChoice = { symptom?: Symptom } | { tool: Tool } | { preflight: true };

/** The buttons that open the checks and the paste panel, on every view of the wizard. */
export function ToolButtons({ open, onToggle }: { open: Tool | undefined; onToggle: (tool: Tool) => void }) {
  const t = useT();
  return (
    <>
      <button type="button" aria-expanded={open === 'checks'} onClick={() => onToggle('checks')} data-testid="open-checks">
        {t('tools.checks')}
      </button>
      <button type="button" aria-expanded={open === 'paste'} onClick={() => onToggle('paste')} data-testid="open-paste">
        {t('tools.paste')}
      </button>
    </>
  );
}

/**
 * The start screen as the wizard shows it, painted while the wizard (the engine, the knowledge)
 * loads. What the admin picks meanwhile is handed to the wizard, which does it first.
 */
export function StartPlaceholder({ onChoose }: { onChoose: (choice: StartChoice) => void }) {
  const t = useT();
  const [chosen, setChosen] = useState(false);
  const choose = (choice: StartChoice) => {
    setChosen(true);
    onChoose(choice);
  };
  return (
    <div className="wizard-layout" data-testid="wizard" data-view="start" data-ready="false" aria-busy={chosen}>
      <div className="wizard-main">
        <div className="tools" role="toolbar" aria-label={t('tools.label')}>
          <ToolButtons open={undefined} onToggle={(tool) => choose({ tool })} />
        </div>
        <div>
          <StartView onStart={(symptom) => choose(symptom ? { symptom } : {})} onPreflight={() => choose({ preflight: true })} />
        </div>
      </div>
      <aside className="wizard-side" aria-label={t('wizard.sideLabel')}>
        <HowItWorks />
      </aside>
    </div>
  );
}

/**
 * The start: the problem in plain words, each with the error messages it covers, or "not sure".
 * It needs no engine (the symptom list is plain data), so the page paints it before the engine loads.
 */
export function StartView({ onStart, onPreflight }: { onStart: (symptom?: Symptom) => void; onPreflight: () => void }) {
  const { t, locale } = useI18n();
  return (
    <section className="card stack start" aria-labelledby="start-title" data-testid="start">
      <div>
        <h1 id="start-title">{t('start.title')}</h1>
        <p className="muted">{t('start.intro')}</p>
      </div>
      <ul className="symptom-list">
        {startSymptoms(locale).map((s) => (
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
      <div className="preflight" aria-labelledby="preflight-title">
        <h2 id="preflight-title" className="small-heading">
          {t('start.beforeTitle')}
        </h2>
        <ul className="symptom-list">
          <li className="symptom-card">
            <button type="button" className="preflight-choice" onClick={onPreflight} data-testid="preflight">
              <span className="symptom-title">{t('start.preflight')}</span>
              <span className="symptom-description">{t('start.preflightHint')}</span>
            </button>
          </li>
        </ul>
      </div>
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

/** The side panel of the start screen: how a session goes. */
export function HowItWorks() {
  const t = useT();
  return (
    <section className="card compact panel" aria-labelledby="how-title">
      <h2 id="how-title">{t('how.title')}</h2>
      <ol className="small-text">
        <li>{t('how.step1')}</li>
        <li>{t('how.step2')}</li>
        <li>{t('how.step3')}</li>
        <li>{t('how.step4')}</li>
      </ol>
      <p className="small-text muted">{t('how.offline')}</p>
    </section>
  );
}
