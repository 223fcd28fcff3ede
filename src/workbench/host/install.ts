/**
 * Put the fake host behind Microsoft's Office.js client: every Excel.run then
 * builds its requests with Office.js's own code (its load/sync rules, argument
 * checks, request serialisation) and sends them to the executor here instead of
 * to Excel. Office.js reads `OfficeExtension.SessionBase._overrideSession`
 * before it picks a transport, so one assignment swaps the host.
 */
import type { WorkbookModel } from "../model";
import { type AfterRequest, createExecutor } from "./executor";
import { HostState, type HostStats } from "./state";

/** The part of Office.js's runtime the install touches (not in @types/office-js: it is the client's internals). */
interface SessionBaseClass {
  new (): object;
  _overrideSession?: object | null;
}

export interface OfficeJsRuntime {
  readonly OfficeExtension: { readonly SessionBase: SessionBaseClass };
  readonly Excel: typeof Excel;
}

export interface FakeHost {
  readonly state: HostState;
  readonly stats: HostStats;
  /** Take the fake host out again (Office.js then has no host). */
  uninstall(): void;
}

/** Answer every Office.js request from `model`; `after` hears about each request once it ran. */
export function installHost(
  runtime: OfficeJsRuntime,
  model: WorkbookModel,
  after?: AfterRequest
): FakeHost {
  const state = new HostState(model);
  const executor = createExecutor(state, after);
  const Base = runtime.OfficeExtension.SessionBase;
  class FakeSession extends Base {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: "aid-fake-host://workbook", headers: {} });
    }

    _createRequestExecutorOrNull(): typeof executor {
      return executor;
    }

    getEventRegistration(): null {
      return null;
    }
  }
  Base._overrideSession = new FakeSession();
  return {
    state,
    stats: state.stats,
    uninstall() {
      Base._overrideSession = null;
    },
  };
}
