/**
 * `npx tsx scripts/leaderboard-remove.ts <nickname> [<level id> | --all]` — an operator removes a
 * nickname's entry from a public leaderboard (a level id as stored: a built-in id or `c/<slug>`),
 * or from every board with `--all`. Uses the same database as the server (DATABASE_URL, else
 * PGlite in DESCENT_DATA_DIR — stop the server first for PGlite: one process per data folder).
 * The runs stay; teachers' results still list them.
 */
import './server-only-off';

// Loaded after the line above (the database module imports 'server-only').
const { closeDb, getDb } = await import('../app/_server/db/db');
const { removeLeaderboardEntry } = await import('../app/_server/db/leaderboard');

async function main(): Promise<number> {
  const [nickname, where] = process.argv.slice(2);
  if (!nickname || !where) {
    console.error('usage: npx tsx scripts/leaderboard-remove.ts <nickname> <level id | --all>');
    return 2;
  }
  const removed = await removeLeaderboardEntry(await getDb(), nickname, where === '--all' ? null : where);
  console.log(`removed ${removed} leaderboard ${removed === 1 ? 'entry' : 'entries'} of "${nickname}"`);
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await closeDb().catch(() => undefined);
    process.exit(1);
  });
