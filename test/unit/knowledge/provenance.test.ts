import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSection, SOURCE_FILES } from '../../../electron/services/sources';
import type { Article } from '../../../electron/services/sources';
import type { Provenance } from '../../../knowledge/index';
import { knowledge } from '../../../knowledge/index';

/**
 * Every citation of the knowledge resolves to real text of the bundled article (or facts sheet) through the same
 * section lookup the app uses (`source.get`), and every section of the articles that says what to
 * check or do is encoded, with its content, under a citation of that section.
 */

const body = (article: Article) => readFileSync(new URL(`../../../knowledge/sources/${SOURCE_FILES[article]}`, import.meta.url), 'utf8');

type Node = { where: string; source: Provenance; text: string };

/** Each knowledge node with its own citation and its own text (rules, steps and notes inside their solution). */
function nodes(): Node[] {
  const out: Node[] = [];
  const add = (where: string, source: Provenance, value: unknown) => out.push({ where, source, text: JSON.stringify(value) });
  for (const s of knowledge.symptoms) add(`symptom ${s.id}`, s.source, s);
  for (const q of knowledge.questions) add(`question ${q.id}`, q.source, q);
  for (const v of knowledge.variables) add(`variable ${v.id}`, v.source, v);
  for (const s of knowledge.signatures) add(`signature ${s.id}`, s.source, s);
  for (const c of knowledge.causes) {
    add(`cause ${c.id}`, c.source, { title: c.title, summary: c.summary });
    for (const key of ['confirmedWhen', 'likelyWhen', 'ruledOutWhen'] as const) c[key].forEach((r, i) => add(`${c.id} ${key}[${i}]`, r.source, r));
    for (const s of c.solutions) add(`${c.id} solution ${s.id}`, s.source, s);
  }
  return out;
}

