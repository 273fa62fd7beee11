import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { SignInView } from '../../electron/api/contract';
import { factEnumValues } from '../../knowledge';
import { Icon } from '../components/icons';
import { useT, type MessageKey } from '../i18n';
import { suggestedSignIn, type ConnectionForm } from './connection';
import type { SignInMode, SignInState } from './useSignIn';

type FieldInput = { type?: string; hint?: MessageKey; placeholder?: string; autoComplete?: string };

/**
 * The sign-in step: the mailbox, Jira's OAuth 2.0 settings and the Entra app, then the sign-in
 * Jira does (the browser comes back here, or its address is pasted, or a device code). The client
 * secret and the pasted address are typed into masked fields; the page never sees the code or
 * the token, only who signed in and what Microsoft answered.
 */
export function MailSignIn(props: {
  form: ConnectionForm;
  set: <K extends keyof ConnectionForm>(key: K, value: ConnectionForm[K]) => void;
  field: (key: keyof ConnectionForm, label: MessageKey, input: FieldInput) => ReactNode;
  running: boolean;
  open: boolean;
  signIn: SignInState;
  onSignIn: (mode: SignInMode) => void;
  onPaste: (address: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { form, set, field, running, signIn } = props;
  const suggested = suggestedSignIn(form);
  const waiting = signIn.view?.state === 'waiting';
  // A refusal that names Jira's own settings (the Redirect URL to paste an address) shows them; nothing closes them again.
  const asInJira = useRef<HTMLDetailsElement>(null);
  const jiraSettingRefused = Object.keys(signIn.problems).some((field) => field.startsWith('signIn.'));
  useEffect(() => {
    if (jiraSettingRefused && asInJira.current) asInJira.current.open = true;
  }, [jiraSettingRefused]);
  const busy = running || signIn.starting || waiting;
  return (
    <details open={props.open} data-testid="mail-sign-in">
      <summary>{t('signIn.title')}</summary>
      <p className="small-text muted">{t('signIn.intro')}</p>
      <div className="grid-2">
        {field('mailUser', 'signIn.mailUser', { placeholder: 'helpdesk@example.com', hint: 'signIn.mailUserHint' })}
        {field('mailAuthorizer', 'signIn.mailAuthorizer', { hint: 'signIn.mailAuthorizerHint' })}
        <Select id="azureCloud" label={t('signIn.cloud')} value={form.azureCloud} disabled={busy} onChange={(v) => set('azureCloud', v as ConnectionForm['azureCloud'])}>
          {(factEnumValues('microsoft.cloud') as ConnectionForm['azureCloud'][]).map((c) => (
            <option key={c} value={c}>
              {t(`signIn.cloud.${c}`)}
            </option>
          ))}
        </Select>
        {field('azureTenant', 'signIn.tenant', { hint: 'signIn.tenantHint' })}
        {field('azureClientId', 'signIn.clientId', { hint: 'signIn.clientIdHint' })}
        {field('azureClientSecret', 'signIn.clientSecret', { type: 'password', hint: 'signIn.clientSecretHint', autoComplete: 'off' })}
      </div>
      <details ref={asInJira}>
        <summary className="small-text">{t('signIn.asInJira')}</summary>
        <p className="small-text muted">{t('signIn.asInJiraIntro')}</p>
        {field('oauthAuthorizeEndpoint', 'signIn.authorizeEndpoint', { placeholder: suggested.authorizeEndpoint, hint: 'signIn.suggested' })}
        {field('oauthTokenEndpoint', 'signIn.tokenEndpoint', { placeholder: suggested.tokenEndpoint, hint: 'signIn.suggested' })}
        {field('oauthScopes', 'signIn.scopes', { placeholder: suggested.scopes, hint: 'signIn.suggestedScopes' })}
        {field('oauthRedirectUri', 'signIn.redirectUri', { placeholder: 'https://jira.example.com/plugins/servlet/oauth/callback', hint: 'signIn.redirectUriHint' })}
        {field('azureLoginUrl', 'signIn.loginUrl', { hint: 'signIn.loginUrlHint' })}
      </details>
      <fieldset disabled={busy}>
        <legend>{t('signIn.how')}</legend>
        <div className="choice-list">
          {(['browser', 'paste', 'device'] as const).map((mode) => (
            <label key={mode}>
              <input type="radio" name="signInMode" value={mode} checked={form.signInMode === mode} onChange={() => set('signInMode', mode)} data-testid={`sign-in-mode-${mode}`} />
              <span>
                {t(`signIn.mode.${mode}`)} <span className="muted small-text">{t(`signIn.mode.${mode}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {signIn.failure && (
        <p role="alert" className="banner error" data-testid="sign-in-failure">
          {signIn.failure}
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => props.onSignIn(form.signInMode)} disabled={busy} data-testid="sign-in">
          {signIn.starting ? t('signIn.starting') : signIn.view ? t('signIn.again') : t('signIn.start')}
        </button>
        {waiting && (
          <button type="button" onClick={props.onCancel} data-testid="sign-in-cancel">
            {t('signIn.cancel')}
          </button>
        )}
      </div>
      {signIn.view && <SignInStatus view={signIn.view} mailbox={form.mailAuthorizer.trim() || form.mailUser.trim()} addressProblem={signIn.problems.address} onPaste={props.onPaste} />}
    </details>
  );
}

function SignInStatus({ view, mailbox, addressProblem, onPaste }: { view: SignInView; mailbox: string; addressProblem?: string; onPaste: (address: string) => void }) {
  const t = useT();
  const [address, setAddress] = useState('');
  const id = useId();
  const prompt = view.prompt;
  if (view.state === 'signed-in' || view.state === 'failed') {
    const wrongAccount = view.account !== undefined && mailbox !== '' && view.account.toLowerCase() !== mailbox.toLowerCase();
    return (
      <div className={`banner ${view.state === 'signed-in' && !wrongAccount ? 'ok' : 'error'} stack`} role="status" data-testid="sign-in-status" data-state={view.state}>
        {view.state === 'signed-in' ? (
          <p className={`check-state ${wrongAccount ? 'failed' : 'ok'}`}>
            <Icon name={wrongAccount ? 'failed' : 'ok'} />
            {view.account ? t('signIn.signedInAs', { account: view.account }) : t('signIn.signedIn')}
          </p>
        ) : (
          <p>
            <strong>{view.problem?.message ?? t('signIn.refused')}</strong>
          </p>
        )}
        {wrongAccount && <p data-testid="sign-in-wrong-account">{t('signIn.wrongAccount', { mailbox })}</p>}
        {view.problem && view.state === 'failed' && <p>{view.problem.advice}</p>}
        {view.errors.map((e) => (
          <code key={e} className="small-text">
            {e}
          </code>
        ))}
        <p className="small-text">{t('signIn.nextRun')}</p>
      </div>
    );
  }
  if (!prompt) return null;
  return (
    <div className="banner info stack" role="status" data-testid="sign-in-status" data-state={view.state}>
      {prompt.mode === 'device' ? (
        <>
          <p>{t('signIn.deviceOpen')}</p>
          <p>
            <code data-testid="sign-in-verification-uri">{prompt.device.verificationUri}</code>
          </p>
          <p>
            {t('signIn.deviceCode')} <strong className="device-code" data-testid="sign-in-user-code">{prompt.device.userCode}</strong>
          </p>
          <p className="row small-text muted">
            <span className="spinner" aria-hidden="true" /> {t('signIn.deviceWaiting')}
          </p>
        </>
      ) : (
        <>
          <p>{view.opened ? t('signIn.openedDesktop') : t('signIn.opened')}</p>
          <p className="small-text">
            <a href={prompt.authorizeUrl} target="_blank" rel="noopener noreferrer" data-testid="sign-in-link">
              {t('signIn.openAgain')}
            </a>
          </p>
          {prompt.mode === 'browser' ? (
            <p className="row small-text muted">
              <span className="spinner" aria-hidden="true" /> {t('signIn.browserWaiting', { redirect: prompt.redirectUri })}
            </p>
          ) : (
            // Not a form of its own: the step sits inside the checks' form, and forms do not nest.
            <div className="stack">
              <div className="field">
                <label htmlFor={`${id}-address`}>{t('signIn.pasteLabel')}</label>
                {/* Masked like a password: the address holds the sign-in's code. */}
                <input
                  id={`${id}-address`}
                  type="password"
                  autoComplete="off"
                  spellCheck={false}
                  value={address}
                  onChange={(e) => setAddress(e.target.value)}
                  onKeyDown={(e) => {
                    // Enter uses the address, not the checks' form around it.
                    if (e.key !== 'Enter') return;
                    e.preventDefault();
                    if (address.trim() !== '') onPaste(address);
                  }}
                  aria-invalid={addressProblem !== undefined}
                  aria-describedby={`${id}-hint${addressProblem ? ` ${id}-problem` : ''}`}
                  data-testid="sign-in-address"
                />
                <span className="hint" id={`${id}-hint`}>
                  {t('signIn.pasteHint')}
                </span>
                {addressProblem && (
                  <p className="field-error" id={`${id}-problem`} data-testid="field-problem">
                    {addressProblem}
                  </p>
                )}
              </div>
              <div className="row">
                <button type="button" className="primary" disabled={address.trim() === ''} onClick={() => onPaste(address)} data-testid="sign-in-paste">
                  {t('signIn.pasteSubmit')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Select({ id, label, value, disabled, onChange, children }: { id: string; label: string; value: string; disabled: boolean; onChange: (value: string) => void; children: ReactNode }) {
  const htmlId = useId();
  return (
    <div className="field">
      <label htmlFor={htmlId}>{label}</label>
      <select id={htmlId} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} data-field={id}>
        {children}
      </select>
    </div>
  );
}
