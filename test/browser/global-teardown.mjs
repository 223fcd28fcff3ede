/** Jest global teardown for the browser tests: stop the dist/ server the setup started. */
export default async function globalTeardown() {
  const server = globalThis.__aidBrowserServer;
  if (!server) return;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}
