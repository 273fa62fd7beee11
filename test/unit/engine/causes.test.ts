import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { CauseId } from '../../../knowledge/contract/causes';
import { CAUSE_IDS, symptomOf } from '../../../knowledge/contract/causes';
import type { Facts, FactName } from '../../../knowledge/contract/facts';
import { engine } from '../../../knowledge/index';
import { createWizardMachine } from '../../../knowledge/engine/machines/wizard';
import { wizardSelectors } from '../../../knowledge/engine/machines/selectors';

/**
 * One realistic case per contract cause, driven through the wizard as an admin would: the answers
 * below for the questions the wizard asks, "I don't know" for every other question. Each must end
 * with its cause confirmed (or likely, where the articles only give signs).
 */
const today = '2026-11-23';
const microsoft = { 'mail.provider': 'microsoft' } as const;
const CASES: Record<CauseId, { expect: 'confirmed' | 'likely'; answers: Facts }> = {
  'rest-401/ldap-groups-missing': { expect: 'confirmed', answers: { 'directory.type': 'ldap', 'rest401.pattern': 'intermittent', 'user.groupsMissingOnFailure': true } },
  'rest-401/ldap-cluster-inconsistent': {
    expect: 'confirmed',
    answers: { 'directory.type': 'ldap', 'rest401.pattern': 'intermittent', 'ldap.clustered': true, 'ldap.consistent': false },
  },
  'mail-oauth/scopes': {
    expect: 'confirmed',
    answers: { ...microsoft, 'microsoft.cloud': 'worldwide', 'mail.protocol': 'imap', 'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All' },
  },
  'mail-oauth/protocol-disabled': { expect: 'confirmed', answers: { ...microsoft, 'mailbox.protocolEnabled': false } },
  'mail-oauth/mailbox-permission': { expect: 'confirmed', answers: { ...microsoft, 'mailbox.kind': 'shared', 'mailbox.authorizerHasFullAccess': false } },
  'mail-oauth/no-license': { expect: 'confirmed', answers: { ...microsoft, 'mailbox.licensed': false } },
  'mail-oauth/no-inbox-folder': { expect: 'confirmed', answers: { ...microsoft, 'mailbox.hasInboxFolder': false } },
  'mail-oauth/client-access-rules': { expect: 'confirmed', answers: { ...microsoft, 'mail.protocol': 'imap', 'exchange.clientAccessRulesAllowImap': false } },
  'mail-oauth/firewall': { expect: 'confirmed', answers: { ...microsoft, 'network.mailReachableFromJira': false } },
  'mail-oauth/single-tenant': {
    expect: 'confirmed',
    answers: {
      ...microsoft,
      'azure.accountType': 'single-tenant',
      // Once the authorize endpoint confirms the cause, the token endpoint cannot change it: not asked.
      'oauth.authorizeEndpoint': 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    },
  },
  'mail-oauth/gov-cloud': {
    expect: 'confirmed',
    answers: { ...microsoft, 'microsoft.cloud': 'gcc-high', 'mail.handler': 'jsm', 'jsm.version': '4.20.4', 'jira.license': 'datacenter' },
  },
  'mail-oauth/pop-unsupported': { expect: 'confirmed', answers: { ...microsoft, 'mail.handler': 'jira', 'mail.protocol': 'pop', 'jira.version': '8.13.2' } },
  'mail-oauth/cached-credentials': { expect: 'confirmed', answers: { ...microsoft, 'oauth.authorizedAsExpectedUser': false } },
  'mail-oauth/multichannel-beta': {
    expect: 'confirmed',
    answers: { ...microsoft, 'mail.handler': 'jsm', 'jsm.version': '4.18.1', 'jsm.multiChannelBeta': true, 'jsm.oauthChannelCount': 2 },
  },
  'mail-oauth/stickiness': { expect: 'confirmed', answers: { ...microsoft, 'jira.clustered': true, 'lb.sticky': false } },
  'mail-oauth/secret-expired': { expect: 'confirmed', answers: { ...microsoft, 'azure.secretExpiresOn': '2026-10-01', 'azure.secretIdentified': true } },
  'mail-oauth/inbox-flooded': { expect: 'likely', answers: { ...microsoft, 'mailbox.flooded': true } },
  'mail-oauth/proxy': { expect: 'likely', answers: { ...microsoft, 'jvm.args': '-Xms2g -Xmx8g -Dhttps.proxyHost=proxy.example.org -Dhttps.proxyPort=3128' } },
  'mail-oauth/oauth-unsupported-version': { expect: 'confirmed', answers: { ...microsoft, 'mail.handler': 'jira', 'jira.version': '8.9.1' } },
  'mail-oauth/graph-admin-consent': { expect: 'confirmed', answers: { ...microsoft, 'mail.protocol': 'graph', 'azure.adminConsentGranted': false } },
  'mail-oauth/graph-permission': { expect: 'confirmed', answers: { ...microsoft, 'mail.protocol': 'graph', 'azure.graphMailPermission': false } },
  'mail-oauth/graph-access-policy': { expect: 'confirmed', answers: { ...microsoft, 'mail.protocol': 'graph', 'exchange.appAccessPolicyAllowsMailbox': false } },
  'mail-oauth/graph-multi-tenant': { expect: 'likely', answers: { ...microsoft, 'mail.protocol': 'graph', 'azure.accountType': 'multi-tenant' } },
  'mail-oauth/redirect-uri-mismatch': { expect: 'confirmed', answers: { ...microsoft, 'mail.protocol': 'imap', 'azure.redirectUriMatches': false } },
  'mail-oauth/base-url-https': { expect: 'confirmed', answers: { ...microsoft, 'jira.baseUrl': 'http://jira.example.com' } },
  'mail-oauth/consent-not-granted': { expect: 'confirmed', answers: { errors: ['AADSTS65001: The user or administrator has not consented to use the application'] } },
  'mail-oauth/refresh-token-revoked': { expect: 'confirmed', answers: { errors: ['AADSTS50173: The provided grant has expired due to it being revoked'] } },
  'cookie-auth/session-expired': { expect: 'likely', answers: { 'auth.method': 'cookie', 'cookie.worksThenFails': true } },
  'cookie-auth/captcha': { expect: 'confirmed', answers: { 'auth.method': 'basic', 'auth.loginReason': 'AUTHENTICATION_DENIED' } },
  'cookie-auth/xsrf-check': { expect: 'confirmed', answers: { 'auth.method': 'basic', 'request.formEncoded': true, 'request.hasNoCheckHeader': false } },
  'rest-sso/plugin-too-old': { expect: 'confirmed', answers: { 'oidc.pluginVersion': '1.2.0' } },
  'rest-sso/rest-sso-disabled': { expect: 'confirmed', answers: { 'oidc.pluginVersion': '1.4.2', 'oidc.restSsoEnabled': false } },
  'rest-sso/direct-access-grants-disabled': { expect: 'confirmed', answers: { 'oidc.directAccessGrants': false } },
};

