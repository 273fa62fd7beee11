import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, relativeDay } from '../../../knowledge/engine/dates';
import { systemProperties } from '../../../knowledge/engine/jvm';
import { textSamples } from '../../../knowledge/engine/samples';
import { placeholdersOf, render } from '../../../knowledge/engine/templates';
import { versionAtLeast, versionJustBelow } from '../../../knowledge/engine/versions';

describe('versions', () => {
  it('uses the line minimum when the line has one, else the overall minimum', () => {
    const lines = { '8.5': '8.5.12', '8.13': '8.13.4' };
    expect(versionAtLeast('8.5.12', '8.15.0', lines)).toMatchObject({ atLeast: true, needed: '8.5.12' });
    expect(versionAtLeast('8.6.0', '8.15.0', lines)).toMatchObject({ atLeast: false, needed: '8.15.0' });
    expect(versionAtLeast('8.10.0', '8.10.0')).toMatchObject({ atLeast: true });
    expect(versionAtLeast('8.9.99', '8.10.0')).toMatchObject({ atLeast: false });
    expect(() => versionAtLeast('eight', '8.10.0')).toThrow('not a version');
  });

  it('finds the version just below a boundary', () => {
    expect(['8.5.12', '8.15.0', '9.0.0', '0.0.0'].map(versionJustBelow)).toEqual(['8.5.11', '8.14.99', '8.99.99', undefined]);
  });
});

describe('dates', () => {
  it('counts days in UTC and describes them', () => {
    expect(daysBetween('2026-11-23', '2027-11-23')).toBe(365);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(relativeDay('2026-11-20', '2026-11-23')).toBe('3 days ago');
    expect(relativeDay('2026-11-24', '2026-11-23')).toBe('tomorrow');
    expect(isIsoDate('2026-02-30')).toBe(true); // Date.parse rolls over; the contract's parser refuses it separately
    expect(isIsoDate('23/11/2026')).toBe(false);
  });
});

describe('JVM arguments', () => {
  it('reads -D properties, quoted or not, and ignores the rest', () => {
    const props = systemProperties('-Xms1g -Dhttps.proxyHost=proxy -Dhttps.proxyPort="3128" \'-Dmail.imaps.proxy.host=p2\' -Datlassian.dev.mode -XX:+UseG1GC');
    expect([...props]).toEqual([
      ['https.proxyHost', 'proxy'],
      ['https.proxyPort', '3128'],
      ['mail.imaps.proxy.host', 'p2'],
      ['atlassian.dev.mode', ''],
    ]);
  });
});

describe('templates', () => {
  const ctx = { facts: { 'jira.version': '8.20.4', 'lb.sticky': false, errors: ['a', 'b'] }, variable: (id: string) => `<${id}>`, detail: 'because' };
  it('renders facts, variables and the detail', () => {
    expect(render('Jira {{fact:jira.version}} at {{var:oauthMenu}} ({{detail}})', ctx)).toBe('Jira 8.20.4 at <oauthMenu> (because)');
    expect(render('sticky: {{fact:lb.sticky}}; errors: {{ fact:errors }}', ctx)).toBe('sticky: no; errors: "a", "b"');
    expect(render('JSM {{fact:jsm.version}}', ctx)).toBe('JSM (not known yet)');
  });
  it('lists placeholders', () => {
    expect(placeholdersOf('{{fact:jira.version}} {{var:x}} {{detail}} {{other}}')).toEqual([
      { kind: 'fact', name: 'jira.version' },
      { kind: 'var', name: 'x' },
      { kind: 'detail' },
    ]);
  });
});

describe('sample texts for free-text questions', () => {
  it.each([
    ['^\\s*CAPTCHA_CHALLENGE\\b', ['CAPTCHA_CHALLENGE', 'none of these']],
    ['^(?!.*\\bAUTHENTICATION_DENIED\\b).*\\bAUTHENTICATED_FAILED\\b', ['AUTHENTICATED_FAILED', 'none of these']],
    ['^outlook\\.office365\\.us\\.?$', ['outlook.office365.us', 'none of these']],
    ['graph\\.microsoft\\.(com|us)', ['graph.microsoft.com', 'none of these']],
    // Matches everything: no text that fails it.
    ['.*', []],
  ])('%s gives a matching and a non-matching text', (pattern, samples) => {
    expect(textSamples(pattern, 'i')).toEqual(samples);
  });
});
