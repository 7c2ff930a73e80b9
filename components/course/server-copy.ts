/**
 * The optional server copy of progress (opt-in on the course map). When on, local progress is
 * sent to PUT /api/progress after each change (debounced), and on opening the map the server's
 * copy is fetched and merged in, so a cleared browser or a second device on the same cookie
 * gets its stars back. Off by default: nothing leaves the browser unless the reader asks.
 */
import { BestsSchema, PROGRESS_EVENT, VisitedSchema, readBests, readVisited } from '@/components/course/progress';
import { mergeProgress } from './progress-file';
import { SERVER_COPY_FLAG as FLAG, serverCopyFlagSet } from './server-copy-flag';

export { serverCopyFlagSet as serverCopyEnabled } from './server-copy-flag';

export function setServerCopy(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(FLAG, '1');
    else globalThis.localStorage?.removeItem(FLAG);
  } catch {
    /* storage disabled: stays off */
  }
}

/** Sends the local progress; resolves to false when the server did not take it. */
export async function pushProgress(fetcher: typeof fetch = fetch): Promise<boolean> {
  const body = JSON.stringify({ version: 1, bests: readBests(), visited: readVisited() });
  try {
    const res = await fetcher('/api/progress', { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
    return res.ok;
  } catch {
    return false;
  }
}

/** Fetches the server copy and merges it in; resolves to false when there was none or it failed. */
export async function pullProgress(fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetcher('/api/progress');
    if (!res.ok) return false;
    const data = (await res.json()) as { progress: { bests?: unknown; visited?: unknown } | null };
    if (!data.progress) return false;
    // Validated again here: the copy may predate today's format, and the client trusts no input.
    const bests = BestsSchema.safeParse(data.progress.bests ?? {});
    const visited = VisitedSchema.safeParse(data.progress.visited ?? {});
    if (!bests.success || !visited.success) return false;
    mergeProgress(bests.data, visited.data);
    return true;
  } catch {
    return false;
  }
}

/** While enabled, pushes after every progress change (debounced); returns the unsubscribe. */
export function watchAndPush(delayMs = 1500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    if (!serverCopyFlagSet()) return;
    clearTimeout(timer);
    timer = setTimeout(() => void pushProgress(), delayMs);
  };
  window.addEventListener(PROGRESS_EVENT, onChange);
  return () => {
    clearTimeout(timer);
    window.removeEventListener(PROGRESS_EVENT, onChange);
  };
}
