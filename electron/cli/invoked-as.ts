import { inSingleExecutable } from '../resources/app-files';

/** How the admin runs this command line, for the commands it suggests: the executable as typed, or through npx. */
export function invokedAs(): string {
  if (!inSingleExecutable()) return 'npx jira-doctor';
  return /\s/.test(process.argv0) ? `"${process.argv0}"` : process.argv0;
}
