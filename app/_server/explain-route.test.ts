import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/explain/[levelId]/route';

const get = (levelId: string, query = '') =>
  GET(new Request(`http://localhost/api/explain/${levelId}${query ? `?${query}` : ''}`), { params: Promise.resolve({ levelId }) });

describe('GET /api/explain/[levelId]', () => {
  it('explains the default saddle run as a saddle stall', async () => {
    const res = await get('saddle-escape');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.findings.map((f: { kind: string }) => f.kind)).toContain('saddle-stall');
    expect(body.url).toBe('/explain/saddle-escape');
  });

  it('explains a too-large learning rate as divergence', async () => {
    const body = await (await get('ravine-momentum', 'lr=0.05')).json();
    expect(body.outcome).toBe('diverged');
    expect(body.headline).toMatch(/2\/λmax/);
  });

  it('refuses locked settings and unknown levels', async () => {
    expect((await get('saddle-escape', 'mom=0.5')).status).toBe(400);
    expect((await get('nope')).status).toBe(404);
  });
});
