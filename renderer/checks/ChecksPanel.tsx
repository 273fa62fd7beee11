import { useEffect, useId, useState, type ReactNode } from 'react';
import { CHECK_IDS, type CheckId } from '../../knowledge';
import { Icon } from '../components/icons';
import { useI18n, useT, type Locale, type MessageKey } from '../i18n';
import { errorMessage, useApi, useAppInfo } from '../app/api';
import { checksWithoutJira, credentialKey, emptyConnection, extrasFor, toStartRequest, withoutSecrets, withRememberedSecrets, type ConnectionForm } from './connection';
import { EvidenceView } from './EvidenceView';
import { MailSignIn } from './MailSignIn';
import { useSignIn } from './useSignIn';
import type { CheckRow, RunState } from './run-state';
import type { StartResult } from './useCheckRun';

const REMEMBERED = 'jira-doctor:connection';

function rememberedForm(): ConnectionForm {
  try {
    const saved = JSON.parse(window.localStorage.getItem(REMEMBERED) ?? '{}') as Partial<ConnectionForm>;
    return { ...emptyConnection, ...withoutSecrets({ ...emptyConnection, ...saved }) };
  } catch {
    return emptyConnection;
  }
}

/**
 * The connection to Jira (optional) and the automated checks: settings, a run with each check's
 * progress live, and what each check saw. Only the checks that bear on the problem and the answers
 * so far (`checks`) are offered and run; the others are named once as set aside. Found facts go
 * into the wizard as answers (the caller does that as checks finish).
 */
