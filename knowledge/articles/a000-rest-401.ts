import type { Condition, KnowledgePart, RuledOutRule as Rule, Signature } from '../schema';

/**
 * Article 000: Jira Data Center REST calls from a valid user intermittently fail with 401, because
 * the user's groups are not returned on the failing login (Cause 1) or the LDAP servers behind a
 * clustered LDAP disagree (Cause 2). The security-log catalogue and the LDAP/Crowd connector lines
 * come from the facts sheet (§3.3, §3.5), which reads them from Jira and Seraph source.
 */

const SECURITY_LOG = 'atlassian-jira-security.log';
const JIRA_LOG = 'atlassian-jira.log';

/** The debug loggers article 000 asks for, verbatim. */
export const LDAP_DEBUG_LOGGERS = [
  'com.atlassian.jira.login',
  'com.atlassian.jira.login.security',
  'com.atlassian.crowd.directory.SpringLDAPConnector',
  'com.atlassian.crowd.embedded.atlassianuser.EmbeddedCrowdAuthenticator',
  'org.springframework.ldap.core',
  'com.atlassian.crowd.embedded',
  'com.atlassian.crowd.directory',
  'com.sun.jndi.ldap',
];

const LOGGING_MENU = '⚙ > System > Logging and profiling';
const USER_DIRECTORIES_MENU = '⚙ > User management > User Directories';

const notLdap: Condition = { kind: 'factIn', fact: 'directory.type', values: ['internal', 'crowd', 'other'] };
const intermittent: Condition = { kind: 'factIs', fact: 'rest401.pattern', value: 'intermittent' };
const isLdap: Condition = { kind: 'factIs', fact: 'directory.type', value: 'ldap' };
/** Once the admin says the 401 is not intermittent, both causes are out and nothing else is worth asking. */
const stillIntermittent: Condition = { kind: 'not', of: { kind: 'factIn', fact: 'rest401.pattern', values: ['always', 'never'] } };
/** Intermittent, or nobody said: a rule that must not wait for the 401 pattern. */
const maybeIntermittent: Condition = { kind: 'any', of: [intermittent, { kind: 'not', of: { kind: 'factKnown', fact: 'rest401.pattern' } }] };
const askAboutLdap: Condition = { kind: 'all', of: [isLdap, stillIntermittent] };
/**
 * LDAP, or nobody said: missing groups or disagreeing servers explain the failing user's 401s only when
 * the user comes from LDAP. (A direct observation still outweighs the 401 pattern.)
 */
const ldapOrUnknown: Condition = { kind: 'any', of: [isLdap, { kind: 'not', of: { kind: 'factKnown', fact: 'directory.type' } }] };
/**
 * The article's Diagnosis: the security log shows a valid user failing to log in, as the pair
 * "tried to login … weren't found" and "has FAILED authentication" (the second line proves the user
 * exists, facts §3.3).
 */
const securityLogFailurePair: Condition = {
  kind: 'all',
  of: [
    { kind: 'errorMatches', signature: 'security-login-not-permitted-or-not-found' },
    { kind: 'errorMatches', signature: 'security-failed' },
  ],
};

/** Jira's debug log names two or more different LDAP servers: it reaches more than one (article 000's Diagnosis lines). */
const severalLdapServersInLogs: Condition = { kind: 'errorsDistinct', signature: 'ldap-context-server', atLeast: 2 };

/**
 * The login failure Jira reports to a Basic-auth REST client ("Basic Authentication Failure - Reason :
 * AUTHENTICATED_FAILED", the start screen's example): the credentials were checked and refused, the
 * way the article's valid user is refused now and then.
 */
const basicAuthFailed: Condition = { kind: 'errorMatches', signature: 'seraph-authenticated-failed' };

const ruledOutForAnyLdapCause: Rule[] = [
  {
    when: notLdap,
    because:
      'The failing user comes from another kind of user directory ({{fact:directory.type}}), not from LDAP or Active Directory; this cause is about LDAP.',
    why: "Both causes are in Jira's LDAP lookups; a user held by another kind of directory never goes through them.",
    source: { article: '000', section: 'Cause 1' },
  },
  {
    when: { kind: 'factIs', fact: 'rest401.pattern', value: 'always' },
    because:
      'Every call fails, not just some. A lookup that only sometimes goes wrong cannot explain that: check the password, the username and the account instead.',
    why: 'The article describes a valid user whose calls fail only sometimes; both causes make a lookup go wrong now and then, never on every call.',
    source: { article: '000', section: 'Summary' },
  },
  {
    when: { kind: 'factIs', fact: 'rest401.pattern', value: 'never' },
    because: 'REST calls from this user no longer fail with 401, so there is nothing left to explain.',
    why: 'With no failing calls there is no failure for either cause to explain.',
    source: { article: '000', section: 'Summary' },
  },
];

