// The people of the test bed. Every password and token here is a test-only value that exists
// nowhere but in the throwaway servers the test bed starts.

export const JIRA_USERS_GROUP = 'jira-software-users';
export const JIRA_ADMINS_GROUP = 'jira-administrators';

export type TestUser = {
  username: string;
  password: string;
  displayName: string;
  email: string;
  /** Groups on the up-to-date LDAP server. */
  groups: string[];
  /** Groups on the stale LDAP server (article 000, cause 2: the same user, different data). */
  staleGroups: string[];
  /** A Jira personal access token (Bearer). */
  pat: string;
};

const users = {
  /** A valid Jira user whose group is missing on the stale LDAP server: intermittent 401s. */
  alice: {
    username: 'alice',
    password: 'alice-testbed-pw',
    displayName: 'Alice Example',
    email: 'alice@example.test',
    groups: [JIRA_USERS_GROUP],
    staleGroups: [],
    pat: 'NjQ5OTk4OTk5OTk5OkFsaWNlVGVzdGJlZFBhdA',
  },
  /** In LDAP, but in no Jira group anywhere: never allowed to log in (no USE permission). */
  bob: {
    username: 'bob',
    password: 'bob-testbed-pw',
    displayName: 'Bob Nogroup',
    email: 'bob@example.test',
    groups: ['staff'],
    staleGroups: ['staff'],
    pat: 'NzE0MjE0MjE0MjE0OkJvYlRlc3RiZWRQYXQ',
  },
  /** A valid user on both LDAP servers; tests that lock an account into CAPTCHA use this one. */
  carol: {
    username: 'carol',
    password: 'carol-testbed-pw',
    displayName: 'Carol Steady',
    email: 'carol@example.test',
    groups: [JIRA_USERS_GROUP, 'staff'],
    staleGroups: [JIRA_USERS_GROUP, 'staff'],
    pat: 'ODIzODIzODIzODIzOkNhcm9sVGVzdGJlZFBhdA',
  },
  /** A Jira administrator on both LDAP servers (may read the cluster nodes). */
  admin: {
    username: 'jadmin',
    password: 'jadmin-testbed-pw',
    displayName: 'Jira Admin',
    email: 'jadmin@example.test',
    groups: [JIRA_USERS_GROUP, JIRA_ADMINS_GROUP],
    staleGroups: [JIRA_USERS_GROUP, JIRA_ADMINS_GROUP],
    pat: 'OTMxOTMxOTMxOTMxOkFkbWluVGVzdGJlZFBhdA',
  },
  /** A name that Jira must URL-encode in X-AUSERNAME. */
  jozef: {
    username: 'józef',
    password: 'jozef-testbed-pw',
    displayName: 'Józef Łącki',
    email: 'jozef@example.test',
    groups: [JIRA_USERS_GROUP],
    staleGroups: [JIRA_USERS_GROUP],
    pat: 'MTA0MTA0MTA0MTA0OkpvemVmVGVzdGJlZFBhdA',
  },
} satisfies Record<string, TestUser>;

export type UserKey = keyof typeof users;
export const TEST_USERS: Readonly<Record<UserKey, TestUser>> = users;
export const ALL_USERS: readonly TestUser[] = Object.values(users);
