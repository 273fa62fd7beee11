import { knowledge } from '../../knowledge/core';
import type { ScanProgress, ScanReport } from '../../knowledge/contract/scan';
import type { ScanOptions, StreamInput } from './scan';
import { scanPaths as scanPathsWith, scanStreams as scanStreamsWith } from './scan';

/**
 * The log scanner's service API (the wizard, the browser-mode server and the command line call
 * these): the knowledge base's signature catalogue, unless a test or tool passes its own.
 */
export type ScanCallOptions = { signal?: AbortSignal; onProgress?: (progress: ScanProgress) => void } & Partial<Pick<ScanOptions, 'signatures'>>;

export function scanPaths(paths: readonly string[], options: ScanCallOptions = {}): Promise<ScanReport> {
  return scanPathsWith(paths, { signatures: knowledge.signatures, ...options });
}

export function scanStreams(inputs: readonly StreamInput[], options: ScanCallOptions = {}): Promise<ScanReport> {
  return scanStreamsWith(inputs, { signatures: knowledge.signatures, ...options });
}

export type { StreamInput } from './scan';
export { LOG_FILE } from './inputs';
