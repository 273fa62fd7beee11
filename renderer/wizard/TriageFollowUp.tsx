import { useEffect, useRef, useState } from 'react';
import type { Symptom } from '../../knowledge';
import { useT, type MessageKey } from '../i18n';

/**
 * For the admin who does not know which problem it is: instead of listing every cause of every
 * problem, a few neutral yes-or-no questions about what they can see, one problem's sign at a time
 * (the signs are those the start screen's descriptions give). A "yes" picks that problem; "no" or
 * "I don't know" moves to the next sign; after the last one the diagnosis lists every cause, as
 * before. A pasted error or log line (above) still picks the problem at any point.
 */
const SIGNS: { symptom: Symptom; text: MessageKey; hint: MessageKey }[] = [
  { symptom: 'mail-oauth', text: 'triage.signMail', hint: 'triage.signMailHint' },
  { symptom: 'cookie-auth', text: 'triage.signCookie', hint: 'triage.signCookieHint' },
  { symptom: 'rest-sso', text: 'triage.signSso', hint: 'triage.signSsoHint' },
  { symptom: 'rest-401', text: 'triage.signIntermittent', hint: 'triage.signIntermittentHint' },
];

export function TriageFollowUp({ onPick, onNone, onBack }: { onPick: (symptom: Symptom) => void; onNone: () => void; onBack: () => void }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const sign = SIGNS[index]!;
  // Each new question takes the focus, so keyboard and screen-reader users follow along.
  useEffect(() => heading.current?.focus(), [index]);
  const next = () => (index + 1 < SIGNS.length ? setIndex(index + 1) : onNone());
  return (
    <section className="card stack" aria-labelledby="follow-up-title" data-testid="triage-follow-up" data-symptom={sign.symptom}>
      <p className="small-text muted">{t('triage.followUpStep', { n: index + 1, of: SIGNS.length })}</p>
      <h1 id="follow-up-title" tabIndex={-1} ref={heading}>
        {t(sign.text)}
      </h1>
      <p className="muted">{t(sign.hint)}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => onPick(sign.symptom)} data-testid="sign-yes">
          {t('triage.yes')}
        </button>
        <button type="button" onClick={next} data-testid="sign-no">
          {t('triage.no')}
        </button>
        <button type="button" onClick={next} data-testid="sign-dont-know">
          {t('question.dontKnow')}
        </button>
      </div>
      <div className="row">
        <button type="button" className="link" onClick={index === 0 ? onBack : () => setIndex(index - 1)} data-testid="sign-back">
          {t('triage.followUpBack')}
        </button>
      </div>
    </section>
  );
}
