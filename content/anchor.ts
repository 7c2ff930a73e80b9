/** A stable, URL-safe anchor id from heading text: "Saddle points!" → "saddle-points". */
export function anchorId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
