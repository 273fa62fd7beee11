import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/index';
import { diagnose, matchErrorText, relevantQuestions } from '../../../knowledge/index';
import { part } from '../../../knowledge/articles/a003-rest-sso';
import { becauseOf, expectUnambiguousExamples, solutionOf, statusOf } from './article-helpers';

const TOO_OLD = 'rest-sso/plugin-too-old';
const DISABLED = 'rest-sso/rest-sso-disabled';
const DAG = 'rest-sso/direct-access-grants-disabled';
const sso: Facts = { symptom: 'rest-sso' };
const DAG_ERROR = 'requestTokens provider rejected token request: Client not allowed for direct access grants';

describe('article 003: OpenID Connect plugin REST SSO', () => {
  it('leaves the three causes possible while nothing decides them', () => {
    const d = diagnose(sso);
    expect(d.causes.map((c) => [c.id, c.status]).sort()).toEqual([
      [DAG, 'possible'],
      [TOO_OLD, 'possible'],
      [DISABLED, 'possible'],
    ]);
  });

  describe('plugin version (REST SSO since 1.3.0)', () => {
    it.each(['1.2.9', '1.2.0', '0.9.5'])('confirms "too old" for %s', (version) => {
      const facts: Facts = { ...sso, 'oidc.pluginVersion': version };
      expect(statusOf(facts, TOO_OLD)).toBe('confirmed');
      expect(becauseOf(facts, TOO_OLD)).toContain(version);
    });

    it.each(['1.3.0', '1.3.1', '1.10.0', '2.0.0'])('rules "too old" out for %s', (version) => {
      expect(statusOf({ ...sso, 'oidc.pluginVersion': version }, TOO_OLD)).toBe('ruled-out');
    });

    it('sends an old plugin to the upgrade first, not to an option it does not have', () => {
      const facts: Facts = { ...sso, 'oidc.pluginVersion': '1.2.9', 'oidc.restSsoEnabled': false };
      expect(statusOf(facts, DISABLED)).toBe('ruled-out');
      expect(solutionOf(facts, TOO_OLD)).toMatch(/update the OpenID Connect plugin to version 1\.3\.0 or later/);
      expect(relevantQuestions({ ...sso, 'oidc.pluginVersion': '1.2.9' }).map((q) => q.id)).not.toContain('oidc-rest-sso-enabled');
      expect(relevantQuestions({ ...sso, 'oidc.pluginVersion': '1.3.0' }).map((q) => q.id)).toContain('oidc-rest-sso-enabled');
    });
  });

  describe('the REST SSO option', () => {
    it('is confirmed off when the admin says so, with the version unknown or recent', () => {
      expect(statusOf({ ...sso, 'oidc.restSsoEnabled': false }, DISABLED)).toBe('confirmed');
      expect(statusOf({ ...sso, 'oidc.restSsoEnabled': false, 'oidc.pluginVersion': '1.3.0' }, DISABLED)).toBe('confirmed');
    });

    it('is ruled out when the option is on', () => {
      expect(statusOf({ ...sso, 'oidc.restSsoEnabled': true }, DISABLED)).toBe('ruled-out');
    });

    it("says so when 'REST SSO is off' contradicts the plugin's own password-grant log line", () => {
      const facts: Facts = { ...sso, 'oidc.restSsoEnabled': false, errors: ['requestTokens provider rejected token request: Invalid user credentials'] };
      expect(statusOf(facts, DISABLED)).toBe('ruled-out');
      expect(becauseOf(facts, DISABLED)).toMatch(/disagree/);
      expect(statusOf({ ...sso, 'oidc.restSsoEnabled': false, errors: [DAG_ERROR] }, DISABLED)).toBe('ruled-out');
      // Logs that say nothing of the plugin leave the admin's answer standing.
      expect(statusOf({ ...sso, 'oidc.restSsoEnabled': false, errors: ['something else'] }, DISABLED)).toBe('confirmed');
      // With no answer, the log line alone settles it.
      expect(statusOf({ ...sso, errors: ['requestTokens provider rejected token request: Account disabled'] }, DISABLED)).toBe('ruled-out');
    });
  });

  describe('Direct Access Grants', () => {
    it('is confirmed when the provider does not allow the password grant', () => {
      expect(statusOf({ ...sso, 'oidc.directAccessGrants': false }, DAG)).toBe('confirmed');
    });

    it("is confirmed by the plugin's log line", () => {
      const facts: Facts = { ...sso, errors: [`2026-11-20 10:15:02,114+0000 http-nio-8080-exec-7 ERROR anonymous 615x1021x1 - 10.0.0.5 /rest/api/2/myself ${DAG_ERROR}`] };
      expect(statusOf(facts, DAG)).toBe('confirmed');
      expect(becauseOf(facts, DAG)).toContain('Client not allowed for direct access grants');
    });

    it('is ruled out when the grant is allowed', () => {
      expect(statusOf({ ...sso, 'oidc.directAccessGrants': true }, DAG)).toBe('ruled-out');
    });

    it('shows the Keycloak switch for Keycloak and the generic grant otherwise', () => {
      const facts: Facts = { ...sso, 'oidc.directAccessGrants': false };
      const keycloak = diagnose({ ...facts, 'oidc.provider': 'keycloak' }).causes.find((c) => c.id === DAG)!;
      expect(keycloak.solutions[0]!.team).toBe('idp-admin');
      expect(solutionOf({ ...facts, 'oidc.provider': 'keycloak' }, DAG)).toContain('Direct Access Grants Enabled');
      expect(solutionOf({ ...facts, 'oidc.provider': 'keycloak' }, DAG)).not.toContain('grant_type=password');
      expect(solutionOf({ ...facts, 'oidc.provider': 'other' }, DAG)).toContain('grant_type=password');
      expect(solutionOf({ ...facts, 'oidc.provider': 'other' }, DAG)).not.toContain('Direct Access Grants Enabled');
    });
  });

  describe("the article's warnings", () => {
    it('warns about http endpoints unless all are known to be https', () => {
      const facts: Facts = { ...sso, 'oidc.directAccessGrants': false };
      expect(solutionOf({ ...facts, 'oidc.endpointsHttps': false }, DAG)).toMatch(/starts with https:\/\//);
      expect(solutionOf(facts, DAG)).toMatch(/starts with https:\/\//);
      expect(solutionOf({ ...facts, 'oidc.endpointsHttps': true }, DAG)).not.toMatch(/starts with https:\/\//);
    });

    it('notes that local accounts still log in and that OAuth2 tokens are preferred', () => {
      const text = solutionOf({ ...sso, 'oidc.restSsoEnabled': false }, DISABLED);
      expect(text).toMatch(/Local \(non-SSO\) Jira accounts can still log in/);
      expect(text).toMatch(/OAuth2 token/);
      expect(text).toMatch(/starts with https:\/\//);
    });

    it('never invents a cause for http endpoints', () => {
      const d = diagnose({ ...sso, 'oidc.endpointsHttps': false });
      expect(d.causes.every((c) => c.status === 'possible')).toBe(true);
    });
  });

  describe('signatures', () => {
    it('each example matches its own signature and nothing with another meaning', () => {
      expectUnambiguousExamples(part);
    });

    it('explains the Keycloak answers the plugin passes on', () => {
      // The password-grant line itself (REST SSO is on) is reported next to the provider's reason.
      const meaning = (text: string) =>
        matchErrorText(`requestTokens provider rejected token request: ${text}`)
          .filter((m) => m.signature.id !== 'oidc-password-grant-refused')
          .map((m) => m.signature.meaning);
      expect(meaning('Invalid user credentials')).toEqual([expect.stringMatching(/wrong password, an unknown user/)]);
      expect(meaning('Account disabled')).toEqual([expect.stringMatching(/disabled/)]);
      expect(meaning('Invalid client secret')).toEqual([expect.stringMatching(/client secret/)]);
      expect(meaning('Invalid client or Invalid client credentials')).toEqual([expect.stringMatching(/client secret/)]);
      expect(meaning('Account is not fully set up')).toEqual([expect.stringMatching(/required actions/)]);
      expect(matchErrorText(DAG_ERROR)[0]!.causes).toEqual([DAG]);
    });

    it("recognises the provider's answers as the plugin logs them or as the token endpoint returns them, not bare phrases", () => {
      const ids = (text: string) => matchErrorText(text).map((m) => m.signature.id);
      expect(ids('{"error": "invalid_grant", "error_description": "Account disabled"}')).toEqual(['keycloak-account-disabled']);
      expect(ids('{"error":"unauthorized_client","error_description":"Invalid client secret"}')).toEqual(['keycloak-invalid-client-credentials']);
      expect(ids('2026-11-20 03:00:00,000+0000 Caesium-1-4 INFO ServiceRunner [c.a.j.user.UserUtil] Account disabled for 3 users')).toEqual([]);
    });
  });
});
