import type { Command } from 'commander';
import { Option } from 'commander';
import { CHECK_IDS, type CheckId } from '../../../knowledge/contract/checks';
import { DEFAULT_DEADLINE_MS, DEFAULT_SAMPLES, DEFAULT_SESSION_GAP_MS, DEFAULT_TIMEOUT_MS, MAX_SAMPLES } from '../../checks/limits';
import type { CheckSecrets, CheckSettings, CheckSettingsInput, ProgressEvent } from '../../checks/index';
import { CLOUDS, type Cloud } from '../../checks/clouds';
import { jiraOAuthSettings } from '../../../knowledge/engine/jira-oauth-settings';
import type { SignInMode } from '../mail-sign-in';
import type { Language } from '../../../knowledge/i18n/translations';
import { cliHelp } from '../help';
import { cliMessages } from '../messages';
import { checkMessages, type CheckMessages } from '../check-messages';
import { say } from '../say';

type Options = {
  baseUrl?: string;
  username?: string;
  passwordEnv?: string;
  tokenEnv?: string;
  password?: string;
  token?: string;
  proxy?: string;
  proxyUser?: string;
  proxyPasswordEnv?: string;
  ca?: string;
  insecure?: boolean;
  checks?: string;
  timeout: string;
  deadline: string;
  samples: string;
  sessionGap: string;
  oidcIssuer?: string;
  oidcHost?: string;
  oidcRealm?: string;
  oidcClientId?: string;
  oidcClientSecretEnv?: string;
  mailHost?: string;
  mailProtocol: 'imap' | 'pop';
  mailPort?: string;
  mailTls: 'implicit' | 'starttls' | 'none';
  mailViaProxy?: boolean;
  mailUser?: string;
  mailTokenEnv?: string;
  mailAuthorizer?: string;
  mailSignIn?: SignInMode | true;
  oauthAuthorizeEndpoint?: string;
  oauthTokenEndpoint?: string;
  oauthScopes?: string;
  oauthRedirectUri?: string;
  azureTenant?: string;
  azureClientId?: string;
  azureClientSecretEnv?: string;
  azureCloud: Cloud;
  azureLoginUrl?: string;
  onJiraNode?: boolean;
  ldapUrl: string[];
  ldapBindDn?: string;
  ldapPasswordEnv?: string;
  ldapUser?: string;
  ldapBaseDn?: string;
  ldapUserFilter?: string;
  ldapGroupFilter?: string;
  ldapGroupBaseDn?: string;
  format: 'json' | 'text';
};

class UsageError extends Error {}

