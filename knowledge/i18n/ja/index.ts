import type { Translations } from '../translations';
import { ja as restUnauthorized } from './a000-rest-401';
import { ja as mailOauth } from './a001-mail-oauth';
import { ja as cookieAuth } from './a002-cookie-auth';
import { ja as restSso } from './a003-rest-sso';
import { ja as symptoms } from './symptoms';

/** The Japanese of every knowledge part, keyed like KNOWLEDGE_PARTS. */
export const JA: Readonly<Record<string, Translations>> = {
  symptoms,
  'a001-mail-oauth': mailOauth,
  'a000-rest-401': restUnauthorized,
  'a002-cookie-auth': cookieAuth,
  'a003-rest-sso': restSso,
};
