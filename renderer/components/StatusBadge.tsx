import type { Status } from '../../knowledge/contract/diagnosis';
import { useT, type MessageKey } from '../i18n';
import { Icon } from './icons';

const LABELS: Record<Status, MessageKey> = {
  confirmed: 'status.confirmed',
  likely: 'status.likely',
  possible: 'status.possible',
  'ruled-out': 'status.ruledOut',
};

/** A cause's status as an icon and a word, so that it never rests on colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  return (
    <span className={`status status-${status}`} data-status={status}>
      <Icon name={status} />
      {t(LABELS[status])}
    </span>
  );
}