const machine = createWizardMachine(engine, { today });
const { selectCurrentQuestion, selectDiagnosis, selectView } = wizardSelectors(engine);

describe('every contract cause, reached through the wizard', () => {
  it('has a case for every cause', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(Object.entries(CASES) as [CauseId, (typeof CASES)[CauseId]][])('%s', (cause, { expect: status, answers }) => {
    const actor = createActor(machine).start();
    actor.send({ type: 'START', symptom: symptomOf(cause) });
    const asked: string[] = [];
    for (let step = 0; step < 100 && selectView(actor.getSnapshot()) === 'question'; step++) {
      const fact = selectCurrentQuestion(actor.getSnapshot())!.fact as FactName;
      asked.push(fact);
      const value = answers[fact];
      actor.send(value === undefined ? { type: 'DONT_KNOW', fact } : { type: 'ANSWER', fact, value: value });
    }
    expect(selectView(actor.getSnapshot())).toBe('diagnosis');
    expect(Object.keys(answers).filter((fact) => !asked.includes(fact)), 'answers the wizard never asked for').toEqual([]);
    const diagnosed = selectDiagnosis(actor.getSnapshot().context).causes.find((c) => c.id === cause);
    expect(diagnosed?.status).toBe(status);
    expect(diagnosed?.because.length).toBeGreaterThan(0);
    expect(diagnosed?.solution).toMatch(/\(Source: /);
  });
});
