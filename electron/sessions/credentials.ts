import type { z } from 'zod';
import type { checkSecretsSchema } from '../api/contract';
import { ServiceError } from '../services/errors';
import { serviceWords, type Said } from '../services/words';
import { JsonStore, type StoreNotice } from './json-store';

type Secrets = z.infer<typeof checkSecretsSchema>;

/**
 * Encrypts with the operating system's keychain (Electron's safeStorage). Browser mode and the
 * command line have none, so they never remember credentials at all.
 */
export type SecretCipher = {
  /** False on Linux without a keyring (safeStorage would fall back to a hard-coded key). */
  isAvailable(): boolean;
  encrypt(plain: string): Buffer;
  decrypt(cipher: Buffer): string;
};

const LABEL = 'remembered-credentials';

function entriesShape(data: Record<string, unknown>): Said | undefined {
  const entries = data.entries;
  if (typeof entries === 'object' && entries !== null && !Array.isArray(entries) && Object.values(entries).every((e) => typeof e === 'string')) return undefined;
  return (w) => w.credentialsNotMap;
}

/** Credentials the admin asked to remember, keyed by the Jira base URL; only ciphertext reaches disk. */
export class CredentialStore {
  private readonly file: JsonStore;

  constructor(
    dataDir: string,
    private readonly cipher: SecretCipher,
    notify: (notice: StoreNotice) => void = () => {},
  ) {
    this.file = new JsonStore({ dir: dataDir, name: 'credentials', label: LABEL, defaults: { entries: {} }, shape: entriesShape, notify });
  }

  /** Whether remembering is possible here (a keychain is there). */
  available(): boolean {
    return this.cipher.isAvailable();
  }

  remember(key: string, secrets: Secrets): void {
    this.requireCipher();
    const sealed = this.cipher.encrypt(JSON.stringify(secrets)).toString('base64');
    this.file.set('entries', { ...this.entries(), [key]: sealed });
  }

  recall(key: string): Secrets | undefined {
    const sealed = this.entries()[key];
    if (sealed === undefined) return undefined;
    this.requireCipher();
    try {
      return JSON.parse(this.cipher.decrypt(Buffer.from(sealed, 'base64'))) as Secrets;
    } catch {
      // Encrypted for another user or machine: useless here, so forget it and let the admin retype.
      this.forget(key);
      return undefined;
    }
  }

  forget(key: string): void {
    const entries = this.entries();
    delete entries[key];
    this.file.set('entries', entries);
  }

  private entries(): Record<string, string> {
    return { ...(this.file.get('entries') as Record<string, string>) };
  }

  private requireCipher(): void {
    if (!this.cipher.isAvailable()) {
      throw new ServiceError('not-available', serviceWords().noKeychain);
    }
  }
}
