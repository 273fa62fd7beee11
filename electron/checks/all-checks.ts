import type { CheckDefinition } from './check';
import { clusterCheck } from './check-cluster';
import { azureAppCheck } from './check-azure-app';
import { credentialsCheck } from './check-credentials';
import { ldapCheck } from './check-ldap';
import { mailCheck } from './check-mail';
import { mailSignInCheck } from './check-mail-sign-in';
import { oidcCheck } from './check-oidc';
import { rest401SamplingCheck } from './check-rest401-sampling';
import { sessionCookieCheck } from './check-session-cookie';
import { versionsCheck } from './check-versions';

/**
 * Every check, in the contract's order. The order matters for credentials: the first authenticated
 * request of a run is the credentials check's, so a wrong password is found by one request.
 */
export const ALL_CHECKS: readonly CheckDefinition[] = [
  versionsCheck,
  clusterCheck,
  credentialsCheck,
  rest401SamplingCheck,
  sessionCookieCheck,
  oidcCheck,
  mailCheck,
  mailSignInCheck,
  azureAppCheck,
  ldapCheck,
];
