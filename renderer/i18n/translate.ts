import type { en } from './en';

/**
 * The one translation layer of the UI. Messages live in typed catalogues keyed like `en`; a
 * message's `{name}` placeholders become required parameters of `t`, checked by the compiler.
 */
export type MessageKey = keyof typeof en;
export type Catalogue = { readonly [K in MessageKey]: string };

type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;
type ParamsOf<K extends MessageKey> = [ParamNames<(typeof en)[K]>] extends [never]
  ? []
  : [params: Record<ParamNames<(typeof en)[K]>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...params: ParamsOf<K>) => string;

export function translator(catalogue: Catalogue): Translate {
  return (key, ...rest) => {
    const message = catalogue[key];
    const params = rest[0] as Record<string, string | number> | undefined;
    if (!params) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}
