import { describe, expect, it } from 'vitest';
import type { HttpResponse } from '../../../electron/checks/http';
import { affinityCookies, expectJson, readAuth } from '../../../electron/checks/jira-answer';
import { CheckFailure } from '../../../electron/checks/problems';

const BASE = 'https://jira.example.com/jira';
const res = (status: number, headers: Record<string, string> = {}, body = '', truncated = false): HttpResponse => ({ url: `${BASE}/rest/api/2/myself`, status, headers, setCookies: [], body, truncated });

function problemOf(fn: () => unknown) {
  try {
    fn();
  } catch (error: unknown) {
    if (error instanceof CheckFailure) return error.problem;
    throw error;
  }
  throw new Error('expected a CheckFailure');
}

describe("reading Jira's authentication headers", () => {
  it('accepts OK with the user named', () => {
    expect(readAuth(res(200, { 'x-ausername': 'alice', 'x-seraph-loginreason': 'OK' }), true)).toEqual({ user: 'alice', loginReasons: ['OK'], captcha: false, rejected: false });
  });

  it('decodes URL-encoded user names and splits several reasons', () => {
    const view = readAuth(res(200, { 'x-ausername': 'j%C3%B3zef', 'x-seraph-loginreason': 'OUT, OK' }), true);
    expect(view.user).toBe('józef');
    expect(view.loginReasons).toEqual(['OUT', 'OK']);
  });

  it('sees rejection in a 401, a failed reason, or an anonymous answer to credentials', () => {
    expect(readAuth(res(401, { 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' }), true).rejected).toBe(true);
    expect(readAuth(res(200, { 'x-ausername': 'anonymous' }), true).rejected).toBe(true);
    expect(readAuth(res(200, { 'x-ausername': 'anonymous' }), false).rejected).toBe(false);
  });

  it('does not call a permission answer (401 with reason OK) a rejected login', () => {
    expect(readAuth(res(401, { 'x-ausername': 'alice', 'x-seraph-loginreason': 'OK' }), true).rejected).toBe(false);
  });

  it('recognizes the CAPTCHA lock', () => {
    const view = readAuth(res(403, { 'x-seraph-loginreason': 'AUTHENTICATION_DENIED', 'x-authentication-denied-reason': `CAPTCHA_CHALLENGE; login-url=${BASE}/login.jsp` }), true);
    expect(view).toMatchObject({ captcha: true, rejected: true, deniedReason: `CAPTCHA_CHALLENGE; login-url=${BASE}/login.jsp` });
  });
});

describe('what came back instead of JSON', () => {
  it('a redirect to another host is an SSO front end', () => {
    expect(problemOf(() => expectJson(res(302, { location: 'https://idp.example.com/saml' }), BASE, 'myself')).code).toBe('sso-redirect');
  });

  it('a redirect on the same host to a login path is a login page', () => {
    expect(problemOf(() => expectJson(res(302, { location: '/jira/login.jsp?os_destination=x' }), BASE, 'myself')).code).toBe('login-page');
  });

  it('a redirect to https names the URL to use', () => {
    const p = problemOf(() => expectJson({ ...res(301, { location: 'https://jira.example.com/jira/rest/api/2/myself' }), url: 'http://jira.example.com/jira/rest/api/2/myself' }, 'http://jira.example.com/jira', 'myself'));
    expect(p.advice).toBe('Use the base URL https://jira.example.com/jira.');
  });

  it('an HTML page with a password field is a login page; another HTML page is not Jira', () => {
    expect(problemOf(() => expectJson(res(200, { 'content-type': 'text/html' }, '<html><input type="password"></html>'), BASE, 'myself')).code).toBe('login-page');
    expect(problemOf(() => expectJson(res(200, { 'content-type': 'text/html' }, '<html><h1>It works!</h1></html>'), BASE, 'myself')).message).toMatch(/HTML page \(status 200\) instead of JSON/);
  });

  it('empty, cut off, or broken bodies', () => {
    expect(problemOf(() => expectJson(res(200, {}, '  '), BASE, 'myself')).message).toMatch(/empty body/);
    expect(problemOf(() => expectJson(res(200, {}, '{"a":', true), BASE, 'myself')).message).toMatch(/more than 256 KB/);
    expect(problemOf(() => expectJson(res(200, {}, '{"a":'), BASE, 'myself')).message).toMatch(/not JSON/);
  });

  it('parses JSON', () => {
    expect(expectJson(res(200, { 'content-type': 'application/json' }, '{"a":1}'), BASE, 'myself')).toEqual({ a: 1 });
  });
});

describe('load-balancer affinity cookies', () => {
  it('names the conventions of jira-facts §2.4, and ignores other cookies', () => {
    expect(
      affinityCookies([
        'JSESSIONID=ABC.node1; Path=/',
        'ROUTEID=.2; path=/',
        'AWSALB=xyz; Expires=…',
        'BIGipServer~DMZ~jira_pool=123.456.0000; path=/',
        'SRVID=app1; path=/',
        'INGRESSCOOKIE=abc|def',
        'atlassian.xsrf.token=BXMG_lin; Path=/',
      ]),
    ).toEqual([
      'JSESSIONID with a node route suffix (Tomcat jvmRoute)',
      'ROUTEID (Apache mod_proxy_balancer)',
      'AWSALB (AWS Application Load Balancer)',
      'BIGipServer~DMZ~jira_pool (F5 BIG-IP)',
      'SRVID (HAProxy-style server cookie)',
      'INGRESSCOOKIE (ingress-nginx)',
    ]);
    expect(affinityCookies(['JSESSIONID=6E3487971234567896704A9EB4AE501F; Path=/'])).toEqual([]);
  });
});
