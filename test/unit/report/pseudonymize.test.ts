import { describe, expect, it } from 'vitest';
import { Pseudonymizer } from '../../../electron/report/pseudonymize';

describe('pseudonyms for reports that leave the company', () => {
  it('gives the same host, user and IP the same stand-in everywhere', () => {
    const p = new Pseudonymizer();
    const out = p.deep({
      instance: 'https://jira.corp.internal:8443/jira',
      line: "login : 'alice' tried to login but they do not have USE permission or weren't found. From 10.1.103.156",
      again: 'jira.corp.internal answered alice from 10.1.103.156, then 10.1.103.157',
    });
    expect(out.instance).toBe('https://host-1.example:8443/jira');
    expect(out.line).toContain("'user-1'");
    expect(out.line).toContain('192.0.2.1');
    expect(out.again).toBe('host-1.example answered user-1 from 192.0.2.1, then 192.0.2.2');
    expect(JSON.stringify(out)).not.toMatch(/alice|corp\.internal|10\.1\.103/);
  });

  it('keeps the public service hosts a fix needs', () => {
    const p = new Pseudonymizer();
    const text = 'Token endpoint https://login.microsoftonline.com/common/oauth2/v2.0/token and host outlook.office365.us';
    expect(p.deep(text)).toBe(text);
  });

  it('learns host names from JVM properties, host lists included', () => {
    const p = new Pseudonymizer();
    const out = p.deep('-Dhttps.proxyHost=proxy.acme.internal -Dhttp.nonProxyHosts=localhost|jira.acme.internal|*.office365.com -Dmail.imaps.proxy.host=proxy.acme.internal');
    expect(out).toBe('-Dhttps.proxyHost=host-1.example -Dhttp.nonProxyHosts=localhost|host-2.example|*.office365.com -Dmail.imaps.proxy.host=host-1.example');
  });

  it('replaces e-mail addresses by user and domain', () => {
    const p = new Pseudonymizer();
    expect(p.deep('mailbox helpdesk@acme.co.jp, again helpdesk@acme.co.jp')).toBe('mailbox user-1@host-1.example, again user-1@host-1.example');
  });

  it('does not take Java class names for host names', () => {
    const p = new Pseudonymizer();
    const text = '[c.a.crowd.directory.DbCachingRemoteDirectory] com.atlassian.crowd.directory.SpringLDAPConnector';
    expect(p.deep(text)).toBe(text);
  });

  it('replaces users registered from structured data even where nothing quotes them', () => {
    const p = new Pseudonymizer();
    p.knownUser('svc-jira');
    p.knownUser('anonymous');
    expect(p.deep('X-AUSERNAME svc-jira; anonymous stays')).toBe('X-AUSERNAME user-1; anonymous stays');
  });
});