export function register(program: Command, language: Language = 'en'): void {
  const h = cliHelp(language).check;
  program
    .command('check')
    .description(h.description)
    .option('--base-url <url>', h.baseUrl)
    .option('--username <user>', h.username)
    .option('--password-env <var>', h.passwordEnv)
    .option('--token-env <var>', h.tokenEnv)
    .addOption(new Option('--password <value>').hideHelp())
    .addOption(new Option('--token <value>').hideHelp())
    .option('--proxy <url>', h.proxy)
    .option('--proxy-user <user>', h.proxyUser)
    .option('--proxy-password-env <var>', h.proxyPasswordEnv)
    .option('--ca <file>', h.ca)
    .option('--insecure', h.insecure)
    .option('--checks <list>', h.checks(CHECK_IDS.join(', ')))
    .option('--timeout <seconds>', h.timeout, String(DEFAULT_TIMEOUT_MS / 1000))
    .option('--deadline <seconds>', h.deadline, String(DEFAULT_DEADLINE_MS / 1000))
    .option('--samples <n>', h.samples(MAX_SAMPLES), String(DEFAULT_SAMPLES))
    .option('--session-gap <seconds>', h.sessionGap, String(DEFAULT_SESSION_GAP_MS / 1000))
    .option('--oidc-issuer <url>', h.oidcIssuer)
    .option('--oidc-host <url>', h.oidcHost)
    .option('--oidc-realm <name>', h.oidcRealm)
    .option('--oidc-client-id <id>', h.oidcClientId)
    .option('--oidc-client-secret-env <var>', h.oidcClientSecretEnv)
    .option('--mail-host <host>', h.mailHost)
    .addOption(new Option('--mail-protocol <protocol>', h.mailProtocol).choices(['imap', 'pop']).default('imap'))
    .option('--mail-port <port>', h.mailPort)
    .addOption(new Option('--mail-tls <mode>', h.mailTls).choices(['implicit', 'starttls', 'none']).default('implicit'))
    .option('--mail-via-proxy', h.mailViaProxy)
    .option('--mail-user <address>', h.mailUser)
    .option('--mail-token-env <var>', h.mailTokenEnv)
    .option('--mail-authorizer <address>', h.mailAuthorizer)
    .addOption(new Option('--mail-sign-in [how]', h.mailSignIn).choices(['browser', 'paste', 'device']))
    .option('--oauth-authorize-endpoint <url>', h.oauthAuthorizeEndpoint)
    .option('--oauth-token-endpoint <url>', h.oauthTokenEndpoint)
    .option('--oauth-scopes <scopes>', h.oauthScopes)
    .option('--oauth-redirect-uri <url>', h.oauthRedirectUri)
    .option('--azure-tenant <tenant>', h.azureTenant)
    .option('--azure-client-id <id>', h.azureClientId)
    .option('--azure-client-secret-env <var>', h.azureClientSecretEnv)
    .addOption(new Option('--azure-cloud <cloud>', h.azureCloud).choices([...CLOUDS]).default('worldwide'))
    .option('--azure-login-url <url>', h.azureLoginUrl)
    .option('--on-jira-node', h.onJiraNode)
    .option('--ldap-url <url>', h.ldapUrl, (v: string, all: string[]) => [...all, v], [])
    .option('--ldap-bind-dn <dn>', h.ldapBindDn)
    .option('--ldap-password-env <var>', h.ldapPasswordEnv)
    .option('--ldap-user <user>', h.ldapUser)
    .option('--ldap-base-dn <dn>', h.ldapBaseDn)
    .option('--ldap-user-filter <filter>', h.ldapUserFilter)
    .option('--ldap-group-filter <filter>', h.ldapGroupFilter)
    .option('--ldap-group-base-dn <dn>', h.ldapGroupBaseDn)
    .addOption(new Option('--format <format>', h.format).choices(['json', 'text']).default('text'))
    .addHelpText('after', h.after)
    .action(async (opts: Options) => {
      const m = checkMessages(language);
      try {
        const secrets = await readSecrets(opts, m);
        // The checks' machinery (undici, tough-cookie, ldapts, zod) loads only when checks run.
        const { parseCheckSettings } = await import('../../checks/settings');
        const parsed = parseCheckSettings(toSettings(opts, secrets, m), secrets, undefined, language);
        if (!parsed.ok) throw new UsageError([...new Set(parsed.problems.map((p) => `${optionName(p.field, opts)}: ${p.message}`))].join('\n'));
        const mode = opts.mailSignIn === true ? (opts.oauthRedirectUri ? 'paste' : 'browser') : opts.mailSignIn;
        if (mode === 'paste' && !parsed.settings.signIn?.redirectUri) throw new UsageError(m.pasteNeedsRedirect);
        process.exitCode = await run(parsed.settings, secrets, opts.format, mode, language);
      } catch (error: unknown) {
        if (!(error instanceof UsageError)) throw error;
        // One problem a line, as every command says them: whole in English (for scripts), wrapped at 80 columns in Japanese.
        await say(process.stderr, language, error.message, m.prefix);
        await say(process.stderr, language, m.seeHelp);
        process.exitCode = 2;
      }
    });
}

