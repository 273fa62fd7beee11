import { Masker } from '../text/mask';

/** Log text goes through the project's one masker: logs name no secret values up front, so only its pattern rules apply. */
const masker = new Masker();

export function maskLogText(text: string): string {
  return masker.text(text);
}
