/** The opt-in flag of the server copy, readable without loading the sync code (or zod). */
export const SERVER_COPY_FLAG = 'descent.server-copy.v1';

export function serverCopyFlagSet(): boolean {
  try {
    return globalThis.localStorage?.getItem(SERVER_COPY_FLAG) === '1';
  } catch {
    return false;
  }
}
