import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CauseId, Facts, Status } from '../../../knowledge/index';
import { diagnose } from '../../../knowledge/index';
import { FLOODED_INBOX_MESSAGES } from '../../../knowledge/articles/a001-mail-oauth';

// The facts the mail sign-in probe establishes, read by article 001's rules: the inbox's message
// count (a flood from 100,000) and the question that tells a refused sign-in's causes apart.

const TODAY = '2026-11-23';
const base: Facts = { symptom: 'mail-oauth', 'mail.provider': 'microsoft', 'mail.protocol': 'imap' };

function statusOf(facts: Facts, id: CauseId): Status {
  const d = diagnose({ ...base, ...facts }, { today: TODAY });
  if (d.ruledOut.some((c) => c.id === id)) return 'ruled-out';
  return d.causes.find((c) => c.id === id)!.status;
}

describe('the inbox message count', () => {
  it('makes a flooded inbox likely from 100,000 messages, and only from there', () => {
    expect(FLOODED_INBOX_MESSAGES).toBe(100_000);
    expect(statusOf({ 'mailbox.messageCount': 100_000 }, 'mail-oauth/inbox-flooded')).toBe('likely');
    expect(statusOf({ 'mailbox.messageCount': 99_999 }, 'mail-oauth/inbox-flooded')).toBe('possible');
    fc.assert(
      fc.property(fc.nat({ max: 5_000_000 }), (n) => {
        expect(statusOf({ 'mailbox.messageCount': n }, 'mail-oauth/inbox-flooded')).toBe(n >= 100_000 ? 'likely' : 'possible');
      }),
      { numRuns: 60 },
    );
  });
});

describe('telling a refused sign-in apart (IMAP off, no Full Access, no licence)', () => {
  const refused: Facts = { errors: ['s1 NO AUTHENTICATE failed.'] };

  it('leaves all three likely from the refusal alone', () => {
    for (const id of ['mail-oauth/protocol-disabled', 'mail-oauth/mailbox-permission', 'mail-oauth/no-license'] as const) {
      expect(statusOf(refused, id)).toBe('likely');
    }
  });

  it('points at the protocol switch when the mailbox opens in Outlook on the web', () => {
    const facts = { ...refused, 'mailbox.kind': 'shared', 'mailbox.opensInOutlookWeb': true } as const;
    expect(statusOf(facts, 'mail-oauth/protocol-disabled')).toBe('likely');
    expect(statusOf(facts, 'mail-oauth/mailbox-permission')).toBe('ruled-out');
    expect(statusOf(facts, 'mail-oauth/no-license')).toBe('ruled-out');
  });

  it('points at access or licence when it does not open', () => {
    expect(statusOf({ ...refused, 'mailbox.kind': 'shared', 'mailbox.opensInOutlookWeb': false }, 'mail-oauth/mailbox-permission')).toBe('likely');
    expect(statusOf({ ...refused, 'mailbox.kind': 'own', 'mailbox.opensInOutlookWeb': false }, 'mail-oauth/no-license')).toBe('likely');
  });
});

describe('what the probe and the app check confirm', () => {
  it('rules the protocol, licence and permission causes out after a sign-in that worked', () => {
    const facts: Facts = { 'mailbox.protocolEnabled': true, 'mailbox.licensed': true, 'mailbox.authorizerHasFullAccess': true, 'mailbox.kind': 'shared' };
    expect(statusOf(facts, 'mail-oauth/protocol-disabled')).toBe('ruled-out');
    expect(statusOf(facts, 'mail-oauth/no-license')).toBe('ruled-out');
    expect(statusOf(facts, 'mail-oauth/mailbox-permission')).toBe('ruled-out');
  });

  it('confirms an expired secret from AADSTS7000222', () => {
    expect(statusOf({ 'azure.secretExpired': true, errors: ["AADSTS7000222: The provided client secret keys for app 'x' are expired."] }, 'mail-oauth/secret-expired')).toBe('confirmed');
  });
});
