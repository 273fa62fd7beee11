import { describe, expect, it } from 'vitest';
import { classifyNetworkError, looksLikeInspection, type PeerCertificate } from '../../../electron/checks/problems';
import { COMMAND_LINE, WINDOW, worded } from '../../../electron/checks/wording';

const route = { host: 'jira.example.com', port: 443 };
const viaProxy = { ...route, proxy: { host: 'proxy.example.com', port: 3128 } };
const err = (code: string, message = code) => Object.assign(new Error(message), { code });
const wrapped = (cause: Error) => Object.assign(new Error('fetch failed'), { cause });
const cert = (issuer: string, selfSigned = false): PeerCertificate => ({ subject: 'CN=jira.example.com', issuer, selfSigned, validTo: 'Jan 1 00:00:00 2020 GMT', altNames: 'DNS:jira.example.com' });

describe('classifying network failures', () => {
  it.each([
    [err('ECONNREFUSED'), 'refused', /jira\.example\.com:443: the connection was refused/],
    [err('ENOTFOUND'), 'dns', /jira\.example\.com cannot be resolved/],
    [err('EAI_AGAIN'), 'dns', /cannot be resolved/],
    [err('UND_ERR_CONNECT_TIMEOUT'), 'timeout', /firewall drops the traffic \(filtered\)/],
    [err('UND_ERR_HEADERS_TIMEOUT'), 'timeout', /accepted the connection but sent no answer/],
    [err('UND_ERR_BODY_TIMEOUT'), 'timeout', /stopped sending it/],
    [err('CERT_HAS_EXPIRED'), 'tls-expired', /has expired/],
    [err('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls-hostname', /is for other names/],
    [err('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls-untrusted', /self-signed/],
    [err('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'), 'tls-untrusted', /certificate authority this machine does not know/],
    [err('ECONNRESET'), 'other', /closed the connection without an answer/],
  ] as const)('%s', (error, code, message) => {
    const problem = classifyNetworkError(wrapped(error), route);
    expect(problem.code).toBe(code);
    expect(problem.message).toMatch(message);
    expect(problem.advice).not.toBe('');
  });

  it('tells the proxy wanting a login from the proxy refusing the target', () => {
    const auth = classifyNetworkError(new Error('Proxy response (407) !== 200 when HTTP Tunneling'), viaProxy);
    expect(auth.code).toBe('proxy-auth');
    expect(worded(auth.advice, COMMAND_LINE)).toContain('--proxy-user');
    expect(worded(auth.advice, WINDOW)).toContain('“Proxy user name”');
    const refused = classifyNetworkError(new Error('Proxy response (403) !== 200 when HTTP Tunneling'), viaProxy);
    expect(refused).toMatchObject({ code: 'proxy-refused', message: expect.stringMatching(/proxy proxy\.example\.com:3128 refused to connect to jira\.example\.com:443 \(it answered 403/) as unknown });
    expect(classifyNetworkError(err('ERR_PROXY_STATUS', 'proxy answered 502 to CONNECT x'), viaProxy).code).toBe('proxy-refused');
    // A plain http address goes to the proxy as a forwarded request, and undici words the 407 otherwise.
    expect(classifyNetworkError(err('UND_ERR_ABORTED', 'Proxy Authentication Required (407)'), viaProxy).code).toBe('proxy-auth');
  });

  it('blames the proxy for refused and timed-out connections when one is used', () => {
    expect(classifyNetworkError(err('ECONNREFUSED'), viaProxy).message).toMatch(/at the proxy proxy\.example\.com:3128/);
    expect(classifyNetworkError(err('ETIMEDOUT'), viaProxy).message).toMatch(/the proxy proxy\.example\.com:3128/);
  });

  it('calls an untrusted certificate from an inspection product interception', () => {
    const problem = classifyNetworkError(err('SELF_SIGNED_CERT_IN_CHAIN'), route, cert('CN=Zscaler Intermediate Root CA, O=Zscaler Inc.'));
    expect(problem.code).toBe('tls-intercepted');
    expect(problem.message).toContain('Zscaler');
    expect(classifyNetworkError(err('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), route, cert('CN=Example Corp Issuing CA 2')).code).toBe('tls-untrusted');
  });

  it('recognizes inspection issuers, but never a self-signed certificate', () => {
    for (const issuer of ['CN=FortiGate CA', 'O=Palo Alto Networks', 'CN=Netskope', 'CN=Corporate SSL Inspection CA', 'CN=Blue Coat ProxySG']) expect(looksLikeInspection(cert(issuer))).toBe(true);
    expect(looksLikeInspection(cert("CN=Let's Encrypt R3"))).toBe(false);
    expect(looksLikeInspection(cert('CN=Zscaler', true))).toBe(false);
  });
});
