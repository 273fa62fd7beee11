import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../knowledge/index';
import { diagnose, matchErrorText, nextQuestion, relevantQuestions } from '../../../knowledge/index';
import { LDAP_DEBUG_LOGGERS, part } from '../../../knowledge/articles/a000-rest-401';
import { becauseOf, expectUnambiguousExamples, solutionOf, statusOf } from './article-helpers';

const GROUPS = 'rest-401/ldap-groups-missing';
const CLUSTER = 'rest-401/ldap-cluster-inconsistent';
const ldapIntermittent: Facts = { symptom: 'rest-401', 'directory.type': 'ldap', 'rest401.pattern': 'intermittent' };

// The article's own security-log lines for one failing request.
const TRIED_TO_LOGIN =
  "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : 'jdoe' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.";
const FAILED =
  "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user 'jdoe' has FAILED authentication.  Failure count equals 15";

describe('article 000: intermittent REST 401 with LDAP', () => {
  it('leaves both causes possible while nothing decides them', () => {
    const d = diagnose({ symptom: 'rest-401' });
    expect(d.causes.map((c) => [c.id, c.status])).toEqual(
      expect.arrayContaining([
        [GROUPS, 'possible'],
        [CLUSTER, 'possible'],
      ]),
    );
    expect(d.ruledOut).toEqual([]);
    expect(d.causes.every((c) => c.id.startsWith('rest-401/'))).toBe(true);
  });

  describe('Cause 1: groups not returned on the failing login', () => {
    it('is confirmed when the groups were missing at the time of a failure', () => {
      expect(statusOf({ ...ldapIntermittent, 'user.groupsMissingOnFailure': true }, GROUPS)).toBe('confirmed');
    });

    it('is not ruled out by groups that looked complete when checked later: the article only says the check "may" show them', () => {
      const facts: Facts = { ...ldapIntermittent, 'user.groupsMissingOnFailure': false };
      expect(statusOf(facts, GROUPS)).toBe('possible');
      expect(statusOf({ ...facts, errors: [TRIED_TO_LOGIN, FAILED] }, GROUPS)).toBe('likely');
    });

    it('moves on the start screen\'s own example, "Basic Authentication Failure - Reason : AUTHENTICATED_FAILED"', () => {
      const example = 'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED';
      const before = diagnose({ symptom: 'rest-401' });
      const after = diagnose({ symptom: 'rest-401', errors: [example] });
      expect(before.causes.find((c) => c.id === GROUPS)!.status).toBe('possible');
      expect(after.causes.find((c) => c.id === GROUPS)!.status).toBe('likely');
      expect(after.causes.find((c) => c.id === CLUSTER)!.status).toBe('likely');
      expect(becauseOf({ symptom: 'rest-401', errors: [example] }, GROUPS)).toContain('AUTHENTICATED_FAILED');
      // A call that always fails is not the article's case, whatever the message.
      expect(statusOf({ symptom: 'rest-401', 'rest401.pattern': 'always', errors: [example] }, GROUPS)).toBe('ruled-out');
    });

    it("is likely from the article's security-log lines when the 401s come and go", () => {
      const facts: Facts = { ...ldapIntermittent, errors: [TRIED_TO_LOGIN, FAILED] };
      expect(statusOf(facts, GROUPS)).toBe('likely');
      expect(becauseOf(facts, GROUPS)).toContain('USE permission');
    });

    it('links an empty LDAP search to Cause 1 without calling it likely: many searches legitimately find nothing', () => {
      const zero =
        '2023-02-20 17:09:00,975+0000 ajp-nio-0.0.0.0-8600-exec-1613 DEBUG anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] The operation returned 0 results';
      expect(matchErrorText(zero).map((m) => m.causes)).toEqual([[GROUPS]]);
      expect(matchErrorText(zero.replace('0 results', '4 results')).map((m) => m.causes)).toEqual([[]]);
      expect(statusOf({ ...ldapIntermittent, errors: [zero] }, GROUPS)).toBe('possible');
    });

    it('is likely when the security log says NOT AUTHORIZED for an LDAP user', () => {
      const line = "2024-05-14 09:20:03,118+0000 http-nio-8080-exec-4 anonymous 560x20877x1 - 10.0.4.21 /rest/api/2/myself The user 'jdoe' is NOT AUTHORIZED to perform this request";
      expect(statusOf({ symptom: 'rest-401', 'directory.type': 'ldap', errors: [line] }, GROUPS)).toBe('likely');
    });

    it("tells the Jira admin where to look and the LDAP team what to fix, with the article's eight debug loggers", () => {
      const facts: Facts = { ...ldapIntermittent, 'user.groupsMissingOnFailure': true };
      const cause = diagnose(facts).causes.find((c) => c.id === GROUPS)!;
      expect(cause.solutions.map((s) => s.team)).toEqual(['jira-admin', 'ldap-team']);
      const text = solutionOf(facts, GROUPS);
      for (const logger of LDAP_DEBUG_LOGGERS) expect(text).toContain(logger);
      expect(LDAP_DEBUG_LOGGERS).toHaveLength(8);
      expect(text).toContain('⚙ > System > Logging and profiling');
      expect(text).toContain('⚙ > User management > Users');
      expect(cause.solution).toContain('section “Solution 1”');
    });
  });

  describe('Cause 2: clustered LDAP with differing data', () => {
    it('is confirmed when the LDAP servers return different users or groups', () => {
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': true, 'ldap.consistent': false }, CLUSTER)).toBe('confirmed');
    });

    it('is likely when Jira reaches several LDAP servers and the 401s come and go', () => {
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': true }, CLUSTER)).toBe('likely');
    });

    it('is likely when groups go missing and there are several LDAP servers', () => {
      expect(statusOf({ symptom: 'rest-401', 'ldap.clustered': true, 'user.groupsMissingOnFailure': true }, CLUSTER)).toBe('likely');
    });

    it('is likely when Active Directory sometimes says the user does not exist (data 525)', () => {
      const bind =
        'javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 525, v4563]';
      expect(statusOf({ ...ldapIntermittent, errors: [bind] }, CLUSTER)).toBe('likely');
      expect(statusOf({ ...ldapIntermittent, errors: [bind.replace('data 525', 'data 52e')] }, CLUSTER)).toBe('possible');
    });

    it('is ruled out with a single LDAP server, or when all servers agree', () => {
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': false }, CLUSTER)).toBe('ruled-out');
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': true, 'ldap.consistent': true }, CLUSTER)).toBe('ruled-out');
    });

    const context = (server: string) =>
      `2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server '${server}'`;

    it('counts two "Got Ldap context on server" lines naming different servers as several LDAP servers', () => {
      const two = [context('ldaps://ldap1.example.com:636'), context('ldaps://ldap2.example.com:636')];
      expect(statusOf({ symptom: 'rest-401', errors: two }, CLUSTER)).toBe('likely');
      expect(becauseOf({ symptom: 'rest-401', errors: two }, CLUSTER)).toContain('ldap2.example.com');
      // The logs answered the question: it is no longer among the facts that would decide the cause.
      expect(diagnose({ symptom: 'rest-401', errors: two }).unknown).not.toContain('ldap.clustered');
      // The same server twice is one server.
      const same = [context('ldaps://ldap1.example.com:636'), context('LDAPS://ldap1.example.com:636 ')];
      expect(statusOf({ symptom: 'rest-401', errors: same }, CLUSTER)).toBe('possible');
    });

    it('lets the logs overrule "one single LDAP server" when they name two', () => {
      const two = [context('ldaps://a.example.com'), context('ldaps://b.example.com')];
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': false, errors: two }, CLUSTER)).toBe('likely');
      expect(statusOf({ ...ldapIntermittent, 'ldap.clustered': false, errors: [context('ldaps://a.example.com')] }, CLUSTER)).toBe('ruled-out');
    });

    it('tells the Jira admin to point the directory at one LDAP server', () => {
      const facts: Facts = { ...ldapIntermittent, 'ldap.consistent': false };
      const cause = diagnose(facts).causes.find((c) => c.id === CLUSTER)!;
      expect(cause.solutions.map((s) => s.team)).toEqual(['jira-admin', 'ldap-team']);
      expect(solutionOf(facts, CLUSTER)).toMatch(/one LDAP server/);
      expect(cause.solution).toContain('section “Solution 2”');
    });
  });

  describe('facts that exclude both causes', () => {
    it.each(['internal', 'crowd', 'other'] as const)('rules both out for a user from a %s directory', (type) => {
      const facts: Facts = { symptom: 'rest-401', 'directory.type': type, 'rest401.pattern': 'intermittent' };
      expect(statusOf(facts, GROUPS)).toBe('ruled-out');
      expect(statusOf(facts, CLUSTER)).toBe('ruled-out');
      expect(becauseOf(facts, CLUSTER)).toContain(type);
    });

    it.each(['always', 'never'] as const)('rules both out when the 401 happens %s', (pattern) => {
      const facts: Facts = { symptom: 'rest-401', 'directory.type': 'ldap', 'rest401.pattern': pattern, 'ldap.clustered': true };
      expect(statusOf(facts, GROUPS)).toBe('ruled-out');
      expect(statusOf(facts, CLUSTER)).toBe('ruled-out');
    });

    it('still believes a direct observation over the pattern (confirmed wins)', () => {
      expect(statusOf({ symptom: 'rest-401', 'rest401.pattern': 'always', 'ldap.consistent': false }, CLUSTER)).toBe('confirmed');
    });
  });

  describe('questions', () => {
    const ids = (facts: Facts) => relevantQuestions(facts).map((q) => q.id);

    it('asks the LDAP questions only when the directory is LDAP or unknown', () => {
      expect(ids({ symptom: 'rest-401' })).toEqual(
        expect.arrayContaining(['rest401-pattern', 'directory-type', 'ldap-clustered', 'ldap-consistent', 'user-groups-missing', 'rest401-errors']),
      );
      expect(ids({ symptom: 'rest-401', 'directory.type': 'internal' })).not.toContain('ldap-clustered');
      expect(ids({ symptom: 'rest-401', 'directory.type': 'internal' })).not.toContain('user-groups-missing');
    });

    it.each(['always', 'never'] as const)('asks nothing more once the 401 happens %s', (pattern) => {
      expect(ids({ symptom: 'rest-401', 'rest401.pattern': pattern })).toEqual(['symptom', 'rest401-pattern']);
      expect(nextQuestion({ symptom: 'rest-401', 'rest401.pattern': pattern })).toBeUndefined();
    });

    it('does not ask about LDAP consistency when there is only one LDAP server', () => {
      expect(ids({ symptom: 'rest-401', 'directory.type': 'ldap', 'ldap.clustered': false })).not.toContain('ldap-consistent');
      expect(ids({ symptom: 'rest-401', 'directory.type': 'ldap', 'ldap.clustered': true })).toContain('ldap-consistent');
    });

    it('names the automated checks and the log scan that can answer', () => {
      const byId = new Map(part.questions!.map((q) => [q.id, q]));
      expect(byId.get('rest401-pattern')!.answeredBy).toEqual(['rest401-sampling']);
      expect(byId.get('ldap-clustered')!.answeredBy).toEqual(['ldap']);
      expect(byId.get('ldap-consistent')!.answeredBy).toEqual(['ldap']);
      expect(byId.get('rest401-errors')!.answeredBy).toEqual(['log-scan']);
      const help = byId.get('rest401-errors')!.help.where.map((w) => w.text).join(' ');
      expect(help).toContain('atlassian-jira-security.log');
      expect(help).toContain('⚙ > System > Logging and profiling');
      for (const logger of LDAP_DEBUG_LOGGERS) expect(help).toContain(logger);
    });
  });

  describe('log signatures', () => {
    it('each example matches its own signature and nothing with another meaning', () => {
      expectUnambiguousExamples(part);
    });

    it("recognises the article's lines, including the two spaces before Failure", () => {
      expect(matchErrorText(FAILED).map((m) => m.signature.id)).toEqual(['security-failed']);
      expect(matchErrorText(FAILED.replace('.  Failure', '. Failure')).map((m) => m.signature.id)).toEqual(['security-failed']);
      expect(matchErrorText(TRIED_TO_LOGIN)[0]!.causes).toEqual([GROUPS, CLUSTER]);
    });

    it('gives the meaning of every Active Directory data code', () => {
      const meanings: Record<string, RegExp> = {
        '525': /not find the user/,
        '52e': /password is wrong/,
        '530': /time of day/,
        '531': /computer/,
        '532': /expired/,
        '533': /disabled/,
        '701': /account has expired/,
        '773': /change the password/,
        '775': /locked/,
      };
      for (const [code, meaning] of Object.entries(meanings)) {
        const line = `[LDAP: error code 49 - 80090308: LdapErr: DSID-0C0903A9, comment: AcceptSecurityContext error, data ${code}, v1db1]`;
        const found = matchErrorText(line);
        expect(found, code).toHaveLength(1);
        expect(found[0]!.signature.meaning, code).toMatch(meaning);
      }
    });
  });
});