export function ChecksPanel({
  checks,
  run,
  onStart,
  onCancel,
  onClose,
  onShowResult,
  preflight = false,
}: {
  checks: readonly CheckId[];
  /** Before a mail handler is set up: no Jira address needed, the sign-in step comes first. */
  preflight?: boolean;
  /** Once the run is done, show the diagnosis (the pre-flight's result) instead of going back to the questions. */
  onShowResult?: () => void;
  run: RunState;
  onStart: (request: ReturnType<typeof toStartRequest> & { language?: Locale }) => Promise<StartResult>;
  onCancel: () => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<ConnectionForm>(rememberedForm);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  // Once a run starts, the settings fold away so that its progress is in view.
  const [editing, setEditing] = useState(true);
  const api = useApi();
  const { canRememberCredentials } = useAppInfo();
  const [remember, setRemember] = useState(false);
  const key = credentialKey(form);
  const extras = extrasFor(checks);
  const running = run.phase === 'starting' || run.phase === 'running';
  const signIn = useSignIn();
  const signInView = signIn.state.view;

  useEffect(() => {
    window.localStorage.setItem(REMEMBERED, JSON.stringify(withoutSecrets(form)));
  }, [form]);

  // Desktop only: secrets remembered for this Jira and user come back from the system keychain.
  useEffect(() => {
    if (!canRememberCredentials || key === undefined) return;
    let current = true;
    api.credentials.recall({ key }).then(
      ({ secrets }) => {
        if (!current || !secrets) return;
        setForm((f) => withRememberedSecrets(f, secrets));
        setRemember(true);
      },
      (error: unknown) => current && setFailure(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [api, canRememberCredentials, key]);

  const set = <K extends keyof ConnectionForm>(key: K, value: ConnectionForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setProblems(({ [fieldOf(key)]: _, ...rest }) => rest);
  };

  const submit = async () => {
    setFailure(undefined);
    setProblems({});
    if (form.baseUrl.trim() === '' && !checksWithoutJira(form, checks)) {
      setProblems({ baseUrl: t(preflight ? 'checks.preflightNeeds' : 'checks.baseUrlRequired') });
      return;
    }
    if (signInView?.state === 'waiting') {
      setFailure(t('signIn.finishFirst'));
      return;
    }
    const base = toStartRequest(form, checks);
    const { signIn: _signInSettings, ...withoutSignIn } = base.settings;
    // The sign-in's settings go with its result only: without one, the sign-in check has nothing to report.
    const request = signInView ? { ...base, signInId: signInView.signInId } : { ...base, settings: withoutSignIn };
    const result = await onStart({ ...request, language: locale });
    if (result.ok && canRememberCredentials && key !== undefined) {
      const saved = remember ? api.credentials.remember({ key, secrets: request.secrets ?? {} }) : api.credentials.forget({ key });
      saved.catch((error: unknown) => setFailure(errorMessage(error)));
    }
    if (result.ok) setEditing(false);
    else {
      setProblems(result.problems);
      if (Object.keys(result.problems).length === 0) setFailure(result.message);
    }
  };

  const field = (key: keyof ConnectionForm, label: MessageKey, input: { type?: string; hint?: MessageKey; placeholder?: string; autoComplete?: string; inputMode?: 'numeric' | 'decimal' }) => (
    <Field label={t(label)} hint={input.hint && t(input.hint)} problem={problems[fieldOf(key)] ?? signIn.state.problems[fieldOf(key)]}>
      {(id, describedBy) => (
        <input
          id={id}
          type={input.type ?? 'text'}
          value={String(form[key])}
          placeholder={input.placeholder}
          autoComplete={input.autoComplete ?? 'off'}
          inputMode={input.inputMode}
          spellCheck={false}
          aria-invalid={problems[fieldOf(key)] !== undefined}
          aria-describedby={describedBy}
          onChange={(e) => set(key, e.target.value as never)}
          disabled={running}
          data-field={key}
        />
      )}
    </Field>
  );

  return (
    <section className="card stack" aria-labelledby="checks-title" data-testid="checks-panel" data-phase={run.phase}>
      <div className="spread">
        <h2 id="checks-title">{t(preflight ? 'checks.preflightTitle' : 'checks.title')}</h2>
        <button type="button" className="small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="muted small-text">{t(preflight ? 'checks.preflightIntro' : 'checks.intro')}</p>
      <SetAside checks={checks} />
      {!editing && (
        <div className="spread banner info">
          <span>
            {form.baseUrl.trim() === '' ? (
              t('checks.withoutJira')
            ) : (
              <>
                {t('checks.connectedTo', { url: form.baseUrl.trim() })}{' '}
                {form.auth === 'basic' ? t('checks.as', { user: form.username.trim() }) : form.auth === 'pat' ? t('checks.withToken') : t('checks.anonymous')}
              </>
            )}
          </span>
          <span className="row">
            {!running && (
              <button type="button" className="small primary" onClick={() => void submit()} data-testid="run-checks">
                {t('checks.runAgain')}
              </button>
            )}
            <button type="button" className="small" onClick={() => setEditing(true)} disabled={running}>
              {t('checks.changeSettings')}
            </button>
            {running && (
              <button type="button" className="small" onClick={onCancel}>
                {t('checks.cancel')}
              </button>
            )}
          </span>
        </div>
      )}
      {editing && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          noValidate
        >
          {field('baseUrl', 'checks.baseUrl', { type: 'url', hint: 'checks.baseUrlHint', placeholder: 'https://jira.example.com' })}
          <fieldset disabled={running}>
            <legend>{t('checks.auth')}</legend>
            <div className="radio-row">
              {(['none', 'basic', 'pat'] as const).map((auth) => (
                <label key={auth}>
                  <input type="radio" name="auth" value={auth} checked={form.auth === auth} onChange={() => set('auth', auth)} />
                  {t(`checks.auth.${auth}`)}
                </label>
              ))}
            </div>
            {form.auth === 'basic' && (
              <div className="grid-2">
                {field('username', 'checks.username', { autoComplete: 'username' })}
                {field('password', 'checks.password', { type: 'password', autoComplete: 'current-password' })}
              </div>
            )}
            {form.auth === 'pat' && field('token', 'checks.token', { type: 'password', hint: 'checks.tokenHint' })}
            {form.auth !== 'none' &&
              (canRememberCredentials ? (
                <label className="row small-text">
                  <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} data-testid="remember-secrets" />
                  {t('checks.rememberSecrets')}
                </label>
              ) : (
                <p className="small-text muted">{t('checks.secretsNotSaved')}</p>
              ))}
          </fieldset>
          <details>
            <summary>{t('checks.network')}</summary>
            <div className="grid-2">
              {field('proxyUrl', 'checks.proxyUrl', { hint: 'checks.proxyUrlHint', placeholder: 'http://proxy.example.com:3128' })}
              {field('caFile', 'checks.caFile', { hint: 'checks.caFileHint', placeholder: '/etc/ssl/company-ca.pem' })}
              {form.proxyUrl.trim() !== '' && field('proxyUser', 'checks.proxyUser', {})}
              {form.proxyUser.trim() !== '' && field('proxyPassword', 'checks.proxyPassword', { type: 'password' })}
            </div>
            <label className="row small-text">
              <input type="checkbox" checked={form.insecure} onChange={(e) => set('insecure', e.target.checked)} disabled={running} />
              {t('checks.insecure')}
            </label>
            {field('timeout', 'checks.timeout', { hint: 'checks.timeoutHint', placeholder: '10', inputMode: 'decimal' })}
          </details>
          {extras.ldap && (
            <details>
              <summary>{t('checks.ldap')}</summary>
              <p className="small-text muted">{t('checks.ldapIntro')}</p>
              {field('ldapUrls', 'checks.ldapUrls', { hint: 'checks.ldapUrlsHint', placeholder: 'ldap://ldap1.example.com:389 ldap://ldap2.example.com:389' })}
              <div className="grid-2">
                {field('ldapUser', 'checks.ldapUser', { hint: 'checks.ldapUserHint' })}
                {field('ldapBaseDn', 'checks.ldapBaseDn', { placeholder: 'dc=example,dc=com' })}
                {field('ldapBindDn', 'checks.ldapBindDn', { hint: 'checks.ldapBindDnHint' })}
                {form.ldapBindDn.trim() !== '' && field('ldapPassword', 'checks.ldapPassword', { type: 'password' })}
              </div>
              {field('ldapUserFilter', 'checks.ldapUserFilter', { hint: 'checks.ldapUserFilterHint', placeholder: '(sAMAccountName={user})' })}
            </details>
          )}
          {extras.samples && (
            <details>
              <summary>{t('checks.sampling')}</summary>
              {field('samples', 'checks.samples', { hint: 'checks.samplesHint', inputMode: 'numeric' })}
            </details>
          )}
          {extras.sessionGap && (
            <details>
              <summary>{t('checks.session')}</summary>
              {field('sessionGap', 'checks.sessionGap', { hint: 'checks.sessionGapHint', placeholder: '0.25', inputMode: 'decimal' })}
            </details>
          )}
          {extras.mail && (
            <details open={preflight || undefined}>
              <summary>{t('checks.mail')}</summary>
              <div className="grid-2">
                {field('mailHost', 'checks.mailHost', { placeholder: 'outlook.office365.com' })}
                <Field label={t('checks.mailProtocol')}>
                  {(id) => (
                    <select id={id} value={form.mailProtocol} onChange={(e) => set('mailProtocol', e.target.value as ConnectionForm['mailProtocol'])} disabled={running}>
                      <option value="imap">{t('checks.mailProtocol.imap')}</option>
                      <option value="pop">{t('checks.mailProtocol.pop')}</option>
                    </select>
                  )}
                </Field>
                <Field label={t('checks.mailTls')}>
                  {(id) => (
                    <select id={id} value={form.mailTls} onChange={(e) => set('mailTls', e.target.value as ConnectionForm['mailTls'])} disabled={running}>
                      <option value="implicit">{t('checks.mailTls.implicit')}</option>
                      <option value="starttls">{t('checks.mailTls.starttls')}</option>
                      <option value="none">{t('checks.mailTls.none')}</option>
                    </select>
                  )}
                </Field>
                {field('mailPort', 'checks.mailPort', { hint: 'checks.mailPortHint', placeholder: defaultMailPort(form), inputMode: 'numeric' })}
              </div>
              <Check checked={form.mailViaProxy} onChange={(v) => set('mailViaProxy', v)} disabled={running} label={t('checks.mailViaProxy')} hint={t('checks.mailViaProxyHint')} problem={problems[fieldOf('mailViaProxy')]} field="mailViaProxy" />
              <Check checked={form.onJiraNode} onChange={(v) => set('onJiraNode', v)} disabled={running} label={t('checks.onJiraNode')} hint={t('checks.onJiraNodeHint')} field="onJiraNode" />
            </details>
          )}
          {extras.mail && (
            <MailSignIn
              form={form}
              set={set}
              field={field}
              running={running}
              open={preflight || checks.includes('mail-sign-in')}
              signIn={signIn.state}
              onSignIn={(mode) => void signIn.start(toStartRequest(form, checks), mode)}
              onPaste={(address) => void signIn.paste(address)}
              onCancel={signIn.cancel}
            />
          )}
          {extras.oidc && (
            <details>
              <summary>{t('checks.oidc')}</summary>
              <div className="grid-2">
                {field('oidcIssuer', 'checks.oidcIssuer', { placeholder: 'https://sso.example.com/realms/main' })}
                {field('oidcClientId', 'checks.oidcClientId', {})}
                {field('oidcClientSecret', 'checks.oidcClientSecret', { type: 'password', hint: 'checks.oidcClientSecretHint' })}
              </div>
            </details>
          )}
          {failure && (
            <p role="alert" className="banner error" data-testid="checks-error">
              {failure}
            </p>
          )}
          {Object.keys(problems).length > 0 && (
            <div role="alert" className="banner error" data-testid="checks-problems">
              <p>{t('checks.fixFields')}</p>
              <ul>
                {Object.values(problems).map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="row">
            <button type="submit" className="primary" disabled={running} data-testid="run-checks">
              {running ? t('checks.running') : run.phase === 'idle' ? t('checks.run') : t('checks.runAgain')}
            </button>
            {running && (
              <button type="button" onClick={onCancel}>
                {t('checks.cancel')}
              </button>
            )}
          </div>
        </form>
      )}
      <RunView run={run} onDone={onShowResult ?? onClose} doneLabel={onShowResult ? 'checks.showResult' : 'checks.backToQuestions'} />
    </section>
  );
}

function RunView({ run, onDone, doneLabel }: { run: RunState; onDone: () => void; doneLabel: MessageKey }) {
  const t = useT();
  if (run.phase === 'idle') return null;
  if (run.phase === 'starting') {
    return (
      <p className="row" role="status">
        <span className="spinner" aria-hidden="true" /> {t('checks.starting')}
      </p>
    );
  }
  const found = run.rows.reduce((n, r) => n + (r.evidence?.concluded.length ?? 0), 0);
  return (
    <div className="stack" data-testid="check-run" data-phase={run.phase}>
      <div role="status" className={`spread ${run.phase === 'failed' ? 'banner error' : run.phase === 'done' ? 'banner ok' : 'muted'}`}>
        <span>{run.phase === 'failed' ? t('checks.runFailed', { message: run.message }) : run.phase === 'done' ? t('checks.done', { n: found }) : t('checks.inProgress', { n: found })}</span>
        {run.phase === 'done' && (
          <button type="button" className="small" onClick={onDone} data-testid="checks-done">
            {t(doneLabel)}
          </button>
        )}
      </div>
      <ul className="check-list">
        {run.rows.map((row) => (
          <CheckRowView key={row.check} row={row} />
        ))}
      </ul>
    </div>
  );
}

const STATE_LABEL: Record<CheckRow['state'], MessageKey> = {
  running: 'checks.state.running',
  ok: 'checks.state.ok',
  failed: 'checks.state.failed',
  skipped: 'checks.state.skipped',
  cancelled: 'checks.state.cancelled',
};

function CheckRowView({ row }: { row: CheckRow }) {
  const t = useT();
  const evidence = row.evidence;
  // A check that bears on the problem but lacks its settings is not a failure: a quiet line saying what it needs.
  if (evidence?.outcome === 'skipped' && evidence.problem?.code === 'not-applicable') {
    return (
      <li className="check-row skipped" data-testid="check-row" data-check={row.check} data-state={row.state}>
        <div className="spread">
          <span className="muted">{t(`check.${row.check}`)}</span>
          <span className="check-state skipped">
            <Icon name="skipped" />
            {t('checks.state.notAsked')}
          </span>
        </div>
        <p className="small-text muted" data-testid="check-needs">
          {evidence.problem.advice}
        </p>
      </li>
    );
  }
  return (
    <li className="check-row" data-testid="check-row" data-check={row.check} data-state={row.state}>
      <div className="spread">
        <strong>{t(`check.${row.check}`)}</strong>
        <span className={`check-state ${row.state}`}>
          {row.state === 'running' ? <span className="spinner" aria-hidden="true" /> : <Icon name={row.state === 'cancelled' ? 'skipped' : row.state} />}
          {t(STATE_LABEL[row.state])}
          {evidence && <span className="muted">{t('evidence.duration', { ms: Math.round(evidence.durationMs) })}</span>}
        </span>
      </div>
      {row.message && <p className="small-text muted">{row.message}</p>}
      {evidence?.problem && (
        <div className="problem" data-testid="check-problem" data-code={evidence.problem.code}>
          <p>
            <strong>{evidence.problem.message}</strong>
          </p>
          <p>{evidence.problem.advice}</p>
        </div>
      )}
      {evidence && evidence.concluded.length > 0 && (
        <p className="small-text">{t('checks.answered', { n: evidence.concluded.length })}</p>
      )}
      {evidence && (
        <details>
          <summary className="small-text">{t('checks.showEvidence')}</summary>
          <EvidenceView evidence={evidence} />
        </details>
      )}
    </li>
  );
}

/** The checks that do not bear on the problem as answered so far: named once, with why, and not run. */
function SetAside({ checks }: { checks: readonly CheckId[] }) {
  const t = useT();
  const aside = CHECK_IDS.filter((id) => !checks.includes(id));
  if (aside.length === 0) return null;
  if (checks.length === 0) return <p className="banner info small-text" data-testid="checks-none">{t('checks.noneInPlay')}</p>;
  return (
    <p className="small-text muted" data-testid="checks-set-aside">
      {t('checks.setAside', { checks: aside.map((id) => t(`check.${id}`)).join('; ') })}
    </p>
  );
}

/** The port the mail check uses when none is typed, as the command line does. */
function defaultMailPort(form: ConnectionForm): string {
  if (form.mailProtocol === 'imap') return form.mailTls === 'implicit' ? '993' : '143';
  return form.mailTls === 'implicit' ? '995' : '110';
}

function Check({ checked, onChange, disabled, label, hint, problem, field }: { checked: boolean; onChange: (value: boolean) => void; disabled: boolean; label: string; hint: string; problem?: string; field: string }) {
  const id = useId();
  return (
    <div className="field">
      <label className="row small-text">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`} aria-invalid={problem !== undefined} data-field={field} />
        {label}
      </label>
      <FieldNotes id={id} hint={hint} problem={problem} />
    </div>
  );
}

/** A field's hint and its problem, with the ids its input's aria-describedby names. */
function FieldNotes({ id, hint, problem }: { id: string; hint?: string; problem?: string }) {
  return (
    <>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {problem && (
        <p className="field-error" id={`${id}-problem`} data-testid="field-problem">
          {problem}
        </p>
      )}
    </>
  );
}

function Field({ label, hint, problem, children }: { label: string; hint?: string; problem?: string; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      <FieldNotes id={id} hint={hint} problem={problem} />
    </div>
  );
}

/** The service's name for a form field (its problems come back under these names). */
function fieldOf(key: keyof ConnectionForm): string {
  const names: Partial<Record<keyof ConnectionForm, string>> = {
    proxyUrl: 'proxy.url',
    proxyUser: 'proxy.username',
    proxyPassword: 'proxy.password',
    ldapUrls: 'ldap.urls',
    ldapUser: 'ldap.user',
    ldapBaseDn: 'ldap.baseDn',
    ldapBindDn: 'ldap.bindDn',
    ldapPassword: 'ldapPassword',
    ldapUserFilter: 'ldap.userFilter',
    mailHost: 'mail.host',
    mailPort: 'mail.port',
    mailViaProxy: 'mail.viaProxy',
    mailUser: 'mail.user',
    mailAuthorizer: 'mail.authorizer',
    azureTenant: 'azure.tenant',
    azureClientId: 'signIn.clientId',
    azureClientSecret: 'azure.secret',
    azureLoginUrl: 'azure.loginUrl',
    oauthAuthorizeEndpoint: 'signIn.authorizeEndpoint',
    oauthTokenEndpoint: 'signIn.tokenEndpoint',
    oauthScopes: 'signIn.scopes',
    oauthRedirectUri: 'signIn.redirectUri',
    timeout: 'timeoutMs',
    sessionGap: 'sessionGapMs',
    oidcIssuer: 'oidc.issuer',
    oidcClientId: 'oidc.clientId',
    oidcClientSecret: 'oidcClientSecret',
    caFile: 'caFile',
  };
  return names[key] ?? key;
}
