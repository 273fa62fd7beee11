import { describe, expect, it } from 'vitest';
import { glued, runs } from '../../../electron/report/line-breaking';

const NBSP = '\u00a0';

describe('where a PDF line may break in Japanese text', () => {
  it('never after the space that sets an exact string apart, when a closing mark follows it', () => {
    const scope = 'https://outlook.office.com/IMAP.AccessAsUser.All';
    expect(runs(`「メール」？ ${scope} ・『は』`)).toEqual(['「メール」？ ', { text: `${scope}${NBSP}・`, noWrap: true }, '『は』']);
    expect(runs('アクセス許可（ 8.13.4 ）！次')).toEqual(['アクセス許可', { text: `（ 8.13.4${NBSP}）！`, noWrap: true }, '次']);
  });

  it('never before a closing mark that stands after a space, even with no exact string near', () => {
    expect(glued('設定 ：アクセス許可 」', false)).toEqual([`設定${NBSP}：アクセス許可${NBSP}」`]);
    expect(glued('設定 ・メール', true)).toEqual([`設定${NBSP}・メール`]);
  });

  it('keeps a command-line option whole, as it is typed', () => {
    expect(runs('Needs --oidc-issuer, or --oidc-host with --oidc-realm.')).toEqual(['Needs ', { text: '--oidc-issuer', noWrap: true }, ', or ', { text: '--oidc-host', noWrap: true }, ' with ', { text: '--oidc-realm', noWrap: true }, '.']);
    expect(runs('--oidc-issuer、または --oidc-host')).toEqual([{ text: '--oidc-issuer、', noWrap: true }, 'または ', { text: '--oidc-host', noWrap: true }]);
  });

  it('leaves other spaces and English text as they are', () => {
    expect(glued('Jira 8.13.4 is affected (see below).', true)).toEqual(['Jira 8.13.4 is affected (see below).']);
    expect(glued('設定 メール', false)).toEqual(['設定 メール']);
  });
});
