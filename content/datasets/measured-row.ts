/**
 * One measured phenomenon by id, from either table: the engine's (engine/phenomena/table.ts,
 * synchronous) or the real networks' (./network-phenomena.ts, which load their data sets first).
 * The lessons' `<Measured>` and `<Value>` read it when a page is built; each row is measured once.
 */
import { measuredPhenomenon, PHENOMENA } from '@/engine';
import type { PhenomenonRow } from '@/engine/phenomena/table';
import { NETWORK_PHENOMENA } from './network-phenomena';

const networkRows = new Map<string, Promise<PhenomenonRow>>();

/** Every phenomenon id a lesson may cite. */
export const MEASURED_IDS: ReadonlySet<string> = new Set([...PHENOMENA.map((p) => p.id), ...NETWORK_PHENOMENA.map((p) => p.id)]);

/** The row of phenomenon `id` (throws on an unknown id, naming where the tables live). */
export async function measuredRow(id: string): Promise<PhenomenonRow> {
  const net = NETWORK_PHENOMENA.find((p) => p.id === id);
  if (!net) return measuredPhenomenon(id);
  let row = networkRows.get(id);
  if (!row) networkRows.set(id, (row = net.measure()));
  return row;
}
