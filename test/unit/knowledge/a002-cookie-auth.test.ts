import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/index';
import { diagnose, matchErrorText, relevantQuestions } from '../../../knowledge/index';
import { part } from '../../../knowledge/articles/a002-cookie-auth';
import { becauseOf, expectUnambiguousExamples, solutionOf, statusOf } from './article-helpers';

const EXPIRED = 'cookie-auth/session-expired';
const CAPTCHA = 'cookie-auth/captcha';
const XSRF = 'cookie-auth/xsrf-check';
const cookie: Facts = { symptom: 'cookie-auth', 'auth.method': 'cookie' };

describe('article 002: cookie-based authentication', () => {
  it('leaves all three causes possible while nothing decides them', () => {
    const d = diagnose({ symptom: 'cookie-auth' });
    expect(d.causes.map((c) => c.id).sort()).toEqual([CAPTCHA, EXPIRED, XSRF]);
    expect(d.causes.every((c) => c.status === 'possible')).toBe(true);
  });

  describe('session expiry', () => {
    it('is only likely when the cookie worked and later calls get 401: a client that keeps only JSESSIONID behind a load balancer does the same', () => {
      const facts: Facts = { ...cookie, 'cookie.worksThenFails': true };
      expect(statusOf(facts, EXPIRED)).toBe('likely');
      expect(becauseOf(facts, EXPIRED)).toMatch(/only JSESSIONID/);
      expect(statusOf({ ...facts, 'jira.version': '9.12.0', errors: ['nothing relevant'] }, EXPIRED)).not.toBe('confirmed');
    });

    it('is ruled out when the calls fail straight away', () => {
      expect(statusOf({ ...cookie, 'cookie.worksThenFails': false }, EXPIRED)).toBe('ruled-out');
    });

    it.each([
      ['basic', 'HTTP Basic authentication'],
      ['oauth', 'OAuth'],
      ['pat', 'personal access token'],
    ] as const)('is ruled out for a client that logs in with %s, said in words', (method, words) => {
      const facts: Facts = { symptom: 'cookie-auth', 'auth.method': method };
      expect(statusOf(facts, EXPIRED)).toBe('ruled-out');
      expect(becauseOf(facts, EXPIRED)).toContain(words);
    });

    it('is likely when the security log shows the session was logged out', () => {
      const line = "2024-05-14 10:02:17,442+0000 http-nio-8080-exec-2 svc 602x23015x1 1xk9q2m 10.0.4.21 /rest/auth/1/session The user 'svc' has logged out.";
      expect(statusOf({ ...cookie, errors: [line] }, EXPIRED)).toBe('likely');
    });

    it('says to log in again to the session resource and keep every cookie', () => {
      const text = solutionOf({ ...cookie, 'cookie.worksThenFails': true }, EXPIRED);
      expect(text).toContain('POST /rest/auth/1/session');
      expect(text).toMatch(/every cookie/);
      expect(text).toMatch(/Basic authentication over HTTPS/);
    });

    it('offers a personal access token from Jira 8.14.0 on, not before', () => {
      const facts: Facts = { ...cookie, 'cookie.worksThenFails': true };
      expect(solutionOf({ ...facts, 'jira.version': '8.14.0' }, EXPIRED)).toContain('Authorization: Bearer');
      expect(solutionOf({ ...facts, 'jira.version': '8.13.99' }, EXPIRED)).not.toContain('Authorization: Bearer');
      expect(solutionOf({ ...facts, 'jira.version': '8.13.99' }, EXPIRED)).toMatch(/need Jira 8\.14 or later/);
    });
  });

  describe('CAPTCHA', () => {
    it('is confirmed by the X-Authentication-Denied-Reason header', () => {
      const facts: Facts = { ...cookie, 'auth.deniedReason': 'CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp' };
      expect(statusOf(facts, CAPTCHA)).toBe('confirmed');
      expect(becauseOf(facts, CAPTCHA)).toContain('CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp');
    });

    it('is confirmed by AUTHENTICATION_DENIED, even among other comma-joined reasons', () => {
      expect(statusOf({ ...cookie, 'auth.loginReason': 'AUTHENTICATION_DENIED' }, CAPTCHA)).toBe('confirmed');
      expect(statusOf({ ...cookie, 'auth.loginReason': 'OUT, AUTHENTICATION_DENIED' }, CAPTCHA)).toBe('confirmed');
    });

    it('is ruled out by AUTHENTICATED_FAILED: Jira did check the password (the facts correct article 002)', () => {
      const facts: Facts = { ...cookie, 'auth.loginReason': 'AUTHENTICATED_FAILED' };
      expect(statusOf(facts, CAPTCHA)).toBe('ruled-out');
      expect(becauseOf(facts, CAPTCHA)).toMatch(/checked the password/);
      expect(becauseOf(facts, CAPTCHA)).toMatch(/AUTHENTICATION_DENIED instead/);
      expect(becauseOf(facts, CAPTCHA)).not.toMatch(/Article 002/i);
    });

    it('is ruled out by AUTHORISATION_FAILED too: the password was accepted, so the CAPTCHA did not stop the login', () => {
      const facts: Facts = { ...cookie, 'auth.loginReason': 'AUTHORISATION_FAILED' };
      expect(statusOf(facts, CAPTCHA)).toBe('ruled-out');
      expect(becauseOf(facts, CAPTCHA)).toMatch(/password was accepted/);
      expect(statusOf({ ...cookie, 'auth.loginReason': 'AUTHORISATION_FAILED, AUTHENTICATION_DENIED' }, CAPTCHA)).toBe('confirmed');
    });

    it('is ruled out by errors that show a password check and no sign of the lock, and confirmed when the lock shows', () => {
      const checked = 'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED';
      expect(statusOf({ ...cookie, errors: [checked] }, CAPTCHA)).toBe('ruled-out');
      expect(statusOf({ ...cookie, errors: [checked, 'X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://j/login.jsp'] }, CAPTCHA)).toBe('confirmed');
    });

    it('is ruled out when the login itself worked', () => {
      expect(statusOf({ ...cookie, 'auth.loginReason': 'OK' }, CAPTCHA)).toBe('ruled-out');
      expect(statusOf({ ...cookie, 'auth.loginReason': 'OUT, OK' }, CAPTCHA)).toBe('ruled-out');
    });

    it.each(['oauth', 'pat'] as const)('is ruled out for %s, which skips the password check', (method) => {
      expect(statusOf({ symptom: 'cookie-auth', 'auth.method': method }, CAPTCHA)).toBe('ruled-out');
    });

    it('is confirmed from a pasted header and likely from a security-log line', () => {
      expect(statusOf({ ...cookie, errors: ['X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://j.example/login.jsp'] }, CAPTCHA)).toBe(
        'confirmed',
      );
      const log =
        "2024-05-14 09:12:44,301+0000 http-nio-8080-exec-12 anonymous 552x20431x1 - 10.0.4.21 /rest/auth/1/session The user 'svc' is required to answer a CAPTCHA elevated security check.  Failure count equals 3";
      expect(statusOf({ ...cookie, errors: [log] }, CAPTCHA)).toBe('likely');
    });

    it('tells the admin how to clear the lock and where the threshold is, with the AUTHENTICATED_FAILED correction', () => {
      const facts: Facts = { ...cookie, 'auth.loginReason': 'AUTHENTICATION_DENIED' };
      const text = solutionOf(facts, CAPTCHA);
      expect(text).toContain('Reset failed login count');
      expect(text).toMatch(/browser and answer the CAPTCHA/);
      expect(text).toContain('⚙ > System > General configuration');
      expect(text).toContain('Maximum Authentication Attempts Allowed');
      expect(text).toMatch(/Only AUTHENTICATION_DENIED means the CAPTCHA refused the login/);
    });

    it('suggests a personal access token for automation only where Jira has them', () => {
      const facts: Facts = { ...cookie, 'auth.loginReason': 'AUTHENTICATION_DENIED' };
      const solutionIds = (version: string) => diagnose({ ...facts, 'jira.version': version }).causes.find((c) => c.id === CAPTCHA)!.solutions.map((s) => s.id);
      expect(solutionIds('9.12.0')).toContain('cookie-auth/token-for-automation');
      expect(solutionIds('8.5.0')).not.toContain('cookie-auth/token-for-automation');
    });
  });

  describe('XSRF (form token) check', () => {
    it('is confirmed for a form-encoded call without the no-check header', () => {
      expect(statusOf({ ...cookie, 'request.formEncoded': true, 'request.hasNoCheckHeader': false }, XSRF)).toBe('confirmed');
    });

    it('is confirmed by the "XSRF check failed" answer', () => {
      expect(statusOf({ symptom: 'cookie-auth', errors: ['HTTP 403: XSRF check failed'] }, XSRF)).toBe('confirmed');
    });

    it('is ruled out for JSON calls and for calls that already send the header', () => {
      expect(statusOf({ ...cookie, 'request.formEncoded': false }, XSRF)).toBe('ruled-out');
      expect(statusOf({ ...cookie, 'request.formEncoded': true, 'request.hasNoCheckHeader': true }, XSRF)).toBe('ruled-out');
    });

    it('gives the exact header, no-check and not nocheck', () => {
      const facts: Facts = { ...cookie, 'request.formEncoded': true, 'request.hasNoCheckHeader': false };
      const cause = diagnose(facts).causes.find((c) => c.id === XSRF)!;
      expect(cause.solutions[0]!.steps[0]!.code).toEqual(['X-Atlassian-Token: no-check']);
      expect(cause.solutions[0]!.notes.join(' ')).toContain('"nocheck"');
      expect(cause.solution).toContain('section “Form token checking”');
    });
  });

  describe('questions', () => {
    const ids = (facts: Facts) => relevantQuestions(facts).map((q) => q.id);

    it('asks about the cookie only for cookie clients and about the header only for form calls', () => {
      expect(ids({ symptom: 'cookie-auth', 'auth.method': 'basic' })).not.toContain('cookie-works-then-fails');
      expect(ids(cookie)).toContain('cookie-works-then-fails');
      expect(ids({ symptom: 'cookie-auth', 'request.formEncoded': false })).not.toContain('no-check-header');
      expect(ids({ symptom: 'cookie-auth', 'request.formEncoded': true })).toContain('no-check-header');
    });

    it('asks for the denied reason only when the login reason is unknown', () => {
      expect(ids({ symptom: 'cookie-auth' })).toContain('denied-reason');
      expect(ids({ symptom: 'cookie-auth', 'auth.loginReason': 'AUTHENTICATION_DENIED' })).not.toContain('denied-reason');
      expect(ids({ symptom: 'cookie-auth', 'auth.loginReason': 'AUTHENTICATED_FAILED' })).not.toContain('denied-reason');
    });

    it('names the checks that read the login headers and the session', () => {
      const byId = new Map(part.questions!.map((q) => [q.id, q]));
      expect(byId.get('login-reason')!.answeredBy).toEqual(['credentials', 'session-cookie']);
      expect(byId.get('denied-reason')!.answeredBy).toEqual(['credentials', 'session-cookie']);
      expect(byId.get('cookie-works-then-fails')!.answeredBy).toEqual(['session-cookie']);
    });
  });

  describe('signatures', () => {
    it('each example matches its own signature and nothing with another meaning', () => {
      expectUnambiguousExamples(part);
    });

    it('tells AUTHENTICATED_FAILED from AUTHENTICATION_DENIED', () => {
      const failed = matchErrorText('Basic Authentication Failure - Reason : AUTHENTICATED_FAILED');
      expect(failed.map((m) => m.signature.id)).toEqual(['seraph-authenticated-failed']);
      expect(failed[0]!.causes).not.toContain(CAPTCHA);
      expect(failed[0]!.signature.meaning).toMatch(/not the CAPTCHA/);
      expect(matchErrorText('X-Seraph-LoginReason: AUTHENTICATION_DENIED')[0]!.causes).toEqual([CAPTCHA]);
    });
  });
});
