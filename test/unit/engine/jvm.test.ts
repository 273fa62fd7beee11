import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bypassesProxy, systemProperties } from '../../../knowledge/engine/jvm';

const props = (text: string) => Object.fromEntries(systemProperties(text));

/** UTF-16LE hex as regedit exports a REG_MULTI_SZ, wrapped the way .reg files wrap long values. */
function regMultiSz(strings: string[]): string {
  const bytes = [...Buffer.from(`${strings.join('\0')}\0\0`, 'utf16le')].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 25) lines.push(bytes.slice(i, i + 25).join(','));
  return `hex(7):${lines.join(',\\\n  ')}`;
}

describe('JVM arguments, read from every form an admin pastes', () => {
  it('reads the System info row, one line', () => {
    expect(props('-Xms2g -Xmx4g -Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128 -Datlassian.dev.mode -XX:+UseG1GC')).toEqual({
      'https.proxyHost': 'proxy.corp',
      'https.proxyPort': '3128',
      'atlassian.dev.mode': '',
    });
  });

  it('reads one argument per line (System info copied as a list, a service GUI Java Options box)', () => {
    expect(props('-Xms2g\r\n-Dhttps.proxyHost=proxy.corp\n  -Dhttps.proxyPort=3128\n')).toEqual({ 'https.proxyHost': 'proxy.corp', 'https.proxyPort': '3128' });
  });

  it('reads the first property of a setenv.sh line (the defect: it used to be missed)', () => {
    const line = 'JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128"';
    expect(props(line)).toEqual({ 'https.proxyHost': 'proxy.corp', 'https.proxyPort': '3128' });
    expect(props(`export ${line}`)).toEqual({ 'https.proxyHost': 'proxy.corp', 'https.proxyPort': '3128' });
    expect(props("JVM_SUPPORT_RECOMMENDED_ARGS='-Dhttps.proxyHost=proxy.corp'")).toEqual({ 'https.proxyHost': 'proxy.corp' });
  });

  it('reads CATALINA_OPTS lines with ${…} references to themselves', () => {
    const text = 'CATALINA_OPTS="${CATALINA_OPTS} -Dhttp.proxyHost=web-proxy -Dhttp.proxyPort=8080"\nexport CATALINA_OPTS';
    expect(props(text)).toEqual({ 'http.proxyHost': 'web-proxy', 'http.proxyPort': '8080' });
  });

  it('resolves ${NAME}, $NAME and %NAME% in values when the paste assigns NAME, and keeps them otherwise', () => {
    const text = 'PROXY=proxy.corp\nJVM_SUPPORT_RECOMMENDED_ARGS="-Dhttps.proxyHost=${PROXY} -Dhttp.proxyHost=$PROXY -Dx=${UNKNOWN}"';
    expect(props(text)).toEqual({ 'https.proxyHost': 'proxy.corp', 'http.proxyHost': 'proxy.corp', x: '${UNKNOWN}' });
    expect(props('set PROXY=p.corp\r\nset JVM_SUPPORT_RECOMMENDED_ARGS=%JVM_SUPPORT_RECOMMENDED_ARGS% -Dhttps.proxyHost=%PROXY%')).toEqual({ 'https.proxyHost': 'p.corp' });
  });

  it('reads setenv.bat lines: set VAR=…, set "VAR=…", and ^| in nonProxyHosts', () => {
    expect(props('set JVM_SUPPORT_RECOMMENDED_ARGS=-Dhttps.proxyHost=proxy.corp -Dhttps.proxyPort=3128')).toEqual({
      'https.proxyHost': 'proxy.corp',
      'https.proxyPort': '3128',
    });
    expect(props('set "JVM_SUPPORT_RECOMMENDED_ARGS=-Dhttp.nonProxyHosts=localhost^|*.office365.com"')).toEqual({
      'http.nonProxyHosts': 'localhost|*.office365.com',
    });
  });

  it('reads quoted values: the whole argument quoted, the value quoted, and escaped quotes inside a quoted line', () => {
    expect(props('"-Dhttp.nonProxyHosts=localhost|*.example.com" -Dhttps.proxyHost=p')).toEqual({
      'http.nonProxyHosts': 'localhost|*.example.com',
      'https.proxyHost': 'p',
    });
    expect(props('-Dhttp.nonProxyHosts="localhost|jira.corp"')).toEqual({ 'http.nonProxyHosts': 'localhost|jira.corp' });
    expect(props('JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttp.nonProxyHosts=\\"localhost|*.corp\\" -Dhttps.proxyHost=p"')).toEqual({
      'http.nonProxyHosts': 'localhost|*.corp',
      'https.proxyHost': 'p',
    });
    expect(props('JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttp.nonProxyHosts=localhost\\|*.corp"')).toEqual({ 'http.nonProxyHosts': 'localhost|*.corp' });
  });

  it("reads a Java Service Wrapper's wrapper.java.additional.N lines", () => {
    const conf = ['wrapper.java.additional.1=-Xms1g', 'wrapper.java.additional.2=-Dhttps.proxyHost=proxy.corp', 'wrapper.java.additional.3="-Dhttps.proxyPort=3128"'].join('\n');
    expect(props(conf)).toEqual({ 'https.proxyHost': 'proxy.corp', 'https.proxyPort': '3128' });
  });

  it("reads a Windows service's registry export (.reg hex(7)) and reg query output", () => {
    const reg = [
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Apache Software Foundation\\Procrun 2.0\\JIRA050123\\Parameters\\Java]',
      `"Options"=${regMultiSz(['-Dcatalina.home=C:\\Atlassian\\Jira', '-Dhttps.proxyHost=proxy.corp', '-Dhttps.proxyPort=3128'])}`,
    ].join('\r\n');
    expect(props(reg)).toMatchObject({ 'https.proxyHost': 'proxy.corp', 'https.proxyPort': '3128' });
    const query = '    Options    REG_MULTI_SZ    -Dcatalina.home=C:\\Atlassian\\Jira\\0-Dhttps.proxyHost=proxy.corp\\0-Xms1g';
    expect(props(query)).toMatchObject({ 'https.proxyHost': 'proxy.corp' });
  });

  it('ignores commented-out lines: a proxy an admin switched off is not a proxy', () => {
    expect(props('#JVM_SUPPORT_RECOMMENDED_ARGS="-Dhttps.proxyHost=old-proxy"\nJVM_SUPPORT_RECOMMENDED_ARGS=""')).toEqual({});
    expect(props('rem set JVM_SUPPORT_RECOMMENDED_ARGS=-Dhttps.proxyHost=old\r\n:: -Dhttp.proxyHost=old')).toEqual({});
    expect(props('# wrapper.java.additional.4=-Dhttps.proxyHost=old')).toEqual({});
  });

  it('lets the last setting win, as the JVM does', () => {
    expect(props('-Dhttps.proxyHost=first -Dhttps.proxyHost=second')).toEqual({ 'https.proxyHost': 'second' });
  });

  it('never throws and never invents a property from text without -D', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const found = systemProperties(text);
        if (!text.includes('-D') && !/hex\(/i.test(text)) expect(found.size).toBe(0);
      }),
    );
  });

  it('finds a generated property in every wrapping form', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(\.[a-z][a-zA-Z0-9]{0,8}){0,3}$/);
    const value = fc.stringMatching(/^[A-Za-z0-9.*|:_-]{1,20}$/);
    const wraps = [
      (a: string) => a,
      (a: string) => `JVM_SUPPORT_RECOMMENDED_ARGS="${a} -Xms1g"`,
      (a: string) => `set JVM_SUPPORT_RECOMMENDED_ARGS=${a}`,
      (a: string) => `CATALINA_OPTS="$CATALINA_OPTS ${a}"`,
      (a: string) => `wrapper.java.additional.7=${a}`,
      (a: string) => `-Xmx2g\n${a}\n-XX:+UseG1GC`,
    ];
    fc.assert(
      fc.property(name, value, fc.integer({ min: 0, max: wraps.length - 1 }), (n, v, w) => {
        expect(systemProperties(wraps[w]!(`-D${n}=${v}`)).get(n)).toBe(v);
      }),
    );
  });
});

describe("Java's http.nonProxyHosts matching", () => {
  it('matches exact hosts, case-insensitively, separated by |', () => {
    expect(bypassesProxy('login.microsoftonline.com', 'localhost|LOGIN.microsoftonline.com')).toBe(true);
    expect(bypassesProxy('login.microsoftonline.com', 'localhost|jira.corp')).toBe(false);
  });

  it('matches * at the start or the end of a pattern', () => {
    expect(bypassesProxy('outlook.office365.com', '*.office365.com')).toBe(true);
    expect(bypassesProxy('smtp.outlook.com', 'localhost|*.outlook.com')).toBe(true);
    expect(bypassesProxy('login.microsoftonline.com', '*.outlook.com')).toBe(false);
    expect(bypassesProxy('10.0.0.5', '10.*')).toBe(true);
  });

  it('does not split on commas: Java reads a comma list as one pattern that matches nothing', () => {
    expect(bypassesProxy('login.microsoftonline.com', 'localhost,login.microsoftonline.com')).toBe(false);
  });
});
