import { engineFor, knowledge, type Language } from '../../knowledge/core';
import {
  capability,
  isChannel,
  type Channel,
  type CheckEvent,
  type Envelope,
  type ParsedRequestOf,
  type ResponseOf,
  type ScanResult,
} from '../api/contract';
import type { ScanProgress } from '../../knowledge/contract/scan';
import { checkExternalUrl } from '../api/external-links';
import { parseCheckSettings } from '../checks/settings';
import { WINDOWS } from '../checks/wording';
import type { FileReader } from '../resources/app-files';
import type { CredentialStore } from '../sessions/credentials';
import type { SessionStore } from '../sessions/session-store';
import type { StoreNotice } from '../sessions/json-store';
import { describeApp } from './app-info';
import { CheckRuns, type RunChecks } from './check-runs';
import { SignIns } from './sign-ins';
import { maskSecrets } from '../text/mask';
import { ServiceError } from './errors';
import { SERVICE_WORDS, serviceWords } from './words';
import { checkLanguage, inLanguage } from '../checks/words';
import type { RunHeavy } from './heavy-work';
import { createSources } from './sources';

/**
 * The service layer behind the API: one implementation per capability, reached only through
 * `dispatch`, which parses every request (as `unknown`) against the contract first. The Electron
 * shell (IPC) and the browser-mode server (HTTP) are thin transports over it.
 */

export type ScanPaths = (
  files: { path: string; name: string }[],
  options: { signal?: AbortSignal; onProgress?: (progress: ScanProgress) => void },
) => Promise<ScanResult>;

export type ServiceDeps = {
  mode: 'electron' | 'browser';
  appVersion: string;
  /** Opening the store may fail (no permission): the app still runs and says why on each use. */
  sessions: () => SessionStore;
  /** Present in Electron only, where the OS keychain encrypts them. */
  credentials?: () => CredentialStore;
  /** The bundled articles and facts sheet that citations open. */
  sourceFiles: FileReader;
  runChecks: RunChecks;
  scanPaths: ScanPaths;
  /** Electron only: the system file dialog (undefined when the admin cancels). */
  chooseFiles?: () => Promise<{ path: string; name: string }[] | undefined>;
  /** Electron only: hands an allow-listed link to the system browser. */
  openExternal?: (url: string) => Promise<void>;
  notices: StoreNotice[];
  today?: () => string;
  /** Where matching, diagnoses and reports run: worker threads (worker-pool.ts), or this thread when not given. */
  heavy?: RunHeavy;
  /** Ends the workers (the app or server is closing). */
  closeHeavy?: () => Promise<void>;
  /** The operating system's locale (Electron's app.getLocale()), for the UI's first choice of language. */
  locale?: () => string | undefined;
};

/**
 * What the transport knows of the caller: the language the window is in (browser mode reads it from
 * Accept-Language, which the page sets to its own language; the desktop window's calls carry it).
 */
export type CallContext = { language?: Language };

type Implementations = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C> };

export type Services = ReturnType<typeof createServices>;

