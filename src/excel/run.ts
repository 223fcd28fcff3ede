/**
 * The one door to Excel. In Office it is Excel.run; in the workbench and the
 * tests an in-memory stand-in is installed as the `Excel` global, so every
 * module here runs unchanged against either.
 */

/** Run a batch of Excel operations and return its result. */
export function excelRun<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(batch);
}
