/**
 * The embedded database's data folder is private to the server's user: the folder and every
 * folder in it 0700, every file 0600. PGlite (WASM, through Node's fs) creates its files 0666
 * whatever the umask, so the modes are set after opening, after the migrations, and after
 * closing (files written since). Without this a local user could rewrite an edit-token hash or
 * read the IP-hash salt. Not applied on Windows (no POSIX modes).
 */
import { chmod, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Mode of the data folder and the folders inside it. */
export const DATA_DIR_MODE = 0o700;
/** Mode of every file in the data folder. */
export const DATA_FILE_MODE = 0o600;

/** Sets the modes of `dir` and everything under it (iterative; links are left alone). */
export async function restrictDataDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const stack = [dir];
  while (stack.length) {
    const at = stack.pop()!;
    await chmod(at, DATA_DIR_MODE);
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const p = path.join(at, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else if (entry.isFile()) await chmod(p, DATA_FILE_MODE).catch(() => undefined); // a file removed meanwhile
    }
  }
}
