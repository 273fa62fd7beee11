import type { Facts } from '../../knowledge/contract/facts';

/**
 * JSM 4.21 (older than 4.22) reading a GCC High mailbox with the worldwide scopes: both the cloud
 * and the scopes are confirmed causes, and the scopes fix waits for the JSM upgrade (the knowledge's
 * `after`), so the upgrade comes first.
 */
export const JSM_421_GCC_HIGH: Facts = {
  symptom: 'mail-oauth',
  'mail.provider': 'microsoft',
  'mail.handler': 'jsm',
  'mail.protocol': 'imap',
  'microsoft.cloud': 'gcc-high',
  'jsm.version': '4.21.0',
  'jira.version': '8.21.0',
  'jira.license': 'datacenter',
  'oauth.scopes': 'https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access',
};
