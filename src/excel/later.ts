/**
 * A host method whose code loads the first time it is called (a dynamic import, its own
 * chunk): the pane's first paint then carries only what reading and validating need, and
 * Write report, Highlight, Clear and the summaries arrive when the user first asks for them.
 */

/**
 * Give a function with `load`'s function's signature that loads it and calls it. webpack keeps
 * a loaded chunk, so later calls wait for nothing; a chunk that failed to arrive is asked for again.
 */
export function later<F extends (...args: never[]) => Promise<unknown>>(
  load: () => Promise<F>
): (...args: Parameters<F>) => ReturnType<F> {
  return (async (...args: Parameters<F>) => (await load())(...args)) as (
    ...args: Parameters<F>
  ) => ReturnType<F>;
}
