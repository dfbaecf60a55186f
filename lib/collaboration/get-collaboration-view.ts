import "server-only";
import { buildCollaborationView, type CollaborationFilters, type CollaborationViewer } from "@/lib/collaboration/build-collaboration-view";
import { loadCollaborationData, type CollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { db } from "@/lib/db";

/**
 * The collaboration view for one viewer. A partnership's unfiltered data is kept in this process,
 * keyed by the partnership's viewVersion, which is read from the database on every request and
 * raised by every write that changes the view, so a change made through any instance is seen at
 * once. The cache holds data, never rendered output: each request filters it for its own viewer,
 * so no viewer can be served a variant made for someone else. Concurrent misses share one load.
 */
const MAX_ENTRIES = 200;
/**
 * What the cache may hold, estimated from each entry's JSON at insert (two bytes a character, as
 * JavaScript strings may take): one large partnership cannot crowd the process's memory. An
 * entry larger than the whole budget is served but not kept.
 */
const MAX_BYTES = 64 * 1024 * 1024;
/** How often the cache checks that its partnerships still exist (deleted through any instance). */
const SWEEP_EVERY_MS = 60_000;

type Entry = { data: CollaborationData; bytes: number };
const entries = new Map<string, Entry>();
const loading = new Map<string, Promise<CollaborationData>>();
let totalBytes = 0;
let lastSweep = Date.now();

export async function getCollaborationView(
  partnership: { id: string; viewVersion: number },
  viewer: CollaborationViewer,
  filters: CollaborationFilters = {},
) {
  return buildCollaborationView(await currentData(partnership), viewer, filters);
}

/**
 * Drops a partnership's cached data at once, e.g. right after the partnership was deleted (other
 * instances drop theirs within a minute, when their cache next checks what still exists).
 */
export function forgetPartnership(id: string) {
  const entry = entries.get(id);
  if (!entry) return;
  entries.delete(id);
  totalBytes -= entry.bytes;
}

async function currentData({ id, viewVersion }: { id: string; viewVersion: number }) {
  if (Date.now() - lastSweep >= SWEEP_EVERY_MS) await sweep();
  const cached = entries.get(id);
  if (cached && cached.data.viewVersion >= viewVersion) return cached.data;
  const key = `${id}@${viewVersion}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loadCollaborationData(id)
      .then((data) => {
        remember(data);
        return data;
      })
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

function remember(data: CollaborationData) {
  const current = entries.get(data.id);
  if (current && current.data.viewVersion > data.viewVersion) return;
  forgetPartnership(data.id);
  const bytes = JSON.stringify(data).length * 2;
  if (bytes > MAX_BYTES) return;
  entries.set(data.id, { data, bytes });
  totalBytes += bytes;
  while (entries.size > MAX_ENTRIES || totalBytes > MAX_BYTES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    forgetPartnership(oldest);
  }
}

/** Drops the data of partnerships that no longer exist: one query on the cached ids, once a minute. */
async function sweep() {
  lastSweep = Date.now();
  const ids = [...entries.keys()];
  if (ids.length === 0) return;
  try {
    const existing = await db.partnership.findMany({ where: { id: { in: ids } }, select: { id: true } });
    const alive = new Set(existing.map((partnership) => partnership.id));
    for (const id of ids) if (!alive.has(id)) forgetPartnership(id);
  } catch {
    // The database is away: the request's own queries will say so; try again next time.
  }
}