async function run(settings: CheckSettings, secrets: CheckSecrets, format: 'json' | 'text', signInMode: SignInMode | undefined, language: Language): Promise<number> {
  const [{ formatProgress, formatReport, runChecks }, { loadTextWidths, wrap }] = await Promise.all([import('../../checks/index'), import('../../text/wrap')]);
  // Progress is printed as checks report it, whatever their words: string-width ready for any of them.
  await loadTextWidths();
  const controller = new AbortController();
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    process.stderr.write(`\n${checkMessages(language).cancelling}\n`);
    controller.abort(new Error('cancelled by Ctrl-C'));
  };
  process.once('SIGINT', onInterrupt);
  const live = format === 'text' ? process.stdout : process.stderr.isTTY ? process.stderr : undefined;
  const print = (lines: string[]) => live?.write(lines.map((l) => `${l}\n`).join(''));
  if (format === 'text') {
    const m = cliMessages(language);
    print(wrap(m.checking(settings.baseUrl ?? m.checkingBeforeSetup, settings.proxy?.url), ''));
    if (settings.insecure) print(wrap(m.insecureWarning, ''));
  }
  try {
    const signInOnTerminal = signInMode && settings.signIn ? (await import('../mail-sign-in')).signInOnTerminal : undefined;
    const signIn = signInOnTerminal && signInMode && settings.signIn ? await signInOnTerminal(settings, secrets, signInMode, controller.signal, language) : undefined;
    const report = await runChecks(settings, secrets, {
      ...(signIn ? { signIn } : {}),
      language,
      signal: controller.signal,
      onProgress: (event: ProgressEvent) => print(formatProgress(event, language)),
    });
    if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else print(formatReport(report, language));
    if (interrupted) return 130;
    return report.evidence.some((e) => e.outcome === 'failed') ? 1 : 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** Jira's OAuth 2.0 settings for the sign-in: as given, the rest what the knowledge suggests for the cloud (as the wizard does). */
export function signInSettings(opts: Options, m: CheckMessages = checkMessages('en')): CheckSettingsInput['signIn'] {
  if (opts.mailSignIn === undefined) return undefined;
  if (!opts.azureClientId) throw new UsageError(m.signInNeedsClientId);
  return {
    clientId: opts.azureClientId,
    ...jiraOAuthSettings({
      cloud: opts.azureCloud,
      tenant: opts.azureTenant,
      loginUrl: opts.azureLoginUrl,
      authorizeEndpoint: opts.oauthAuthorizeEndpoint,
      tokenEndpoint: opts.oauthTokenEndpoint,
      scopes: opts.oauthScopes,
    }),
    ...(opts.oauthRedirectUri ? { redirectUri: opts.oauthRedirectUri } : {}),
  };
}

function toSettings(opts: Options, secrets: CheckSecrets, m: CheckMessages): CheckSettingsInput {
  const checks = opts.checks?.split(',').map((c) => c.trim()).filter(Boolean);
  const unknown = checks?.filter((c) => !(CHECK_IDS as string[]).includes(c));
  if (unknown?.length) throw new UsageError(m.unknownChecks(unknown.map((c) => `"${c}"`).join(', '), CHECK_IDS.join(', ')));
  const wantsOidc = opts.oidcIssuer ?? opts.oidcHost ?? opts.oidcRealm ?? opts.oidcClientId;
  if (wantsOidc !== undefined && !opts.oidcClientId) throw new UsageError(m.oidcNeedsClientId);
  const wantsMail = opts.mailUser ?? opts.mailTokenEnv ?? opts.mailAuthorizer;
  if (wantsMail !== undefined && !opts.mailHost) throw new UsageError(m.mailUserNeedsHost);
  const wantsAzure = opts.azureTenant ?? opts.azureClientSecretEnv;
  if (wantsAzure !== undefined && !opts.mailSignIn && (!opts.azureTenant || !opts.azureClientId || !opts.azureClientSecretEnv)) throw new UsageError(m.azureNeeds);
  const wantsLdap = opts.ldapUrl.length > 0 || opts.ldapUser !== undefined || opts.ldapBaseDn !== undefined;
  if (wantsLdap && (!opts.ldapUrl.length || !opts.ldapUser || !opts.ldapBaseDn)) throw new UsageError(m.ldapNeeds);
  if (!opts.baseUrl && !opts.mailHost && !opts.azureTenant && !opts.oidcClientId && !opts.ldapUrl.length && opts.mailSignIn === undefined) throw new UsageError(m.nothingToCheck);
  const signIn = signInSettings(opts, m);
  const seconds = (text: string, option: string) => secondsOf(text, option, m);
  const whole = (text: string, option: string) => wholeOf(text, option, m);
  return {
    ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
    auth: secrets.token !== undefined ? 'pat' : opts.username ? 'basic' : 'none',
    ...(opts.username ? { username: opts.username } : {}),
    ...(opts.proxy ? { proxy: { url: opts.proxy, ...(opts.proxyUser ? { username: opts.proxyUser } : {}) } } : {}),
    ...(opts.ca ? { caFile: opts.ca } : {}),
    insecure: opts.insecure === true,
    ...(checks ? { checks: checks as CheckId[] } : {}),
    timeoutMs: seconds(opts.timeout, '--timeout'),
    deadlineMs: seconds(opts.deadline, '--deadline'),
    samples: whole(opts.samples, '--samples'),
    sessionGapMs: secondsOf(opts.sessionGap, '--session-gap', m, true),
    ...(opts.oidcClientId
      ? {
          oidc: {
            clientId: opts.oidcClientId,
            ...(opts.oidcIssuer ? { issuer: opts.oidcIssuer } : {}),
            ...(opts.oidcHost ? { host: opts.oidcHost } : {}),
            ...(opts.oidcRealm ? { realm: opts.oidcRealm } : {}),
          },
        }
      : {}),
    ...(opts.mailHost
      ? {
          mail: {
            host: opts.mailHost,
            protocol: opts.mailProtocol,
            tls: opts.mailTls,
            viaProxy: opts.mailViaProxy === true,
            ...(opts.mailPort ? { port: whole(opts.mailPort, '--mail-port') } : {}),
            ...(opts.mailUser ? { user: opts.mailUser } : {}),
            ...(opts.mailAuthorizer ? { authorizer: opts.mailAuthorizer } : {}),
          },
        }
      : {}),
    ...(opts.azureTenant && opts.azureClientId && opts.azureClientSecretEnv
      ? { azure: { tenant: opts.azureTenant, clientId: opts.azureClientId, cloud: opts.azureCloud, ...(opts.azureLoginUrl ? { loginUrl: opts.azureLoginUrl } : {}) } }
      : {}),
    ...(signIn ? { signIn } : {}),
    onJiraNode: opts.onJiraNode === true,
    ...(opts.ldapUrl.length && opts.ldapUser && opts.ldapBaseDn
      ? {
          ldap: {
            urls: opts.ldapUrl,
            user: opts.ldapUser,
            baseDn: opts.ldapBaseDn,
            ...(opts.ldapBindDn ? { bindDn: opts.ldapBindDn } : {}),
            ...(opts.ldapUserFilter ? { userFilter: opts.ldapUserFilter } : {}),
            ...(opts.ldapGroupFilter ? { groupFilter: opts.ldapGroupFilter } : {}),
            ...(opts.ldapGroupBaseDn ? { groupBaseDn: opts.ldapGroupBaseDn } : {}),
          },
        }
      : {}),
  };
}

/** Secrets come from named environment variables, or a prompt on a terminal; never from options. */
async function readSecrets(opts: Options, m: CheckMessages): Promise<CheckSecrets> {
  if (opts.password !== undefined || opts.token !== undefined) throw new UsageError(m.secretOnCommandLine(opts.password !== undefined ? '--password-env' : '--token-env'));
  if (opts.tokenEnv && opts.username) throw new UsageError(m.userOrToken);
  const fromEnv = (name: string | undefined, option: string) => environment(name, option, m);
  const prompt = (question: string, option: string) => ask(question, option, m);
  const secrets: CheckSecrets = {};
  const token = fromEnv(opts.tokenEnv, '--token-env');
  if (token !== undefined) secrets.token = token;
  if (opts.username) {
    secrets.password = fromEnv(opts.passwordEnv, '--password-env') ?? (await prompt(m.promptJiraPassword(opts.username), '--password-env'));
  }
  if (opts.proxyUser) {
    secrets.proxyPassword = fromEnv(opts.proxyPasswordEnv, '--proxy-password-env') ?? (await prompt(m.promptProxyPassword(opts.proxyUser), '--proxy-password-env'));
  }
  if (opts.ldapBindDn) {
    secrets.ldapPassword = fromEnv(opts.ldapPasswordEnv, '--ldap-password-env') ?? (await prompt(m.promptLdapPassword(opts.ldapBindDn), '--ldap-password-env'));
  }
  const clientSecret = fromEnv(opts.oidcClientSecretEnv, '--oidc-client-secret-env');
  if (clientSecret !== undefined) secrets.oidcClientSecret = clientSecret;
  const mailToken = fromEnv(opts.mailTokenEnv, '--mail-token-env');
  if (mailToken !== undefined) secrets.mailToken = mailToken;
  const azureSecret = fromEnv(opts.azureClientSecretEnv, '--azure-client-secret-env');
  if (azureSecret !== undefined) secrets.azureClientSecret = azureSecret;
  return secrets;
}

function environment(name: string | undefined, option: string, m: CheckMessages): string | undefined {
  if (name === undefined) return undefined;
  const value = process.env[name];
  if (value === undefined || value === '') throw new UsageError(m.envNotSet(option, name));
  return value;
}

/** Asks on the terminal without echoing what is typed. */
async function ask(question: string, option: string, m: CheckMessages): Promise<string> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) throw new UsageError(m.noTerminal(option));
  process.stderr.write(question);
  const [{ createInterface }, { Writable }] = await Promise.all([import('node:readline'), import('node:stream')]);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: process.stdin, output: silent, terminal: true });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    process.stderr.write('\n');
  }
}