export function createServices(deps: ServiceDeps) {
  const heavy: RunHeavy = deps.heavy ?? (async (task) => (await import('./heavy-work')).runHeavyTask(task) as never);
  const runs = new CheckRuns(deps.runChecks);
  const signIns = new SignIns();
  const scanListeners = new Set<(progress: ScanProgress) => void>();
  // Progress names the file as the admin knows it, never the temporary path of an upload.
  const scan = (files: { path: string; name: string }[], signal?: AbortSignal) =>
    deps.scanPaths(files, {
      ...(signal ? { signal } : {}),
      onProgress: (progress) => {
        const named = { ...progress, file: files.find((f) => f.path === progress.file)?.name ?? progress.file };
        for (const listener of scanListeners) listener(named);
      },
    });
  const sources = createSources(deps.sourceFiles);
  const credentials = () => {
    if (!deps.credentials) throw new ServiceError('not-available', serviceWords().credentialsInBrowser);
    return deps.credentials();
  };

  const canRemember = () => {
    try {
      return deps.credentials?.().available() ?? false;
    } catch {
      return false;
    }
  };

  const impl: Implementations = {
    'app.info': () =>
      describeApp(
        {
          mode: deps.mode,
          version: deps.appVersion,
          knowledgeVersion: knowledge.version,
          canRememberCredentials: canRemember(),
          canChooseFiles: deps.chooseFiles !== undefined,
          ...(deps.locale?.() ? { locale: deps.locale()! } : {}),
        },
        deps.notices,
      ),
    'app.openExternal': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) throw new ServiceError('forbidden', checked.message);
      if (!deps.openExternal) throw new ServiceError('not-available', serviceWords().openLinkInPage);
      await deps.openExternal(checked.url); /* eng-disable OPEN_EXTERNAL_JS_CHECK -- checked against the allow-list just above */
      return { ok: true };
    },

    'engine.knowledge': async ({ language }) => ({ knowledge: (await engineFor(language ?? checkLanguage())).knowledge }),
    // Off this thread (heavy-work.ts): the server and the window keep answering while these run.
    'engine.diagnose': ({ facts, today, language }) => {
      const when = today ?? deps.today?.();
      return heavy({ kind: 'diagnose', facts, language: language ?? checkLanguage(), ...(when ? { today: when } : {}) });
    },
    'engine.matchErrorText': ({ text, language }) => heavy({ kind: 'match', text, language: language ?? checkLanguage() }),

    'checks.start': ({ settings, secrets, signInId, language }) => {
      // The sign-in's token reaches the mail check in memory, as --mail-sign-in's does on the command line.
      const signIn = signInId !== undefined ? signIns.take(signInId) : undefined;
      const withToken = signIn?.token !== undefined ? { ...secrets, mailToken: signIn.token } : secrets;
      const words = language ?? checkLanguage();
      const checked = parseCheckSettings(settings, withToken, WINDOWS[words], words);
      if (!checked.ok) throw new ServiceError('bad-request', SERVICE_WORDS[words].checkSettingsWrong, checked.problems);
      return runs.start(checked.settings, withToken, { ...(signIn ? { signIn: signIn.outcome } : {}), language: words });
    },

    'signIn.start': async ({ settings, secrets, mode }) => {
      // The problems name each setting as the window in the admin's language labels it.
      const checked = parseCheckSettings(settings, secrets, WINDOWS[checkLanguage()]);
      if (!checked.ok) throw new ServiceError('bad-request', serviceWords().signInSettingsWrong, checked.problems);
      const view = await signIns.start(checked.settings, secrets, mode);
      // The desktop app hands the address to the system browser; a browser tab opens it itself.
      if (mode !== 'device' && view.prompt && view.prompt.mode !== 'device' && deps.mode === 'electron' && deps.openExternal) {
        await deps.openExternal(view.prompt.authorizeUrl);
        return { ...view, opened: true };
      }
      return view;
    },
    'signIn.paste': ({ signInId, address }) => signIns.paste(signInId, address),
    'signIn.status': ({ signInId }) => signIns.status(signInId),
    'signIn.cancel': ({ signInId }) => signIns.cancel(signInId),
    'checks.cancel': ({ runId }) => runs.cancel(runId),
    'checks.status': ({ runId }) => runs.status(runId),

    'scan.choose': async () => {
      if (!deps.chooseFiles) throw new ServiceError('not-available', serviceWords().chooseFilesInBrowser);
      const files = await deps.chooseFiles();
      return files?.length ? { cancelled: false, result: await scan(files) } : { cancelled: true };
    },

    'sessions.list': async () => {
      const sessions = deps.sessions().list();
      // The store names each session's result in the knowledge's own words; the window reads its language's.
      const language = checkLanguage();
      if (language === 'en' || !sessions.some((s) => s.result)) return { sessions };
      const titles = new Map((await engineFor(language)).knowledge.causes.map((c) => [c.id, c.title]));
      return { sessions: sessions.map((s) => (s.result ? { ...s, result: { ...s.result, title: titles.get(s.result.cause) ?? s.result.title } } : s)) };
    },
    'sessions.create': ({ name }) => deps.sessions().create(name),
    'sessions.get': ({ id }) => deps.sessions().get(id),
    'sessions.save': ({ session }) => deps.sessions().save(session),
    'sessions.update': ({ id, changes }) => deps.sessions().update(id, changes),
    'sessions.rename': ({ id, name }) => {
      deps.sessions().rename(id, name);
      return { ok: true };
    },
    'sessions.delete': ({ id }) => {
      deps.sessions().delete(id);
      return { ok: true };
    },
    'sessions.export': ({ id }) => deps.sessions().export(id),
    'sessions.import': ({ content }) => deps.sessions().import(content),

    'credentials.remember': ({ key, secrets }) => {
      credentials().remember(key, secrets);
      return { ok: true };
    },
    'credentials.recall': ({ key }) => {
      const secrets = credentials().recall(key);
      return secrets ? { secrets } : {};
    },
    'credentials.forget': ({ key }) => {
      credentials().forget(key);
      return { ok: true };
    },

    'report.render': (request) => {
      // The one store is read here; the worker only lays out what it is given.
      const session = deps.sessions().get(request.sessionId);
      const today = deps.today?.();
      return heavy({ kind: 'report', session, request: { ...request, language: request.language ?? checkLanguage() }, ...(today ? { today } : {}) });
    },

    'source.get': ({ article, section }) => sources.section(article, section),
  };

  const answer = async (channel: string, request: unknown): Promise<Envelope<unknown>> => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'not-found', message: serviceWords().noCapability(channel) } };
    const parsed = capability(channel).request.safeParse(request ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(request)', message: i.message }));
      return { ok: false, error: { code: 'bad-request', message: serviceWords().invalidRequest(channel, problems.map((p) => `${p.field}: ${p.message}`).join('; ')), problems } };
    }
    try {
      const run = impl[channel] as (r: unknown) => unknown;
      return { ok: true, value: await run(parsed.data) };
    } catch (error: unknown) {
      return { ok: false, error: toErrorBody(channel, error) };
    }
  };

  return {
    /** Parses `request` for `channel`, runs the capability, and wraps the outcome for the wire. */
    dispatch(channel: string, request: unknown, call: CallContext = {}): Promise<Envelope<unknown>> {
      // Everything the call says (and what it starts: a check run, a sign-in) is in the caller's language.
      return call.language ? inLanguage(call.language, () => answer(channel, request)) : answer(channel, request);
    },
    onCheckEvent: (listener: (event: CheckEvent) => void) => runs.onEvent(listener),
    scanPaths: scan,
    /** Bytes read of the running scan, for a progress bar; returns the function that unsubscribes. */
    onScanProgress: (listener: (progress: ScanProgress) => void) => {
      scanListeners.add(listener);
      return () => scanListeners.delete(listener);
    },
    /** Loads the report machinery where reports are made, so the first report does not wait for it (a failure shows on that report). */
    warmReports: () => heavy({ kind: 'warm-reports' }).catch(() => undefined),
    /** Ends what is still running (the app or server is closing). */
    close: () => {
      runs.cancelAll();
      signIns.close();
      void deps.closeHeavy?.();
    },
  };
}

function toErrorBody(channel: Channel, error: unknown) {
  if (error instanceof ServiceError) return error.toBody();
  // A bug, not an answer: the admin gets something to report, the terminal gets the stack.
  console.error(`jira-doctor: ${channel} failed: ${maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
  const detail = maskSecrets(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  return { code: 'failed' as const, message: serviceWords().internalFailure(channel, detail) };
}
