import "server-only";
import { narrowCollaborationView, type CollaborationFilters, type CollaborationViewer } from "@/lib/collaboration/build-collaboration-view";
import { deriveCollaborationView, type DerivedCollaborationView } from "@/lib/collaboration/derive-collaboration-view";
import { estimateBytes } from "@/lib/collaboration/estimate-bytes";
import { loadCollaborationData, type CollaborationData } from "@/lib/collaboration/load-collaboration-data";
import { db } from "@/lib/db";

/**
 * The collaboration view for one viewer. A partnership's unfiltered data is kept in this process,
 * keyed by the partnership's viewVersion, which is read from the database on every request and
 * raised by every write that changes the view, so a change made through any instance is seen at
 * once. The cache holds data, never rendered output.
 *
 * What a viewer may see of that data is derived once per data version and viewer (user and role,
 * the only things besides the data that decide what is visible) and kept beside it for a while;
 * a new version of the data, another user or another role is another key, so no viewer can be
 * served a variant made for someone else.
 *
 * Loads of one partnership run one at a time: a request that finds a load running waits for it,
 * and if that load began before the change this request saw, joins the next one. However often
 * the partnership changes, concurrent requests share loads instead of each running its own.
 */
const MAX_ENTRIES = 200;
/**
 * What the cache may hold, estimated for each entry at insert (two bytes a character, as
 * JavaScript strings may take): one large partnership cannot crowd the process's memory. An
 * entry larger than the whole budget is served but not kept.
 */
const MAX_BYTES = 64 * 1024 * 1024;
/** How often the cache checks that its partnerships still exist (deleted through any instance). */
const SWEEP_EVERY_MS = 60_000;

/** How many viewers' derived views are kept, over all partnerships (each a few hundred kB at most). */
const MAX_DERIVED = 64;

type Entry = { data: CollaborationData; bytes: number };
const entries = new Map<string, Entry>();
/** The load running for each partnership, if any. */
const loading = new Map<string, Promise<CollaborationData>>();
/** Derived views by partnership, user and role; valid only for the very data object they were made from. */
const derived = new Map<string, { data: CollaborationData; view: DerivedCollaborationView }>();
let totalBytes = 0;
let lastSweep = Date.now();

export async function getCollaborationView(
  partnership: { id: string; viewVersion: number },
  viewer: CollaborationViewer,
  filters: CollaborationFilters = {},
) {
  return narrowCollaborationView(derivedFor(await currentData(partnership), viewer), filters);
}

function derivedFor(data: CollaborationData, viewer: CollaborationViewer) {
  const key = `${data.id}\u0000${viewer.userId}\u0000${viewer.role}`;
  const kept = derived.get(key);
  derived.delete(key);
  const view = kept && kept.data === data ? kept.view : deriveCollaborationView(data, viewer);
  derived.set(key, { data, view });
  while (derived.size > MAX_DERIVED) {
    const oldest = derived.keys().next().value;
    if (oldest === undefined) break;
    derived.delete(oldest);
  }
  return view;
}

/**
 * Drops a partnership's cached data at once, e.g. right after the partnership was deleted (other
 * instances drop theirs within a minute, when their cache next checks what still exists).
 */
export function forgetPartnership(id: string) {
  for (const [key, kept] of derived) if (kept.data.id === id) derived.delete(key);
  const entry = entries.get(id);
  if (!entry) return;
  entries.delete(id);
  totalBytes -= entry.bytes;
}

async function currentData({ id, viewVersion }: { id: string; viewVersion: number }) {
  if (Date.now() - lastSweep >= SWEEP_EVERY_MS) await sweep();
  const cached = entries.get(id);
  if (cached && cached.data.viewVersion >= viewVersion) return cached.data;
  const running = loading.get(id);
  if (running) {
    const data = await running.catch(() => undefined);
    if (data && data.viewVersion >= viewVersion) return data;
    // That load may have read the partnership before this request read its version. Any load
    // that starts from now on starts after it: share the next one.
  }
  return loading.get(id) ?? startLoad(id);
}

function startLoad(id: string) {
  const load = loadCollaborationData(id).then(
    (data) => {
      loading.delete(id);
      remember(data);
      return data;
    },
    (error: unknown) => {
      loading.delete(id);
      throw error;
    },
  );
  loading.set(id, load);
  return load;
}

function remember(data: CollaborationData) {
  const current = entries.get(data.id);
  if (current && current.data.viewVersion > data.viewVersion) return;
  forgetPartnership(data.id);
  const bytes = estimateBytes(data);
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