/** AD returns the reason of a failed bind (LDAP error 49) as a hexadecimal "data" code. */
const AD_DATA_CODES: { code: string; slug: string; meaning: string; supports: Signature['supports'] }[] = [
  {
    code: '525',
    slug: 'user-not-found',
    meaning:
      'Active Directory did not find the user. For a user who exists and logs in at other times, this means the LDAP server that answered does not have the user: the LDAP servers disagree.',
    supports: ['rest-401/ldap-cluster-inconsistent'],
  },
  { code: '52e', slug: 'invalid-credentials', meaning: 'Active Directory found the user but the password is wrong.', supports: [] },
  { code: '530', slug: 'logon-time', meaning: 'The account may not log in at this time of day (logon hours restriction in Active Directory).', supports: [] },
  { code: '531', slug: 'workstation', meaning: 'The account may not log in from this computer (workstation restriction in Active Directory).', supports: [] },
  { code: '532', slug: 'password-expired', meaning: "The account's password has expired in Active Directory.", supports: [] },
  { code: '533', slug: 'account-disabled', meaning: 'The account is disabled in Active Directory.', supports: [] },
  { code: '701', slug: 'account-expired', meaning: 'The account has expired in Active Directory.', supports: [] },
  { code: '773', slug: 'must-reset-password', meaning: 'The user must change the password before logging in (Active Directory "must reset password").', supports: [] },
  { code: '775', slug: 'account-locked', meaning: 'The account is locked out in Active Directory, usually after too many wrong passwords.', supports: [] },
];

const adBindSignatures: Signature[] = AD_DATA_CODES.map(({ code, slug, meaning, supports }) => ({
  id: `ldap-bind-${code}-${slug}`,
  title: `Active Directory refused the login (data ${code})`,
  pattern: `LDAP: error code 49 - (?:(?!LDAP: error)[^\\]])*\\bdata ${code}\\b`,
  seenIn: [JIRA_LOG],
  meaning,
  supports,
  example: `javax.naming.AuthenticationException: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data ${code}, v4563]`,
  source: { article: 'facts', section: '§3.5' },
}));

