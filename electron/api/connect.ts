import { apiFromBridge } from './client';
import type { JiraDoctorApi, JiraDoctorBridge } from './contract';
import { createHttpClient } from './http-client';

declare global {
  interface Window {
    /** Set by the Electron preload (electron/shell/preload.ts); absent in browser mode. */
    jiraDoctor?: JiraDoctorBridge;
  }
}

/** The API for the page: over the Electron preload when there is one, else over loopback HTTP. */
export function connectApi(): JiraDoctorApi {
  return window.jiraDoctor ? apiFromBridge(window.jiraDoctor) : createHttpClient();
}