describe('citations', () => {
  const all = nodes();

  it('are many: every symptom, question, variable, signature, cause, rule and solution carries one', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('of the articles and the facts sheet resolve to non-empty section text through the app\'s section lookup', () => {
    const broken = all
      .filter((n) => !findSection(n.source.article, body(n.source.article), n.source.section)?.text.trim())
      .map((n) => `${n.where}: ${n.source.article} "${n.source.section}"`);
    expect(broken).toEqual([]);
  });

  it('of the facts sheet resolve to its numbered sections, bundled with the articles', () => {
    expect(findSection('facts', body('facts'), '§4.2')?.heading).toBe('### 4.2 Microsoft identity platform');
    expect(findSection('facts', body('facts'), '§6')?.text).toContain('https.nonProxyHosts');
  });

  it("name article 001's Japanese solution headings in words the lookup understands", () => {
    const section = findSection('001', body('001'), 'Solution for Root Cause 16');
    expect(section).toMatchObject({ heading: 'Solution for Root Cause 16', originalHeading: '根本原因の解決策 16' });
    expect(section?.text).toContain('-Dhttp.nonProxyHosts=localhost|jira.mycompany.com|mailserver.com');
  });
});

/**
 * The article audit: each diagnosis step, cause, solution, workaround and version rule of the
 * articles, and the words that show it is encoded, under a citation of its own section.
 */
const AUDIT: { article: Provenance['article']; section: string; item: string; pattern: RegExp }[] = [
  // Article 000
  { article: '000', section: 'Summary', item: 'intermittent 401 for a valid user', pattern: /intermittent|now and then|Sometimes/i },
  { article: '000', section: 'Diagnosis', item: 'security log: tried to login / FAILED authentication', pattern: /tried to login/ },
  { article: '000', section: 'Diagnosis', item: 'enable the debug loggers', pattern: /com\.sun\.jndi\.ldap/ },
  { article: '000', section: 'Diagnosis', item: 'successful login returns the groups', pattern: /Updating groups on login|operation returned/ },
  { article: '000', section: 'Cause 1', item: "the user's groups are not returned on a failing login", pattern: /groups/ },
  { article: '000', section: 'Cause 2', item: 'clustered LDAP with differing data', pattern: /several LDAP servers|LDAP servers disagree|do not all return the same/ },
  { article: '000', section: 'Solution 1', item: 'verify the groups in user management at the time of failure', pattern: /User management/ },
  { article: '000', section: 'Solution 1', item: 'Jira does not control it: synchronized from AD', pattern: /Jira does not decide|directory side/ },
  { article: '000', section: 'Solution 2', item: 'always connect Jira to the same LDAP server', pattern: /one LDAP (server|node)|same LDAP node/ },
  // Article 001: diagnosis
  { article: '001', section: 'Checking the scopes', item: 'menu path by version', pattern: /8\.21\.x[\s\S]*8\.22\.0|8\.22\.0[\s\S]*8\.21\.x/ },
  { article: '001', section: 'Environment', item: 'Jira 8.10.0 / JSM 4.10.0', pattern: /8\.10\.0[\s\S]*4\.10\.0/ },
  { article: '001', section: 'Checking the Jira and Jira Service Management (JSM) version', item: 'the versions decide protocols and clouds', pattern: /version/ },
  { article: '001', section: 'Checking the account used to authorize the mailbox', item: 'whose mailbox, relative to the authorizer', pattern: /mailbox/ },
  { article: '001', section: 'Verifying that the mailbox is granted a license', item: 'the mailbox licence', pattern: /licen[cs]e/i },
  { article: '001', section: 'Checking the Jira application logs', item: 'atlassian-jira.log or atlassian-jira-incoming-mail.log', pattern: /atlassian-jira(-incoming-mail)?\.log/ },
  { article: '001', section: 'Root Cause 2', item: 'Remote Connectivity Analyzer: a failure means IMAP off or the wrong user', pattern: /Remote Connectivity Analyzer/ },
  { article: '001', section: 'Root Cause 13', item: 'HAR file: the user stays on one node', pattern: /HAR file/ },
  // Article 001: the sixteen root causes and their solutions
  { article: '001', section: 'Root Cause 1', item: 'incorrect scopes', pattern: /scope/i },
  { article: '001', section: 'Solution for Root Cause 1', item: 'worldwide/GCC scopes', pattern: /https:\/\/outlook\.office\.com\/IMAP\.AccessAsUser\.All https:\/\/outlook\.office\.com\/POP\.AccessAsUser\.All offline_access/ },
  { article: '001', section: 'Solution for Root Cause 1', item: 'GCC High/DoD scopes', pattern: /https:\/\/outlook\.office365\.us\/IMAP\.AccessAsUser\.All https:\/\/outlook\.office365\.us\/POP\.AccessAsUser\.All offline_access/ },
  { article: '001', section: 'Root Cause 2', item: 'IMAP or POP disabled for the mailbox', pattern: /turned off|disabled|is off/ },
  { article: '001', section: 'Solution for Root Cause 2', item: 'enable IMAP/POP for the mailbox', pattern: /ImapEnabled \$true[\s\S]*PopEnabled \$true/ },
  { article: '001', section: 'Root Cause 3', item: 'Full Access for another user or a shared mailbox', pattern: /Full Access/ },
  { article: '001', section: 'Solution for Root Cause 3', item: 'ecp > Recipients > Mailboxes / Shared > Mail delegation', pattern: /Mail delegation/ },
  { article: '001', section: 'Root Cause 4', item: 'no licence', pattern: /licen[cs]e/i },
  { article: '001', section: 'Solution for Root Cause 4', item: 'Azure portal > Users > Licenses > Assignments', pattern: /Licenses > Assignments/ },
  { article: '001', section: 'Root Cause 5', item: 'mailbox language / JSDSERVER-7058', pattern: /JSDSERVER-7058/ },
  { article: '001', section: 'Solution for Root Cause 5', item: 'create a folder named Inbox, or switch the language back first', pattern: /language[\s\S]*Inbox|Inbox[\s\S]*language/ },
  { article: '001', section: 'Root Cause 6', item: 'Client Access Rules without IMAP4', pattern: /IMAP4/ },
  // The article's fix (add IMAP4 to the Client Access Rules) now cites Microsoft's retirement notice; the IMAP4 step stays for Exchange Server.
  { article: 'facts', section: '§9.4', item: 'Client Access Rules retired; IMAP4 allow rule on Exchange Server', pattern: /IMAP4[\s\S]*retired|retired[\s\S]*IMAP4/ },
  { article: '001', section: 'Root Cause 7', item: 'ports 110, 995, 143, 993', pattern: /110[\s\S]*995|995[\s\S]*110/ },
  { article: '001', section: 'Root Cause 7', item: 'telnet is not sufficient', pattern: /telnet|open port|reachable port/i },
  { article: '001', section: 'Solution for Root Cause 7', item: 'allow the traffic to the provider and the port', pattern: /firewall|port/i },
  { article: '001', section: 'Root Cause 8', item: 'single-tenant app with the default endpoints', pattern: /single-tenant/ },
  { article: '001', section: 'Solution for Root Cause 8', item: 'make the app multitenant', pattern: /multitenant|multi-tenant/ },
  { article: '001', section: 'Solution for Root Cause 8', item: 'tenant endpoints', pattern: /<TENANT_ID>\/oauth2\/v2\.0\/authorize/ },
  { article: '001', section: 'Solution for Root Cause 8', item: 'new Redirect URL into Azure', pattern: /Redirect URL/ },
  { article: '001', section: 'Root Cause 9', item: 'Jira from 8.10.0 with outlook.office365.us', pattern: /outlook\.office365\.us/ },
  { article: '001', section: 'Root Cause 9', item: 'JSM 4.22.0 (DC) / 4.22.2 (Server)', pattern: /4\.22\.2/ },
  { article: '001', section: 'Solution for Root Cause 9', item: 'option 1: the hosts file', pattern: /40\.66\.16\.130 outlook\.office365\.com/ },
  { article: '001', section: 'Solution for Root Cause 9', item: 'the hosts file removes the failover', pattern: /failover/ },
  { article: '001', section: 'Solution for Root Cause 9', item: 'option 2: Email This Issue', pattern: /Email This Issue/ },
  { article: '001', section: 'Root Cause 10', item: '8.15.0, 8.13.4, 8.5.12 (JRASERVER-72033)', pattern: /JRASERVER-72033/ },
  { article: '001', section: 'Root Cause 10', item: 'the error of the POP test', pattern: /Protocol error\. Connection is closed\. 10/ },
  { article: '001', section: 'Solution for Root Cause 10', item: 'tick "Use two line authentication format"', pattern: /Use two line authentication format/ },
  { article: '001', section: 'Root Cause 11', item: 'the browser signs in as another Microsoft user', pattern: /account|user/ },
  { article: '001', section: 'Solution for Root Cause 11', item: 'incognito, clear the cache, or another browser', pattern: /incognito|private window/i },
  { article: '001', section: 'Root Cause 12', item: 'beta in JSM 4.18 (sd.multi.incoming.email.support.enabled)', pattern: /sd\.multi\.incoming\.email\.support\.enabled/ },
  { article: '001', section: 'Solution for Root Cause 12', item: 'upgrade JSM to 4.22.0', pattern: /4\.22\.0/ },
  { article: '001', section: 'Root Cause 13', item: 'sticky sessions (reason 1)', pattern: /sticky|stickiness|one node/i },
  { article: '001', section: 'Root Cause 13', item: 'internal REST calls kept on the user node (reason 2)', pattern: /dedicated node|internal/i },
  { article: '001', section: 'Solution for Root Cause 13', item: 'both requirements', pattern: /External|external/ },
  { article: '001', section: 'Root Cause 14', item: 'App registrations > Certificates & secrets', pattern: /Certificates & secrets/ },
  { article: '001', section: 'Solution for Root Cause 14', item: 'create a new secret', pattern: /new (client )?secret/i },
  { article: '001', section: 'Root Cause 15', item: 'an inbox flooded with failure-delivery mails', pattern: /flood/i },
  { article: '001', section: 'Solution for Root Cause 15', item: 'move the mails away, re-authorize, move them back in batches', pattern: /batch/i },
  { article: '001', section: 'Root Cause 16', item: 'proxy JVM arguments', pattern: /https?\.proxyHost/ },
  { article: '001', section: 'Solution for Root Cause 16', item: 'option 1: mail.<protocol>.proxy.host/port', pattern: /mail\.(imaps|<protocol>|\{\{var:mailProxyProtocol\}\})\.proxy\.host/ },
  { article: '001', section: 'Solution for Root Cause 16', item: 'option 2: http.nonProxyHosts, not https.nonProxyHosts', pattern: /-Dhttp\.nonProxyHosts=[\s\S]*https\.nonProxyHosts/ },
  { article: '001', section: 'Solution for Root Cause 16', item: 'restart Jira', pattern: /[Rr]estart Jira/ },
  // Article 002
  { article: '002', section: 'Advanced topics', item: 'an expired cookie gives 401: log in again at the session resource', pattern: /\/rest\/auth\/1\/session/ },
  { article: '002', section: 'CAPTCHAs', item: 'CAPTCHA blocks REST logins', pattern: /CAPTCHA/ },
  { article: '002', section: 'CAPTCHAs', item: 'X-Seraph-LoginReason AUTHENTICATION_DENIED', pattern: /AUTHENTICATION_DENIED/ },
  { article: '002', section: 'Form token checking', item: 'form-encoded endpoints such as attachments', pattern: /attachments|multipart|form-encoded/ },
  { article: '002', section: 'Form token checking', item: 'X-Atlassian-Token: no-check', pattern: /X-Atlassian-Token: no-check/ },
  // Article 003
  { article: '003', section: 'REST clients & authentication', item: 'REST SSO since 1.3.0', pattern: /1\.3\.0/ },
  { article: '003', section: 'REST clients & authentication', item: 'session cookies and OAuth2 tokens from the UI work with SSO anyway', pattern: /session cookie[\s\S]*OAuth2 token/ },
  { article: '003', section: 'Requirements and Setup', item: 'Keycloak: Direct Access Grants Enabled in the client', pattern: /Direct Access Grants/ },
  { article: '003', section: 'Requirements and Setup', item: 'enable the REST SSO option', pattern: /REST SSO/ },
  { article: '003', section: 'Risks and Problems', item: 'the log line', pattern: /Client not allowed for direct access grants/ },
  { article: '003', section: 'Risks and Problems', item: 'https endpoints only', pattern: /https/ },
];

describe('article audit', () => {
  const all = nodes();
  it.each(AUDIT.map((a) => [`${a.article} ${a.section}: ${a.item}`, a] as const))('%s', (_name, a) => {
    const cited = all.filter((n) => n.source.article === a.article && n.source.section === a.section);
    expect(cited.length, 'nothing cites this section').toBeGreaterThan(0);
    expect(cited.some((n) => a.pattern.test(n.text)), `no node citing it says ${a.pattern}`).toBe(true);
  });
});
