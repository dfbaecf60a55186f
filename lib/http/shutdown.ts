import "server-only";

type Shutdown = { callbacks: Set<() => void>; listening: boolean; stopping: boolean };

// On globalThis: every module graph of the server process (route handlers, pages) shares one.
const globalForShutdown = globalThis as unknown as { appShutdown?: Shutdown };
const shutdown: Shutdown = (globalForShutdown.appShutdown ??= { callbacks: new Set(), listening: false, stopping: false });

function stopAll() {
  shutdown.stopping = true;
  for (const callback of shutdown.callbacks) callback();
  shutdown.callbacks.clear();
}

/**
 * Runs `callback` when the server process is asked to stop (SIGTERM, SIGINT), e.g. to end a
 * long-lived response so that its browser reconnects to an instance that stays. Returns a function
 * that cancels it.
 */
export function onShutdown(callback: () => void): () => void {
  if (!shutdown.listening) {
    shutdown.listening = true;
    process.once("SIGTERM", stopAll);
    process.once("SIGINT", stopAll);
  }
  shutdown.callbacks.add(callback);
  return () => shutdown.callbacks.delete(callback);
}

/** Whether the process is stopping: new long-lived responses are not worth starting. */
export function isShuttingDown(): boolean {
  return shutdown.stopping;
}
