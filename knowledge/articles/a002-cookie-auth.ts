import type { Condition, KnowledgePart } from '../schema';

/**
 * Article 002: cookie-based authentication for the Jira REST API. Three ways it goes wrong: the
 * session cookie expires, the CAPTCHA lock refuses every REST login, and form-encoded calls fail
 * the XSRF (form token) check. The header semantics come from the facts sheet (§1.3, §2.1, §2.2),
 * which corrects the article where it reads AUTHENTICATED_FAILED as "password not checked".
 */

const isCookie: Condition = { kind: 'factIs', fact: 'auth.method', value: 'cookie' };
/** X-Seraph-LoginReason may carry several comma-joined values; AUTHENTICATION_DENIED anywhere is the CAPTCHA. */
const deniedReasonCaptcha: Condition = { kind: 'textMatches', fact: 'auth.deniedReason', pattern: '^\\s*CAPTCHA_CHALLENGE\\b' };
const loginReasonDenied: Condition = { kind: 'textMatches', fact: 'auth.loginReason', pattern: '\\bAUTHENTICATION_DENIED\\b' };
const PAT_MIN: Condition = { kind: 'versionAtLeast', fact: 'jira.version', min: '8.14.0' };

export const part: KnowledgePart = {
  variables: [
    {
      id: 'authMethodName',
      description: 'How the failing client logs in, in words.',
      cases: [
        { when: isCookie, value: 'a session cookie' },
        { when: { kind: 'factIs', fact: 'auth.method', value: 'basic' }, value: 'HTTP Basic authentication (username and password on every call)' },
        { when: { kind: 'factIs', fact: 'auth.method', value: 'oauth' }, value: 'OAuth' },
        { when: { kind: 'factIs', fact: 'auth.method', value: 'pat' }, value: 'a personal access token (Bearer)' },
      ],
      otherwise: 'another method',
      source: { article: '002', section: 'Cookie-based authentication' },
    },
  ],
  questions: [
    {
      id: 'auth-method',
      fact: 'auth.method',
      symptoms: ['cookie-auth'],
      text: 'How does the failing script or integration log in to Jira?',
      options: [
        { value: 'cookie', label: 'It logs in once and then sends a session cookie', hint: 'It posts to /rest/auth/1/session and sends JSESSIONID.' },
        { value: 'basic', label: 'It sends the username and password with every call', hint: 'HTTP Basic authentication.' },
        { value: 'oauth', label: 'OAuth' },
        { value: 'pat', label: 'A personal access token', hint: 'An "Authorization: Bearer …" header.' },
      ],
      help: {
        why: 'Sessions expire and the CAPTCHA lock only blocks password logins, so the way the client logs in decides which causes apply.',
        where: [
          { place: 'client', text: "The integration's settings or code: look for /rest/auth/1/session, JSESSIONID, an Authorization header or an OAuth setup." },
        ],
      },
      source: { article: '002', section: 'Cookie-based authentication' },
    },
    {
      id: 'cookie-works-then-fails',
      fact: 'cookie.worksThenFails',
      symptoms: ['cookie-auth'],
      text: 'Do calls with the session cookie work at first and then start getting 401?',
      options: [
        { value: true, label: 'Yes, it works for a while, then 401' },
        { value: false, label: 'No, it fails straight after logging in, or the login itself fails' },
      ],
      help: {
        why: 'A session cookie is only valid until the session ends; a long-running script then gets 401 on every call.',
        where: [
          { place: 'client', text: "The script's log: times of the login, of the last successful call and of the first 401." },
          { place: 'logs', text: 'atlassian-jira-security.log: "has PASSED authentication" for the login, possibly "has logged out" later, then failures.' },
        ],
      },
      answeredBy: ['session-cookie'],
      askWhen: isCookie,
      source: { article: '002', section: 'Advanced topics' },
    },
    {
      id: 'login-reason',
      fact: 'auth.loginReason',
      symptoms: ['cookie-auth'],
      text: 'What does the X-Seraph-LoginReason header of the failing response say?',
      options: [
        { value: 'AUTHENTICATION_DENIED', label: 'AUTHENTICATION_DENIED', hint: 'Refused before the password was checked: the CAPTCHA lock.' },
        { value: 'AUTHENTICATED_FAILED', label: 'AUTHENTICATED_FAILED', hint: 'The password was checked and the check failed.' },
        { value: 'AUTHORISATION_FAILED', label: 'AUTHORISATION_FAILED', hint: 'Password accepted, but no access to Jira.' },
        { value: 'OK', label: 'OK', hint: 'The login worked.' },
        { value: 'OUT', label: 'OUT', hint: 'A logout.' },
      ],
      help: {
        why: 'Jira names the reason of a refused login in this header; AUTHENTICATION_DENIED means the CAPTCHA lock, AUTHENTICATED_FAILED a real password or directory failure.',
        where: [
          {
            place: 'client',
            text: 'The response headers of the failing call: run it with curl -i, or look at the network tab of the browser developer tools.',
          },
        ],
      },
      answeredBy: ['credentials', 'session-cookie'],
      source: { article: '002', section: 'CAPTCHAs' },
    },
    {
      id: 'denied-reason',
      fact: 'auth.deniedReason',
      symptoms: ['cookie-auth'],
      text: 'What does the X-Authentication-Denied-Reason header of the failing response say (if there is one)?',
      help: {
        why: 'Jira sends this header with a 403 when it refuses a login before checking the password; CAPTCHA_CHALLENGE means the user must answer a CAPTCHA first.',
        where: [
          {
            place: 'client',
            text: 'The response headers of the failing call (curl -i). It looks like: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp',
          },
        ],
      },
      answeredBy: ['credentials', 'session-cookie'],
      // The login reason already tells CAPTCHA or not; this header is the fallback when it is unknown.
      askWhen: { kind: 'not', of: { kind: 'factKnown', fact: 'auth.loginReason' } },
      source: { article: 'facts', section: '§2.1' },
    },
    {
      id: 'form-encoded',
      fact: 'request.formEncoded',
      symptoms: ['cookie-auth'],
      text: 'Does the failing call upload a file or send a form (a form-encoded or multipart body), rather than JSON?',
      options: [
        { value: true, label: 'Yes, e.g. adding an attachment or posting a form' },
        { value: false, label: 'No, it sends JSON or no body' },
      ],
      help: {
        why: 'Jira checks a form token on form-encoded and multipart calls to protect against cross-site request forgery; without the right header they are refused.',
        where: [
          {
            place: 'client',
            text: 'The Content-Type of the request: application/x-www-form-urlencoded or multipart/form-data means yes; calls to /rest/api/2/issue/{issueIdOrKey}/attachments are multipart.',
          },
        ],
      },
      source: { article: '002', section: 'Form token checking' },
    },
    {
      id: 'no-check-header',
      fact: 'request.hasNoCheckHeader',
      symptoms: ['cookie-auth'],
      text: 'Does that call send the header X-Atlassian-Token: no-check, spelled exactly so?',
      options: [
        { value: true, label: 'Yes, exactly "X-Atlassian-Token: no-check"' },
        { value: false, label: 'No, or with another value', hint: 'The old spelling "nocheck" counts as no.' },
      ],
      help: {
        why: 'This header tells Jira to skip the form token check for the call.',
        where: [{ place: 'client', text: 'The request headers in the script, or in its debug output (curl -v).' }],
      },
      askWhen: { kind: 'factIs', fact: 'request.formEncoded', value: true },
      source: { article: '002', section: 'Form token checking' },
    },
    {
      id: 'cookie-errors',
      fact: 'errors',
      symptoms: ['cookie-auth'],
      text: 'Paste the error messages and response headers of the failing calls (one per line).',
      help: {
        why: 'The response body and headers name the reason: CAPTCHA_CHALLENGE, AUTHENTICATION_DENIED or "XSRF check failed" each point to one cause.',
        where: [
          { place: 'client', text: 'The status, headers and body of the failing response (curl -i), or the error text the integration logs.' },
          {
            place: 'logs',
            text: 'atlassian-jira-security.log under <JIRA_HOME>/log/: lines with the script\'s user, such as "is required to answer a CAPTCHA elevated security check".',
          },
        ],
      },
      answeredBy: ['log-scan'],
      source: { article: '002', section: 'CAPTCHAs' },
    },
  ],
  causes: [
    {
      id: 'cookie-auth/session-expired',
      title: 'The session cookie has expired',
      summary:
        'A session cookie is only valid while its Jira session lives. When the session times out or is logged out, every call with that cookie gets 401 until the client logs in again.',
      prior: 0.6,
      // "Works, then 401" is the sign the article describes, not proof: a client that keeps only
      // JSESSIONID behind a load balancer loses its node and gets the same 401 with a live session.
      confirmedWhen: [],
      likelyWhen: [
        {
          when: {
            kind: 'all',
            of: [{ kind: 'factIs', fact: 'cookie.worksThenFails', value: true }, { kind: 'any', of: [isCookie, { kind: 'not', of: { kind: 'factKnown', fact: 'auth.method' } }] }],
          },
          because:
            'Calls with the session cookie worked at first and later got 401, which is what an ended session looks like. A client that sends back only JSESSIONID, and not the load balancer\'s own cookie, gets the same 401 when its calls move to another Jira node.',
          weight: 2,
          source: { article: '002', section: 'Advanced topics' },
        },
        {
          when: { kind: 'all', of: [isCookie, { kind: 'errorMatches', signature: 'security-logged-out' }] },
          because: "The security log shows the client's session was logged out; calls with the old cookie get 401 afterwards.",
          weight: 2,
          source: { article: 'facts', section: '§1.3' },
        },
      ],
      ruledOutWhen: [
        {
          when: { kind: 'factIn', fact: 'auth.method', values: ['basic', 'oauth', 'pat'] },
          because: 'The client does not use a session cookie: it logs in with {{var:authMethodName}}.',
          why: 'Only a session cookie depends on a Jira session that can end; the other methods send their credentials or token with every call.',
          source: { article: '002', section: 'Advanced topics' },
        },
        {
          when: { kind: 'factIs', fact: 'cookie.worksThenFails', value: false },
          because: 'The calls fail straight after logging in, not after a while, so an ending session does not explain them.',
          why: 'A session that has just been created has not expired; the article\'s failure comes after the cookie has worked for a while.',
          source: { article: '002', section: 'Advanced topics' },
        },
      ],
      solutions: [
        {
          id: 'cookie-auth/log-in-again-on-401',
          title: 'Log in again when the session has ended',
          team: 'integration-owner',
          steps: [
            {
              text: 'When a call with the session cookie gets 401, create a new session by posting the credentials as JSON to the session resource, then repeat the call once.',
              code: ['POST /rest/auth/1/session', 'Content-Type: application/json', '{"username": "<user>", "password": "<password>"}'],
            },
            {
              text: 'Keep every cookie of the login response, not only JSESSIONID, and send them all back (use a cookie jar): Jira notes that the JSESSIONID cookie alone may not be enough.',
            },
          ],
          source: { article: '002', section: 'Advanced topics' },
        },
        {
          id: 'cookie-auth/use-non-expiring-auth',
          title: 'Use an authentication method that does not expire with a session',
          team: 'integration-owner',
          steps: [
            {
              text: 'For long-running jobs prefer HTTP Basic authentication over HTTPS on every call, or OAuth: Atlassian recommends these over cookies for the REST API.',
            },
            {
              text: 'On Jira 8.14 and later (Jira Service Management 4.15 and later), a personal access token is the simplest: create one for the integration user and send it on every call.',
              code: ['Authorization: Bearer <personal access token>'],
              when: PAT_MIN,
            },
            {
              text: 'Personal access tokens need Jira 8.14 or later; on older versions use Basic authentication over HTTPS or OAuth.',
              when: { kind: 'not', of: PAT_MIN },
            },
          ],
          source: { article: '002', section: 'Cookie-based authentication' },
        },
      ],
      source: { article: '002', section: 'Advanced topics' },
    },
    {
      id: 'cookie-auth/captcha',
      title: 'The CAPTCHA lock refuses every REST login for this user',
      summary:
        "After several failed logins in a row Jira requires a CAPTCHA for the user. From then on every REST login is refused with 403, even with the right password, because the CAPTCHA can only be answered in a browser.",
      prior: 0.5,
      confirmedWhen: [
        {
          when: deniedReasonCaptcha,
          because: 'Jira answered with X-Authentication-Denied-Reason: {{fact:auth.deniedReason}}, which means the user must pass a CAPTCHA first.',
          weight: 3,
          source: { article: 'facts', section: '§2.1' },
        },
        {
          when: loginReasonDenied,
          because:
            "Jira answered X-Seraph-LoginReason: AUTHENTICATION_DENIED: it refused the login before checking the password, which in Jira is the CAPTCHA lock.",
          weight: 3,
          source: { article: 'facts', section: '§2.2' },
        },
        {
          when: { kind: 'errorMatches', signature: 'captcha-challenge' },
          because: 'The error mentions CAPTCHA_CHALLENGE: Jira requires a CAPTCHA before it accepts this user again.',
          weight: 2,
          source: { article: 'facts', section: '§1.3' },
        },
        {
          when: { kind: 'errorMatches', signature: 'seraph-authentication-denied' },
          because: 'The error shows AUTHENTICATION_DENIED: the login was refused before the password was checked (the CAPTCHA lock).',
          weight: 2,
          source: { article: 'facts', section: '§2.2' },
        },
      ],
      likelyWhen: [
        {
          when: { kind: 'errorMatches', signature: 'security-captcha-required' },
          because: 'The security log says the user "is required to answer a CAPTCHA elevated security check" (unless someone reset the count since).',
          weight: 2,
          source: { article: 'facts', section: '§3.3' },
        },
        {
          when: { kind: 'errorMatches', signature: 'login-jsp-denied' },
          because: "The login page logged the user's last login as AUTHENTICATION_DENIED with the failed count at its maximum.",
          weight: 2,
          source: { article: 'facts', section: '§3.3' },
        },
      ],
      ruledOutWhen: [
        {
          when: { kind: 'textMatches', fact: 'auth.loginReason', pattern: '^(?!.*\\bAUTHENTICATION_DENIED\\b).*\\bAUTHENTICATED_FAILED\\b' },
          because:
            'Jira answered AUTHENTICATED_FAILED: it checked the password, and the check failed (wrong password, unknown user or a directory error). A login stopped by the CAPTCHA is refused before the password check, with AUTHENTICATION_DENIED instead. Look at the password, the username and the user directory.',
          why: "Jira stamps one reason per response, and a CAPTCHA-locked login never reaches the password check; a response that says the password was checked was not refused by the CAPTCHA (Seraph's source).",
          source: { article: 'facts', section: '§2.2' },
        },
        {
          when: { kind: 'textMatches', fact: 'auth.loginReason', pattern: '^(?!.*\\bAUTHENTICATION_DENIED\\b).*\\bAUTHORISATION_FAILED\\b' },
          because:
            'Jira answered AUTHORISATION_FAILED: the password was accepted, but the user may not use Jira (no application access, which comes from the user\'s groups). A login stopped by the CAPTCHA never gets as far as the password.',
          why: "AUTHORISATION_FAILED is only set after a successful password check, which the CAPTCHA lock would have prevented (Seraph's source).",
          source: { article: 'facts', section: '§2.2' },
        },
        {
          when: {
            kind: 'all',
            of: [
              { kind: 'any', of: [{ kind: 'errorMatches', signature: 'seraph-authenticated-failed' }, { kind: 'errorMatches', signature: 'seraph-authorisation-failed' }] },
              { kind: 'not', of: { kind: 'errorMatches', signature: 'seraph-authentication-denied' } },
              { kind: 'not', of: { kind: 'errorMatches', signature: 'captcha-challenge' } },
              { kind: 'not', of: { kind: 'errorMatches', signature: 'security-captcha-required' } },
              { kind: 'not', of: { kind: 'errorMatches', signature: 'login-jsp-denied' } },
            ],
          },
          because:
            'The errors show Jira checking the password ({{detail}}) and nothing of the CAPTCHA lock (no AUTHENTICATION_DENIED, no CAPTCHA_CHALLENGE).',
          why: 'A refusal that names a password check cannot come from the CAPTCHA lock, and none of the lock\'s own signs appears among the errors.',
          source: { article: 'facts', section: '§2.2' },
        },
        {
          when: { kind: 'textMatches', fact: 'auth.loginReason', pattern: '^(?!.*\\b(?:AUTHENTICATION_DENIED|AUTHENTICATED_FAILED|AUTHORISATION_FAILED)\\b).*\\bOK\\b' },
          because: 'Jira answered X-Seraph-LoginReason: OK: the login itself worked.',
          why: 'The CAPTCHA lock refuses the login; a response that says the login worked was not refused.',
          source: { article: 'facts', section: '§2.2' },
        },
        {
          when: { kind: 'factIn', fact: 'auth.method', values: ['oauth', 'pat'] },
          because: 'The client logs in with {{var:authMethodName}}, which does not go through the password check that the CAPTCHA lock guards.',
          why: 'The lock guards password logins only; tokens never reach that check.',
          source: { article: 'facts', section: '§1.7' },
        },
      ],
      solutions: [
        {
          id: 'cookie-auth/clear-captcha',
          title: 'Clear the CAPTCHA lock',
          team: 'jira-admin',
          steps: [
            {
              text: 'First stop the script or fix the password it uses, otherwise the failed logins start counting again at once.',
            },
            {
              text: 'In ⚙ > User management > Users, open the user and reset the failed login count.',
              code: ['Reset failed login count'],
            },
            {
              text: 'Or let the user log in once in a browser and answer the CAPTCHA; that also clears the lock.',
            },
          ],
          notes: [
            "Read AUTHENTICATED_FAILED as a failed password check (wrong password, unknown user or a directory error): repeated ones are what trigger the CAPTCHA. Only AUTHENTICATION_DENIED means the CAPTCHA refused the login.",
          ],
          source: { article: '002', section: 'CAPTCHAs' },
        },
        {
          id: 'cookie-auth/captcha-threshold',
          title: 'Review when the CAPTCHA is triggered',
          team: 'jira-admin',
          steps: [
            {
              text: 'In ⚙ > System > General configuration, check Maximum Authentication Attempts Allowed: the number of failed logins in a row before a CAPTCHA is required.',
              code: ['Maximum Authentication Attempts Allowed'],
            },
          ],
          notes: [
            'Leaving the value empty turns the CAPTCHA off altogether, which also removes its protection against password guessing; prefer fixing the client.',
          ],
          source: { article: 'facts', section: '§3.3' },
        },
        {
          id: 'cookie-auth/token-for-automation',
          title: 'Give automation a token instead of a password',
          team: 'integration-owner',
          when: PAT_MIN,
          steps: [
            {
              text: 'Use a personal access token (Jira 8.14 and later) for the integration: it does not go through the password check, so a wrong token does not push the user into the CAPTCHA lock.',
              code: ['Authorization: Bearer <personal access token>'],
            },
          ],
          source: { article: 'facts', section: '§1.7' },
        },
      ],
      source: { article: '002', section: 'CAPTCHAs' },
    },
    {
      id: 'cookie-auth/xsrf-check',
      title: 'Form-encoded calls fail the XSRF (form token) check',
      summary:
        'Jira checks a form token on REST calls that send a form-encoded or multipart body, such as adding an attachment. A script that does not send the header that skips this check gets 403 "XSRF check failed".',
      prior: 0.4,
      confirmedWhen: [
        {
          when: {
            kind: 'all',
            of: [
              { kind: 'factIs', fact: 'request.formEncoded', value: true },
              { kind: 'factIs', fact: 'request.hasNoCheckHeader', value: false },
            ],
          },
          because: 'The call sends a form-encoded or multipart body without the header X-Atlassian-Token: no-check.',
          weight: 3,
          source: { article: '002', section: 'Form token checking' },
        },
        {
          when: { kind: 'errorMatches', signature: 'xsrf-check-failed' },
          because: 'Jira answered "XSRF check failed": it refused the call because of the form token check.',
          weight: 3,
          source: { article: 'facts', section: '§2.1' },
        },
      ],
      likelyWhen: [],
      ruledOutWhen: [
        {
          when: { kind: 'factIs', fact: 'request.formEncoded', value: false },
          because: 'The call sends JSON (or no body), which the form token check does not apply to.',
          why: 'The article limits the form token check to calls with a form-encoded body.',
          source: { article: '002', section: 'Form token checking' },
        },
        {
          when: { kind: 'factIs', fact: 'request.hasNoCheckHeader', value: true },
          because: 'The call already sends X-Atlassian-Token: no-check, which skips the form token check.',
          why: 'The header is the documented way to skip the check, and the call already sends it.',
          source: { article: '002', section: 'Form token checking' },
        },
      ],
      solutions: [
        {
          id: 'cookie-auth/send-no-check-header',
          title: 'Send the header that skips the form token check',
          team: 'integration-owner',
          steps: [
            {
              text: 'Add this header to every form-encoded or multipart call, for example when adding attachments:',
              code: ['X-Atlassian-Token: no-check'],
            },
            {
              text: 'For example, an attachment upload with curl:',
              code: [
                "curl -u <user> -X POST -H 'X-Atlassian-Token: no-check' -F 'file=@report.pdf' https://jira.example.com/rest/api/2/issue/TEST-3/attachments",
              ],
            },
          ],
          notes: ['The value is no-check, with a hyphen. Older documentation shows "nocheck", which is not accepted everywhere.'],
          source: { article: '002', section: 'Form token checking' },
        },
      ],
      source: { article: '002', section: 'Form token checking' },
    },
  ],
  signatures: [
    {
      id: 'seraph-authenticated-failed',
      title: 'Password or directory check failed (AUTHENTICATED_FAILED)',
      pattern: '(?<!reason=)\\bAUTHENTICATED_FAILED\\b',
      seenIn: ['ui'],
      meaning:
        'Jira checked the credentials and the check failed: wrong password, unknown user or an LDAP/directory error. It is not the CAPTCHA lock (that is AUTHENTICATION_DENIED). For a valid user whose calls work at other times, see the intermittent LDAP causes.',
      supports: ['rest-401/ldap-groups-missing', 'rest-401/ldap-cluster-inconsistent'],
      example: 'Basic Authentication Failure - Reason : AUTHENTICATED_FAILED',
      source: { article: 'facts', section: '§2.2' },
    },
    {
      id: 'seraph-authentication-denied',
      title: 'Login refused before the password check (AUTHENTICATION_DENIED)',
      pattern: '(?<!reason=)\\bAUTHENTICATION_DENIED\\b',
      seenIn: ['ui'],
      meaning: 'Jira refused the login without checking the password, because the user must first answer a CAPTCHA.',
      supports: ['cookie-auth/captcha'],
      example: 'X-Seraph-LoginReason: AUTHENTICATION_DENIED',
      source: { article: 'facts', section: '§2.2' },
    },
    {
      id: 'seraph-authorisation-failed',
      title: 'Password accepted, but no access to Jira (AUTHORISATION_FAILED)',
      pattern: '(?<!reason=)\\bAUTHORISATION_FAILED\\b',
      seenIn: ['ui'],
      meaning: "The password was right, but the user has no application access, which comes from the user's groups.",
      supports: ['rest-401/ldap-groups-missing'],
      example: 'X-Seraph-LoginReason: AUTHORISATION_FAILED',
      source: { article: 'facts', section: '§2.2' },
    },
    {
      id: 'captcha-challenge',
      title: 'CAPTCHA required (CAPTCHA_CHALLENGE)',
      pattern: '\\bCAPTCHA_CHALLENGE\\b',
      seenIn: ['ui'],
      meaning: 'Jira refuses logins for this user with 403 until the CAPTCHA is answered in a browser or an admin resets the failed login count.',
      supports: ['cookie-auth/captcha'],
      example: 'X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp',
      source: { article: 'facts', section: '§1.3' },
    },
    {
      id: 'session-login-rejected',
      title: 'Session login refused (wrong username or password)',
      pattern: 'WWW-Authenticate: JIRA REST POST',
      flags: 'i',
      seenIn: ['ui'],
      meaning: 'POST /rest/auth/1/session was answered 401: the username or password is wrong, or the user does not exist.',
      supports: [],
      example: 'WWW-Authenticate: JIRA REST POST',
      source: { article: 'facts', section: '§1.3' },
    },
    {
      id: 'xsrf-check-failed',
      title: 'XSRF check failed',
      pattern: 'XSRF check failed',
      seenIn: ['ui'],
      meaning: 'Jira refused a form-encoded or multipart call (403) because it did not carry the header X-Atlassian-Token: no-check.',
      supports: ['cookie-auth/xsrf-check'],
      example: 'JIRAError: HTTP 403 url: https://jira.example.com/rest/api/2/issue/TEST-3/attachments text: XSRF check failed',
      source: { article: 'facts', section: '§2.1' },
    },
  ],
};
