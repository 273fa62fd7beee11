import type { Status } from '../../knowledge/contract/diagnosis';

/** Small inline icons (no icon font, no external file): each status has its own shape. */
const paths: Record<Status | 'ok' | 'failed' | 'skipped' | 'waiting', string> = {
  confirmed: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.3 5.1-3.9 4.4a.8.8 0 0 1-1.2 0L4.7 8.9a.8.8 0 1 1 1.2-1.1l.9 1 3.3-3.7a.8.8 0 1 1 1.2 1z',
  likely: 'M8 1.5 15 14H1L8 1.5zm0 4.2a.8.8 0 0 0-.8.8v3a.8.8 0 0 0 1.6 0v-3a.8.8 0 0 0-.8-.8zm0 5.4a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8z',
  possible: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 10.6a.9.9 0 1 1 0 1.8.9.9 0 0 1 0-1.8zM8 3.6c1.6 0 2.8 1.1 2.8 2.5 0 1.1-.7 1.7-1.3 2.1-.5.3-.7.5-.7.9v.3H7.2v-.4c0-1 .6-1.5 1.1-1.8.5-.3.8-.6.8-1.1 0-.6-.5-1-1.1-1-.7 0-1.1.4-1.2 1.1H5.2C5.3 4.7 6.4 3.6 8 3.6z',
  'ruled-out': 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 8.7a.8.8 0 1 1-1.1 1.1L8 9.1l-1.7 1.7a.8.8 0 1 1-1.1-1.1L6.9 8 5.2 6.3a.8.8 0 0 1 1.1-1.1L8 6.9l1.7-1.7a.8.8 0 1 1 1.1 1.1L9.1 8l1.7 1.7z',
  ok: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.3 5.1-3.9 4.4a.8.8 0 0 1-1.2 0L4.7 8.9a.8.8 0 1 1 1.2-1.1l.9 1 3.3-3.7a.8.8 0 1 1 1.2 1z',
  failed: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm2.8 8.7a.8.8 0 1 1-1.1 1.1L8 9.1l-1.7 1.7a.8.8 0 1 1-1.1-1.1L6.9 8 5.2 6.3a.8.8 0 0 1 1.1-1.1L8 6.9l1.7-1.7a.8.8 0 1 1 1.1 1.1L9.1 8l1.7 1.7z',
  skipped: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM4.5 7.2h7a.8.8 0 0 1 0 1.6h-7a.8.8 0 0 1 0-1.6z',
  waiting: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6zm-.1 1.9a.8.8 0 0 0-.8.8V8c0 .2.1.4.2.6l1.8 1.8a.8.8 0 0 0 1.1-1.1L8.7 7.7V5.3a.8.8 0 0 0-.8-.8z',
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={paths[name]} />
    </svg>
  );
}
