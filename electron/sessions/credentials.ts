import type { z } from 'zod';
import type { checkSecretsSchema } from '../api/contract';
import { ServiceError } from '../services/errors';
import type { StoreBackend, StoreFile } from './backend';
import { openStoreFile, readRecovering, type StoreNotice } from './store-file';

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

/** Credentials the admin asked to remember, keyed by the Jira base URL; only ciphertext reaches disk. */
export class CredentialStore {
  private readonly file: StoreFile;

  constructor(
    dataDir: string,
    backend: StoreBackend,
    private readonly cipher: SecretCipher,
    private readonly notify: (notice: StoreNotice) => void = () => {},
  ) {
    this.file = openStoreFile(
      backend,
      { cwd: dataDir, configName: 'credentials', projectVersion: '1.0.0', migrations: {}, defaults: { entries: {} } },
      LABEL,
      notify,
    );
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
    return readRecovering(
      this.file,
      (f) => {
        const value = f.get('entries');
        return typeof value === 'object' && value !== null ? { ...(value as Record<string, string>) } : {};
      },
      LABEL,
      this.notify,
    );
  }

  private requireCipher(): void {
    if (!this.cipher.isAvailable()) {
      throw new ServiceError('not-available', 'This computer has no keychain that jira-doctor can use, so credentials cannot be remembered safely; type them each time.');
    }
  }
}
