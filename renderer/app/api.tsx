import { createContext, useContext, type ReactNode } from 'react';
import { ApiError, type AppInfo, type JiraDoctorApi } from '../../electron/api/contract';

type ApiContextValue = { api: JiraDoctorApi; info: AppInfo };

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ api, info, children }: ApiContextValue & { children: ReactNode }) {
  return <ApiContext.Provider value={{ api, info }}>{children}</ApiContext.Provider>;
}

export function useApi(): JiraDoctorApi {
  return useApiContext().api;
}

export function useAppInfo(): AppInfo {
  return useApiContext().info;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi needs an ApiProvider above it');
  return value;
}

/** The message to show for a failed call: the service's own words when it sent any. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Per-field problems of a rejected request (e.g. `baseUrl`), keyed by field. */
export function fieldProblems(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.problems.map((p) => [p.field, p.message]));
}
