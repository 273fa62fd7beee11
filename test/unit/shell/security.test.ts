import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { checkExternalUrl } from '../../../electron/api/external-links';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/api/csp';
import { hardenWebContents, isTrustedSender } from '../../../electron/shell/security';
import { FakeFrame, FakeWebContents } from './fake-electron';

function hardened() {
  const contents = new FakeWebContents();
  const opened: string[] = [];
  hardenWebContents(contents as unknown as WebContents, (url) => {
    opened.push(url);
    return Promise.resolve();
  });
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    contents.emit(event, event === 'will-frame-navigate' ? { url, preventDefault } : { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, opened, navigate };
}

describe('leaving the app', () => {
  it('never opens a new window; allow-listed https links go to the system browser', () => {
    const { contents, opened } = hardened();
    const links = ['https://confluence.atlassian.com/jirakb/x.html', 'http://confluence.atlassian.com/x', 'https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)'];
    for (const url of links) expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://confluence.atlassian.com/jirakb/x.html']);
  });

  it('blocks every navigation away from app://, in the page, its frames and redirects', () => {
    const { navigate, opened } = hardened();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'https://evil.example/'), event).toBe(true);
      expect(navigate(event, 'file:///etc/passwd'), event).toBe(true);
      expect(navigate(event, 'app://jira-doctor/index.html#/sessions'), event).toBe(false);
    }
    expect(navigate('will-navigate', 'https://learn.microsoft.com/en-us/exchange/')).toBe(true);
    expect(opened).toEqual(['https://learn.microsoft.com/en-us/exchange/']);
  });

  it('refuses webviews', () => {
    const { contents } = hardened();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('external links', () => {
  it('open only over https, to the allow-listed hosts, without credentials or ports', () => {
    expect(checkExternalUrl('https://jira.atlassian.com/browse/JRASERVER-1')).toEqual({ ok: true, url: 'https://jira.atlassian.com/browse/JRASERVER-1' });
    expect(checkExternalUrl('https://learn.microsoft.com/a')).toMatchObject({ ok: true });
    for (const url of ['http://jira.atlassian.com/', 'https://jira.atlassian.com.evil.example/', 'https://user:pw@jira.atlassian.com/', 'https://jira.atlassian.com:8443/', 'not a url']) {
      expect(checkExternalUrl(url).ok, url).toBe(false);
    }
  });
});

describe('the trusted sender', () => {
  const window = new FakeWebContents();
  const asContents = (c: FakeWebContents) => c as unknown as WebContents;
  const event = (sender: FakeWebContents, frame: FakeFrame | null) => ({ sender: asContents(sender), senderFrame: frame }) as Parameters<typeof isTrustedSender>[0];

  it('is the window\'s own top frame on the app origin', () => {
    expect(isTrustedSender(event(window, window.mainFrame), asContents(window))).toBe(true);
  });

  it('is not another window, a subframe, a foreign page, a destroyed window, or no window', () => {
    const other = new FakeWebContents();
    expect(isTrustedSender(event(other, other.mainFrame), asContents(window))).toBe(false);
    expect(isTrustedSender(event(window, new FakeFrame('app://jira-doctor/frame.html')), asContents(window))).toBe(false);
    expect(isTrustedSender(event(window, null), asContents(window))).toBe(false);
    expect(isTrustedSender(event(window, window.mainFrame), undefined)).toBe(false);
    const navigated = new FakeWebContents();
    navigated.mainFrame.url = 'https://evil.example/';
    expect(isTrustedSender(event(navigated, navigated.mainFrame), asContents(navigated))).toBe(false);
    const closed = new FakeWebContents();
    closed.destroyed = true;
    expect(isTrustedSender(event(closed, closed.mainFrame), asContents(closed))).toBe(false);
  });
});

describe('the content security policy', () => {
  it('allows the app\'s own files only: no remote origin, no inline or eval script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-inline|unsafe-eval/);
  });
});

describe('the policy the page carries itself', () => {
  const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);

  it('is the one policy the server and app:// send, in the <meta> of the UI, where scanners and Electron both see it', () => {
    expect(meta).toBe(META_CONTENT_SECURITY_POLICY);
  });

  it('leaves out only what a <meta> policy cannot carry (browsers ignore frame-ancestors there)', () => {
    const onlyInHeader = directives(CONTENT_SECURITY_POLICY).filter((d) => !directives(meta ?? '').includes(d));
    expect(onlyInHeader).toEqual(["frame-ancestors 'none'"]);
  });
});