/** A time in seconds; `zero` allows none at all (no pause between requests). */
function secondsOf(text: string, option: string, m: CheckMessages, zero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !zero) || text.trim() === '') throw new UsageError(m.seconds(option, text));
  return Math.round(value * 1000);
}

function wholeOf(text: string, option: string, m: CheckMessages): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new UsageError(m.whole(option, text));
  return value;
}

const OPTION_OF_FIELD: Record<string, string> = {
  baseUrl: '--base-url',
  username: '--username',
  password: '--password-env',
  token: '--token-env',
  'proxy.url': '--proxy',
  'proxy.password': '--proxy-password-env',
  caFile: '--ca',
  timeoutMs: '--timeout',
  deadlineMs: '--deadline',
  samples: '--samples',
  sessionGapMs: '--session-gap',
  'oidc.issuer': '--oidc-issuer',
  'oidc.host': '--oidc-host',
  oidc: '--oidc-issuer',
  'mail.port': '--mail-port',
  'mail.user': '--mail-user',
  'mail.authorizer': '--mail-authorizer',
  'azure.tenant': '--azure-tenant',
  'azure.clientId': '--azure-client-id',
  'azure.secret': '--azure-client-secret-env',
  'azure.loginUrl': '--azure-login-url',
  'signIn.authorizeEndpoint': '--oauth-authorize-endpoint',
  'signIn.tokenEndpoint': '--oauth-token-endpoint',
  'signIn.redirectUri': '--oauth-redirect-uri',
  'signIn.scopes': '--oauth-scopes',
  'signIn.clientId': '--azure-client-id',
};

/** An endpoint the admin did not give was made from --azure-login-url: the message names what was typed. */
function optionName(field: string, opts: Options): string {
  const derived = (field === 'signIn.authorizeEndpoint' && !opts.oauthAuthorizeEndpoint) || (field === 'signIn.tokenEndpoint' && !opts.oauthTokenEndpoint && !opts.oauthAuthorizeEndpoint);
  if (derived && opts.azureLoginUrl) return '--azure-login-url';
  return OPTION_OF_FIELD[field] ?? (field.startsWith('ldap.urls') ? '--ldap-url' : field);
}
