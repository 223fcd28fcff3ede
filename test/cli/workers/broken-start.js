/** A worker that fails while it loads, before it is ready: as a build missing a module would. */
throw new Error("cannot load the checker");
