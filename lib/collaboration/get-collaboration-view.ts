import "server-only";
import { buildCollaborationView, type CollaborationFilters, type CollaborationViewer } from "@/lib/collaboration/build-collaboration-view";
import { loadCollaborationData, type CollaborationData } from "@/lib/collaboration/load-collaboration-data";

/**
 * The collaboration view for one viewer. A partnership's unfiltered data is kept in this process,
 * keyed by the partnership's viewVersion, which is read from the database on every request and
 * raised by every write that changes the view, so a change made through any instance is seen at
 * once. The cache holds data, never rendered output: each request filters it for its own viewer,
 * so no viewer can be served a variant made for someone else. Concurrent misses share one load.
 */
const MAX_ENTRIES = 200;
const entries = new Map<string, CollaborationData>();
const loading = new Map<string, Promise<CollaborationData>>();

export async function getCollaborationView(
  partnership: { id: string; viewVersion: number },
  viewer: CollaborationViewer,
  filters: CollaborationFilters = {},
) {
  return buildCollaborationView(await currentData(partnership), viewer, filters);
}

async function currentData({ id, viewVersion }: { id: string; viewVersion: number }) {
  const cached = entries.get(id);
  if (cached && cached.viewVersion >= viewVersion) return cached;
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
  if (current && current.viewVersion > data.viewVersion) return;
  entries.delete(data.id);
  entries.set(data.id, data);
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
}
