import { knowledge } from '../../knowledge/kb';
import type { ScanProgress, ScanReport } from '../../knowledge/contract/scan';
import { maskSecretsDeep } from '../text/mask';
import type { ScanOptions, StreamInput } from './scan';
import { scanPaths as scanPathsWith, scanStreams as scanStreamsWith } from './scan';

/**
 * The log scanner's service API (the wizard, the browser-mode server and the command line call
 * these): the knowledge base's signature catalogue, unless a test or tool passes its own. Every
 * text taken from a log is masked as it is read (masking.ts); the whole report once more here, so
 * no other field (a file or LDAP server name, a user) can carry a secret out.
 */
export type ScanCallOptions = { signal?: AbortSignal; onProgress?: (progress: ScanProgress) => void } & Partial<Pick<ScanOptions, 'signatures'>>;

export async function scanPaths(paths: readonly string[], options: ScanCallOptions = {}): Promise<ScanReport> {
  return maskSecretsDeep(await scanPathsWith(paths, { signatures: knowledge.signatures, ...options }));
}

export async function scanStreams(inputs: readonly StreamInput[], options: ScanCallOptions = {}): Promise<ScanReport> {
  return maskSecretsDeep(await scanStreamsWith(inputs, { signatures: knowledge.signatures, ...options }));
}

export type { StreamInput } from './scan';
export { LOG_FILE } from './inputs';
