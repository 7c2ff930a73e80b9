import { existsSync } from 'node:fs';

/** Debian's Chromium (or CHROMIUM_PATH); undefined lets Playwright use its own browser. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Flags that let Chromium run as root on a machine with no network (README, "Browser facts"). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** WebGL through SwiftShader (headless Chromium has no GPU here). */
export const WEBGL_ARGS = [...CHROMIUM_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Where specs save the screenshots meant for people to look at (artifacts/ is git-ignored). */
export function screenshotPath(name: string): string {
  return `artifacts/screenshots/${name}`;
}