export const part: KnowledgePart = {
  questions: [
    {
      id: 'rest401-pattern',
      fact: 'rest401.pattern',
      symptoms: ['rest-401'],
      text: 'How often do REST calls from this user get 401?',
      options: [
        { value: 'intermittent', label: 'Sometimes: the same call works, then fails, then works again' },
        { value: 'always', label: 'Every time', hint: 'Usually a wrong password, username or locked account rather than LDAP.' },
        { value: 'never', label: 'Not any more: the 401s have stopped' },
      ],
      help: {
        why: 'Both known causes make logins fail only now and then. A call that always fails has another reason.',
        where: [
          { place: 'client', text: "The integration's own log: does the same call with the same user succeed at other times?" },
          {
            place: 'logs',
            text: `In ${SECURITY_LOG} (under <JIRA_HOME>/log/), look for the same user with both "has PASSED authentication" and "has FAILED authentication" lines.`,
          },
        ],
      },
      answeredBy: ['rest401-sampling'],
      source: { article: '000', section: 'Summary' },
    },
    {
      id: 'directory-type',
      fact: 'directory.type',
      symptoms: ['rest-401'],
      text: 'Which user directory does the failing user come from?',
      options: [
        { value: 'ldap', label: 'LDAP or Active Directory', hint: 'Also "Internal with LDAP authentication" (delegated LDAP).' },
        { value: 'internal', label: "Jira's internal directory" },
        { value: 'crowd', label: 'Atlassian Crowd' },
        { value: 'other', label: 'Something else' },
      ],
      help: {
        why: "The article's causes are both about LDAP; users from other directories are not affected by them.",
        where: [
          {
            place: 'jira',
            text: `${USER_DIRECTORIES_MENU} lists the directories; the user's page in ⚙ > User management > Users shows which directory holds the user.`,
          },
        ],
      },
      askWhen: stillIntermittent,
      source: { article: '000', section: 'Cause 1' },
    },
    {
      id: 'ldap-clustered',
      fact: 'ldap.clustered',
      symptoms: ['rest-401'],
      text: "Does Jira's LDAP connection reach more than one LDAP server?",
      options: [
        {
          value: true,
          label: 'Yes, several LDAP servers',
          hint: 'For example a load-balanced name, a DNS name with several addresses, or several hosts in the directory settings.',
        },
        { value: false, label: 'No, always the same single LDAP server' },
      ],
      help: {
        why: 'When Jira can reach several LDAP servers, a login may be checked by a server whose copy of the user or groups differs.',
        where: [
          {
            place: 'jira',
            text: `${USER_DIRECTORIES_MENU} > Edit on the LDAP directory: the Hostname field. Ask whether that name points to one server or to several.`,
          },
          { place: 'ldap', text: 'The LDAP team knows whether the host name is a cluster, a load balancer or a DNS round-robin name.' },
          {
            place: 'logs',
            text: `With the LDAP debug loggers on, the "Got Ldap context on server '…'" lines in ${JIRA_LOG} show each server Jira used: more than one server name means yes.`,
          },
        ],
      },
      answeredBy: ['ldap'],
      askWhen: askAboutLdap,
      source: { article: '000', section: 'Cause 2' },
    },
    {
      id: 'ldap-consistent',
      fact: 'ldap.consistent',
      symptoms: ['rest-401'],
      text: 'Do all those LDAP servers return the same user and the same groups?',
      options: [
        { value: true, label: 'Yes, every server returns the same user and groups' },
        { value: false, label: 'No, at least one server returns something different', hint: 'For example a server where replication lags.' },
      ],
      help: {
        why: 'If the LDAP servers differ, Jira gets a different answer depending on which one it asks, and cannot reconcile them.',
        where: [
          {
            place: 'ldap',
            text: "Ask the LDAP team to search the user and the user's groups on each LDAP server separately and compare the results.",
          },
        ],
      },
      answeredBy: ['ldap'],
      askWhen: { kind: 'all', of: [askAboutLdap, { kind: 'not', of: { kind: 'factIs', fact: 'ldap.clustered', value: false } }] },
      source: { article: '000', section: 'Cause 2' },
    },
    {
      id: 'user-groups-missing',
      fact: 'user.groupsMissingOnFailure',
      symptoms: ['rest-401'],
      text: "Right after a failed call, are some of the user's groups missing in Jira?",
      options: [
        { value: true, label: 'Yes, groups were missing at the time of the failure' },
        {
          value: false,
          label: 'No, the groups looked complete when I checked',
          hint: 'This alone does not clear the LDAP lookup: the groups may be missing only for the moment of the failing login.',
        },
      ],
      help: {
        why: "On a failing login the user's groups are not returned; without them the user loses access to Jira. The check in user management may show it, but only right at the failure; the LDAP debug lines at that moment are the firmer evidence.",
        where: [
          {
            place: 'jira',
            text: "⚙ > User management > Users, open the user and look at the groups immediately after a 401; compare with a time when the calls work.",
          },
          {
            place: 'logs',
            text: `With the LDAP debug loggers on, a working login shows "The operation returned N results" and "Updating groups on login for user …" in ${JIRA_LOG}; a failing one does not return the groups.`,
          },
        ],
      },
      askWhen: askAboutLdap,
      source: { article: '000', section: 'Solution 1' },
    },
    {
      id: 'rest401-errors',
      fact: 'errors',
      symptoms: ['rest-401'],
      text: 'Paste the security-log and LDAP lines from around a failed call (one per line).',
      help: {
        why: 'The security log says whether the user was not found, failed the password check or lacked access; the LDAP lines show which server answered and whether groups came back.',
        where: [
          {
            place: 'logs',
            text: `${SECURITY_LOG} under <JIRA_HOME>/log/: lines with the user's name around the time of a 401, e.g. "tried to login but they do not have USE permission or weren't found" and "has FAILED authentication".`,
          },
          {
            place: 'jira',
            text: `For the LDAP lines, first turn on DEBUG for these loggers in ${LOGGING_MENU} (they write to ${JIRA_LOG}): ${LDAP_DEBUG_LOGGERS.join(', ')}. Turn them off again afterwards: they are verbose.`,
          },
        ],
      },
      answeredBy: ['log-scan'],
      askWhen: stillIntermittent,
      source: { article: '000', section: 'Diagnosis' },
    },
  ],
  causes: [
    {
      id: 'rest-401/ldap-groups-missing',
      title: "The user's groups are not returned when the login fails",
      summary:
        'Jira looks the user up in LDAP and then asks for the groups. On a successful login all groups come back; on a failing one they do not, so the user briefly has no application access and REST calls get 401.',
      prior: 0.6,
      confirmedWhen: [
        {
          when: { kind: 'all', of: [{ kind: 'factIs', fact: 'user.groupsMissingOnFailure', value: true }, ldapOrUnknown] },
          because: "At the time of a failure the user's groups were missing in Jira.",
          weight: 3,
          source: { article: '000', section: 'Cause 1' },
        },
      ],
      likelyWhen: [
        {
          when: {
            kind: 'all',
            of: [{ kind: 'errorMatches', signature: 'security-login-not-permitted-or-not-found' }, intermittent],
          },
          because:
            'The security log shows the user "tried to login but they do not have USE permission or weren\'t found" while other calls work: the pattern Atlassian describes for this problem.',
          weight: 2,
          source: { article: '000', section: 'Diagnosis' },
        },
        {
          when: securityLogFailurePair,
          because:
            'The security log shows an existing user who "tried to login but they do not have USE permission or weren\'t found" and "has FAILED authentication": the failing login Atlassian\'s article starts from, where the user\'s groups did not come back.',
          weight: 1.5,
          source: { article: '000', section: 'Diagnosis' },
        },
        {
          when: {
            kind: 'all',
            of: [
              { kind: 'errorMatches', signature: 'ldap-search-no-results' },
              { kind: 'any', of: [{ kind: 'errorMatches', signature: 'security-failed' }, { kind: 'errorMatches', signature: 'security-login-not-permitted-or-not-found' }] },
            ],
          },
          because: 'Next to a failed login, an LDAP search returned no results: on a failing login the user\'s groups are not returned.',
          weight: 1.5,
          source: { article: '000', section: 'Cause 1' },
        },
        {
          when: { kind: 'all', of: [basicAuthFailed, maybeIntermittent, ldapOrUnknown] },
          because:
            'Jira refused the REST call\'s credentials ({{detail}}). For a valid user whose calls work at other times, this is the failing login Atlassian\'s article starts from; turn on the LDAP debug loggers to see whether the groups came back.',
          weight: 0.5,
          source: { article: '000', section: 'Summary' },
        },
        {
          when: { kind: 'all', of: [{ kind: 'errorMatches', signature: 'security-not-authorized' }, isLdap] },
          because: 'The security log says the user is NOT AUTHORIZED: the password was accepted but the user had no application access, which comes from groups.',
          weight: 2,
          source: { article: 'facts', section: '§3.3' },
        },
      ],
      // Groups that look complete in user management do not rule this cause out: the article only says
      // the check "may" show them missing, and its evidence is the LDAP lookup at the moment of a failure.
      ruledOutWhen: ruledOutForAnyLdapCause,
      solutions: [
        {
          id: 'rest-401/check-groups-at-failure',
          title: "Catch the missing groups in Jira's user management",
          team: 'jira-admin',
          steps: [
            {
              text: `Turn on DEBUG for these loggers in ${LOGGING_MENU}, so that ${JIRA_LOG} records each LDAP lookup and its results.`,
              code: LDAP_DEBUG_LOGGERS,
            },
            {
              text: "When the integration next gets a 401, open the user in ⚙ > User management > Users at once and note the groups; compare with a time when calls work.",
            },
            {
              text: `Keep the matching ${SECURITY_LOG} and ${JIRA_LOG} lines (same time, same request id) for the LDAP team, then turn the debug loggers off again.`,
            },
          ],
          notes: [
            'Jira does not decide the group memberships here: they are read from Active Directory or LDAP, so the fix is on the directory side.',
          ],
          source: { article: '000', section: 'Solution 1' },
        },
        {
          id: 'rest-401/fix-group-lookup',
          title: 'Find out why the directory sometimes returns no groups',
          team: 'ldap-team',
          steps: [
            {
              text: "With the log lines from the Jira administrator, repeat Jira's group search (the base DN and filter of the \"Timed call for search\" line) against the LDAP server that answered the failing login.",
            },
            {
              text: 'Make sure the user is a member of the expected groups on every LDAP server, and that the group search base Jira uses contains those groups.',
            },
          ],
          source: { article: '000', section: 'Solution 1' },
        },
      ],
      source: { article: '000', section: 'Cause 1' },
    },
    {
      id: 'rest-401/ldap-cluster-inconsistent',
      title: 'Jira reaches several LDAP servers whose data differ',
      summary:
        'With a clustered LDAP, each login may be checked by a different LDAP server. If the servers do not hold the same user and groups, Jira gets conflicting answers and some logins fail.',
      prior: 0.5,
      confirmedWhen: [
        {
          when: { kind: 'all', of: [{ kind: 'factIs', fact: 'ldap.consistent', value: false }, ldapOrUnknown] },
          because: 'The LDAP servers Jira uses do not all return the same user and groups.',
          weight: 3,
          source: { article: '000', section: 'Cause 2' },
        },
      ],
      likelyWhen: [
        {
          when: { kind: 'all', of: [{ kind: 'factIs', fact: 'ldap.clustered', value: true }, intermittent] },
          because: "Jira's LDAP connection reaches several LDAP servers, and the 401s come and go.",
          weight: 2,
          source: { article: '000', section: 'Cause 2' },
        },
        {
          when: { kind: 'all', of: [basicAuthFailed, maybeIntermittent, ldapOrUnknown] },
          because:
            'Jira refused the REST call\'s credentials ({{detail}}). For a valid user whose calls work at other times, one reason is an LDAP server that holds different data from the others.',
          weight: 0.5,
          source: { article: '000', section: 'Summary' },
        },
        {
          when: { kind: 'all', of: [severalLdapServersInLogs, maybeIntermittent] },
          because: "Jira's log names more than one LDAP server in its \"Got Ldap context on server\" lines ({{detail}}): its logins are checked by several servers, which may hold different data.",
          weight: 2,
          source: { article: '000', section: 'Diagnosis' },
        },
        {
          when: {
            kind: 'all',
            of: [{ kind: 'factIs', fact: 'ldap.clustered', value: true }, { kind: 'factIs', fact: 'user.groupsMissingOnFailure', value: true }],
          },
          because: "The user's groups go missing on failures and Jira reaches several LDAP servers: one of them probably lacks the groups.",
          weight: 2,
          source: { article: '000', section: 'Cause 2' },
        },
        {
          when: { kind: 'all', of: [{ kind: 'errorMatches', signature: 'ldap-bind-525-user-not-found' }, intermittent] },
          because: 'Active Directory sometimes answers "user not found" (data 525) for a user who logs in at other times.',
          weight: 1.5,
          source: { article: 'facts', section: '§3.5' },
        },
        {
          when: securityLogFailurePair,
          because:
            'The security log shows an existing user failing to log in ("tried to login … weren\'t found" with "has FAILED authentication"); when Jira reaches several LDAP servers, one that holds different data gives this answer.',
          weight: 1,
          source: { article: '000', section: 'Diagnosis' },
        },
      ],
      ruledOutWhen: [
        {
          when: {
            kind: 'all',
            of: [
              { kind: 'factIs', fact: 'ldap.clustered', value: false },
              { kind: 'any', of: [{ kind: 'not', of: { kind: 'factKnown', fact: 'errors' } }, { kind: 'not', of: severalLdapServersInLogs }] },
            ],
          },
          because: 'Jira always talks to one single LDAP server, so there are no servers to disagree.',
          why: "The cause needs at least two LDAP servers with different data; with one server there is nothing to disagree. Jira's own log lines naming two servers would overrule this answer.",
          source: { article: '000', section: 'Cause 2' },
        },
        {
          when: { kind: 'factIs', fact: 'ldap.consistent', value: true },
          because: 'Every LDAP server returns the same user and groups.',
          why: 'The cause is differing data between the servers, and the servers were compared and found to agree. If the 401s go on, compare them again at the time of a failure: replication differences can come and go.',
          source: { article: '000', section: 'Cause 2' },
        },
        ...ruledOutForAnyLdapCause,
      ],
      solutions: [
        {
          id: 'rest-401/pin-ldap-server',
          title: 'Point Jira at one LDAP server',
          team: 'jira-admin',
          steps: [
            {
              text: `In ${USER_DIRECTORIES_MENU}, edit the LDAP directory and set Hostname to one LDAP server rather than a cluster, load-balanced or round-robin name; test the settings and save.`,
            },
            {
              text: "Check the \"Got Ldap context on server '…'\" lines afterwards: they should all name the same server.",
            },
          ],
          source: { article: '000', section: 'Solution 2' },
        },
        {
          id: 'rest-401/one-ldap-node-for-jira',
          title: "Keep Jira's authentication requests on one LDAP node",
          team: 'ldap-team',
          steps: [
            {
              text: 'Give Jira a host name that always reaches the same LDAP node (or make the LDAP load balancer keep Jira on one node), so its authentication requests are not spread over several nodes.',
            },
            { text: 'Then find and repair the replication difference between the nodes, so that every node returns the same user and groups.' },
          ],
          source: { article: '000', section: 'Solution 2' },
        },
      ],
      source: { article: '000', section: 'Cause 2' },
    },
  ],
  signatures: [
    {
      id: 'security-passed',
      title: 'Successful login',
      pattern: "The user '[^']*' has PASSED authentication\\.",
      seenIn: [SECURITY_LOG],
      meaning: 'The user logged in. Seen between failures for the same user, it shows that the 401s are intermittent.',
      supports: [],
      example:
        "2023-02-20 16:48:05,160+0000 ajp-nio-0.0.0.0-8600-exec-1630 anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo The user '<username>' has PASSED authentication.",
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'security-failed',
      title: 'Failed login of an existing user',
      pattern: "The user '[^']*' has FAILED authentication\\.\\s+Failure count equals \\d+",
      seenIn: [SECURITY_LOG],
      meaning:
        "The user exists in a Jira directory, but the password or LDAP check failed. Each failure raises the count; at the CAPTCHA limit later logins are refused. For a valid user who logs in at other times, this is the intermittent LDAP failure Atlassian describes.",
      supports: ['rest-401/ldap-groups-missing', 'rest-401/ldap-cluster-inconsistent'],
      example:
        "2023-02-20 17:09:00,989+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo The user '<username>' has FAILED authentication.  Failure count equals 15",
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'security-login-not-permitted-or-not-found',
      title: 'Login refused: no USE permission, or user not found',
      pattern: "tried to login but they do not have USE permission or weren't found\\. Deleting (?:remember me )?cookie\\.",
      seenIn: [SECURITY_LOG],
      meaning:
        'Any failed login writes this line: the user was not found, the password was wrong, or the user had no application access. Together with a "has FAILED authentication" line for the same request id the user exists and the check failed; without it the user was not found.',
      supports: ['rest-401/ldap-groups-missing', 'rest-401/ldap-cluster-inconsistent'],
      example:
        "2023-02-20 17:09:00,982+0000 ajp-nio-0.0.0.0-8600-exec-1613 anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo login : '<username>' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'security-captcha-required',
      title: 'Login refused until the user answers a CAPTCHA',
      pattern: "The user '[^']*' is required to answer a CAPTCHA elevated security check\\.\\s+Failure count equals \\d+",
      seenIn: [SECURITY_LOG],
      meaning:
        'The user reached the maximum number of failed logins. Jira now refuses every REST login for this user, even with the right password, without checking the password.',
      supports: ['cookie-auth/captcha'],
      example:
        "2024-05-14 09:12:44,301+0000 http-nio-8080-exec-12 anonymous 552x20431x1 - 10.0.4.21 /rest/auth/1/session The user 'svc-integration' is required to answer a CAPTCHA elevated security check.  Failure count equals 3",
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'security-not-authorized',
      title: 'Password accepted, but no application access',
      pattern: "The user '[^']*' is NOT AUTHORIZED to perform (?:to login for )?this request",
      seenIn: [SECURITY_LOG],
      meaning:
        'The password was right, but the user may not use Jira: no application access, which comes from group membership. Missing groups on a failing login lead to this.',
      supports: ['rest-401/ldap-groups-missing'],
      example:
        "2024-05-14 09:20:03,118+0000 http-nio-8080-exec-4 anonymous 560x20877x1 - 10.0.4.21 /rest/api/2/myself The user 'svc-integration' is NOT AUTHORIZED to perform this request",
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'security-bad-password',
      title: 'Password check failed',
      pattern: "login : '[^']*' could not be authenticated with the given password",
      seenIn: [SECURITY_LOG, JIRA_LOG],
      meaning: 'The directory checked the password and it did not match.',
      supports: [],
      example:
        "2024-05-14 09:12:40,877+0000 http-nio-8080-exec-9 anonymous 552x20429x1 - 10.0.4.21 /rest/api/2/myself login : 'svc-integration' could not be authenticated with the given password",
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'security-logged-out',
      title: 'Logout',
      pattern: "The user '[^']*' has logged out\\.",
      seenIn: [SECURITY_LOG],
      meaning: 'The session was ended by a logout (for REST clients: DELETE /rest/auth/1/session). Calls with that session cookie get 401 afterwards.',
      supports: [],
      example:
        "2024-05-14 10:02:17,442+0000 http-nio-8080-exec-2 svc-integration 602x23015x1 1xk9q2m 10.0.4.21 /rest/auth/1/session The user 'svc-integration' has logged out.",
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'login-jsp-denied',
      title: 'Login page reports a CAPTCHA lock',
      pattern: 'login\\.jsp called with lastLoginResult : \\S*\\[reason=AUTHENTICATION_DENIED\\b',
      seenIn: [SECURITY_LOG, JIRA_LOG],
      meaning:
        'The last login of this user was denied by the elevated security check (CAPTCHA) before the password was checked; currentFailedLoginCount has reached maxAuthenticationAttemptsAllowed.',
      supports: ['cookie-auth/captcha'],
      example:
        '2021-09-20 14:27:58,012-0400 http-nio-8080-exec-23 anonymous 867x269801x1 1nb81f1 10.10.50.50 /login.jsp login.jsp called with lastLoginResult : com.atlassian.jira.bc.security.login.LoginResultImpl@4f1c2a9e[reason=AUTHENTICATION_DENIED,loginInfo=com.atlassian.jira.bc.security.login.LoginInfoImpl@6d2b7c11[lastLoginTime=1632160012000,previousLoginTime=1632073601000,lastFailedLoginTime=1632162477000,loginCount=418,currentFailedLoginCount=3,totalFailedLoginCount=27,maxAuthenticationAttemptsAllowed=3,elevatedSecurityCheckRequired=true],userName=sample-user]',
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'login-jsp-result',
      title: 'Login page reports the last login result',
      pattern: 'login\\.jsp called with lastLoginResult : \\S*\\[reason=(?!AUTHENTICATION_DENIED\\b)[A-Z_]+',
      seenIn: [SECURITY_LOG, JIRA_LOG],
      meaning:
        "Shows why the user's last login ended as it did (the reason) and the failed-login counters; when currentFailedLoginCount reaches maxAuthenticationAttemptsAllowed the next login needs a CAPTCHA.",
      supports: [],
      example:
        '2021-09-20 14:27:57,951-0400 http-nio-8080-exec-23 anonymous 867x269799x1 1nb81f1 10.10.50.50 /login.jsp login.jsp called with lastLoginResult : com.atlassian.jira.bc.security.login.LoginResultImpl@2a7e5f30[reason=AUTHENTICATED_FAILED,loginInfo=com.atlassian.jira.bc.security.login.LoginInfoImpl@1b9d4e77[lastLoginTime=1632160012000,previousLoginTime=1632073601000,lastFailedLoginTime=1632162477000,loginCount=418,currentFailedLoginCount=2,totalFailedLoginCount=26,maxAuthenticationAttemptsAllowed=3,elevatedSecurityCheckRequired=false],userName=sample-user]',
      source: { article: 'facts', section: '§3.3' },
    },
    {
      id: 'ldap-context-server',
      title: 'Which LDAP server answered',
      pattern: "Got Ldap context on server '([^']+)'",
      seenIn: [JIRA_LOG],
      meaning:
        'Names the LDAP server Jira used for one lookup (debug logging). Different server names across lines mean Jira reaches several LDAP servers.',
      supports: ['rest-401/ldap-cluster-inconsistent'],
      distinct: { atLeast: 2, sets: { 'ldap.clustered': true, 'directory.type': 'ldap' } },
      example:
        "2023-02-20 16:48:05,133+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [o.s.l.core.support.AbstractContextSource] Got Ldap context on server 'ldaps://ldap.server.com:1636'",
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'ldap-search-results',
      title: 'LDAP search found entries',
      pattern: 'The operation returned [1-9]\\d* results',
      seenIn: [JIRA_LOG],
      meaning: 'An LDAP search (e.g. the user\'s groups) found entries. On a working login the expected groups come back this way.',
      supports: [],
      example:
        '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] The operation returned 4 results',
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'ldap-search-no-results',
      title: 'LDAP search found nothing',
      pattern: 'The operation returned 0 results',
      seenIn: [JIRA_LOG],
      meaning:
        "An LDAP search found nothing. Many searches legitimately find nothing (e.g. nested groups), so look at the request id: during a failing login of a user who has groups, it means the groups were not returned.",
      supports: ['rest-401/ldap-groups-missing'],
      example:
        '2023-02-20 17:09:00,975+0000 ajp-nio-0.0.0.0-8600-exec-1613 DEBUG anonymous 1029x10688423x2 13chojl 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.ExecutionInfoNameClassPairCallbackHandler] The operation returned 0 results',
      source: { article: '000', section: 'Cause 1' },
    },
    {
      id: 'ldap-timed-search',
      title: 'LDAP search with its base DN, filter and duration',
      pattern: 'Timed call for search (?:(?!Timed call for search ).)* took \\d+ms',
      seenIn: [JIRA_LOG],
      meaning: 'The base DN and filter Jira used to look up groups, and how long it took: the LDAP team can repeat this search on each LDAP server.',
      supports: [],
      example:
        '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.c.d.ldap.monitoring.TimedSupplier] Timed call for search with handler on baseDN: ou=Jira,ou=WebServer,ou=...,ou=ACLs,dc=...,dc=com, filter: (&(objectclass=groupOfUniqueNames)(uniqueMember=uid=...,ou=people,dc=...,dc=com)) took 90ms',
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'ldap-groups-updated',
      title: 'Groups refreshed on login',
      pattern: 'Updating groups on login for user \\S+',
      seenIn: [JIRA_LOG],
      meaning: "A successful login refreshed the user's groups from LDAP: the groups were returned this time.",
      supports: [],
      example:
        '2023-02-20 16:48:05,142+0000 ajp-nio-0.0.0.0-8600-exec-1630 DEBUG anonymous 1008x10665967x3 - 10.1.103.156 /rest/api/2/serverInfo [c.a.crowd.directory.DbCachingRemoteDirectory] Updating groups on login for user <username>',
      source: { article: '000', section: 'Diagnosis' },
    },
    {
      id: 'directory-not-functional',
      title: 'A user directory failed during login and was skipped',
      pattern: "Directory '[^']*' is not functional during authentication of '[^']*'\\. Skipped\\.",
      seenIn: [JIRA_LOG],
      meaning:
        'Jira could not use this directory (connection or bind error) while logging the user in, and tried the next directory instead. The reason follows in the same or the next lines.',
      supports: [],
      example:
        "2021-09-20 14:27:57,398-0400 http-nio-8080-exec-23 ERROR anonymous 867x269792x1 1nb81f1 10.10.50.50,0:0:0:0:0:0:0:1 /rest/gadget/1.0/login [c.a.c.manager.application.ApplicationServiceGeneric] Directory 'Corporate AD (10000)' is not functional during authentication of 'sample-user'. Skipped.",
      source: { article: 'facts', section: '§3.5' },
    },
    {
      id: 'authenticate-user-error',
      title: 'Error while authenticating a user',
      pattern: "Error occurred while trying to authenticate user '[^']*'\\.",
      seenIn: [JIRA_LOG],
      meaning:
        'The login failed with an error rather than a wrong password; the exception that follows (often an LDAP error code 49 with a "data" code) says why.',
      supports: [],
      example:
        "2021-09-20 14:27:57,400-0400 http-nio-8080-exec-23 ERROR anonymous 867x269792x1 1nb81f1 10.10.50.50,0:0:0:0:0:0:0:1 /rest/gadget/1.0/login [c.a.j.security.login.JiraSeraphAuthenticator] Error occurred while trying to authenticate user 'sample-user'.",
      source: { article: 'facts', section: '§3.5' },
    },
    ...adBindSignatures,
  ],
};
