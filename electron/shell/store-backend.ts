import ElectronStore from 'electron-store';
import type { StoreBackend } from '../sessions/backend';

/** The desktop app's store files: electron-store, with the same options, schema and migrations as browser mode's conf. */
export const electronStoreBackend: StoreBackend = ({ configName, ...options }) =>
  new ElectronStore<Record<string, unknown>>({
    ...options,
    name: configName,
    accessPropertiesByDotNotation: false,
    clearInvalidConfig: false,
    configFileMode: 0o600,
  });
