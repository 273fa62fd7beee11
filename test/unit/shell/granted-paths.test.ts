import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { droppedPaths } from '../../../electron/shell/dropped-files';
import { GrantedPaths } from '../../../electron/shell/granted-paths';

const segment = fc.stringMatching(/^[A-Za-z0-9 ._-]{1,12}$/).filter((s) => s !== '.' && s !== '..');
const absolutePath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => `/${parts.join('/')}`);

describe('the paths the desktop app reads', () => {
  it('are exactly those handed over: any other path a request names is refused', () => {
    fc.assert(
      fc.property(fc.uniqueArray(absolutePath, { minLength: 1, maxLength: 8 }), absolutePath, (handed, asked) => {
        const granted = new GrantedPaths();
        granted.grant(handed);
        expect(granted.firstRefused(handed)).toBeUndefined();
        expect(granted.firstRefused([...handed, asked])).toBe(handed.includes(asked) ? undefined : asked);
      }),
    );
  });

  it('cannot be left by dot-segments, and are compared as the system spells them', () => {
    const granted = new GrantedPaths();
    granted.grant(['/home/admin/logs/atlassian-jira.log']);
    expect(granted.firstRefused(['/home/admin/logs/./atlassian-jira.log'])).toBeUndefined();
    expect(granted.firstRefused(['/home/admin/logs/atlassian-jira.log/../../.ssh/id_rsa'])).toBe('/home/admin/logs/atlassian-jira.log/../../.ssh/id_rsa');
  });

  it('are never relative, empty or holding a NUL, even when such a path is "granted"', () => {
    const granted = new GrantedPaths();
    const odd = ['logs/atlassian-jira.log', '', '/home/admin/a\0b', '../etc/passwd'];
    granted.grant(odd);
    for (const path of odd) expect(granted.firstRefused([path])).toBe(path);
  });

  it('stay bounded: the oldest are forgotten first', () => {
    const granted = new GrantedPaths();
    granted.grant(Array.from({ length: 10_001 }, (_, i) => `/drop/${i}.log`));
    expect(granted.firstRefused(['/drop/0.log'])).toBe('/drop/0.log');
    expect(granted.firstRefused(['/drop/1.log', '/drop/10000.log'])).toBeUndefined();
  });
});

describe('a drop on the window', () => {
  const file = (name: string) => ({ name }) as File;
  const pathOf = (f: File) => (f.name.startsWith('built-') ? '' : `/home/admin/${f.name}`);

  it('hands over the paths of the files the browser dropped', () => {
    expect(droppedPaths({ isTrusted: true, dataTransfer: { files: [file('a.log'), file('b.zip')] } }, pathOf)).toEqual(['/home/admin/a.log', '/home/admin/b.zip']);
  });

  it('hands over nothing when the page dispatched it, and no path for a File the page built', () => {
    expect(droppedPaths({ isTrusted: false, dataTransfer: { files: [file('a.log')] } }, pathOf)).toEqual([]);
    expect(droppedPaths({ isTrusted: true, dataTransfer: null }, pathOf)).toEqual([]);
    expect(droppedPaths({ isTrusted: true, dataTransfer: { files: [file('built-x'), file('a.log')] } }, pathOf)).toEqual(['/home/admin/a.log']);
  });
});
