import type { Status } from '../../knowledge/core';

export const STATUS_TITLES: Record<Status, string> = {
  confirmed: 'Confirmed',
  likely: 'Likely',
  possible: 'Possible',
  'ruled-out': 'Ruled out',
};
