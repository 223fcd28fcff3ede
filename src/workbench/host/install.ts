/**
 * Put the fake host behind Microsoft's Office.js client: every Excel.run then
 * builds its requests with Office.js's own code (its load/sync rules, argument
 * checks, request serialisation) and sends them to the executor here instead of
 * to Excel. Office.js reads `OfficeExtension.SessionBase._overrideSession`
 * before it picks a transport, so one assignment swaps the host.
 *
 * Events take Office.js's own path too: the model's events become the rich-API
 * messages Excel sends (category 65536; type 11 worksheet activated, 10 data
 * changed), delivered after the request that caused them, and Office.js
 * dispatches them to the handlers added with worksheets.onActivated.add and friends.
 */
import type { ModelEvent, WorkbookModel } from "../model";
import { localAddress } from "./addresses";
import { type AfterRequest, createExecutor } from "./executor";
import { HostState, type HostStats } from "./state";

/** The part of Office.js's runtime the install touches (not in @types/office-js: it is the client's internals). */
interface SessionBaseClass {
  new (): object;
  _overrideSession?: object | null;
}

interface RichApiEntry {
  readonly messageCategory: number;
  readonly messageType: number;
  readonly targetId: string;
  readonly message: string;
}

export interface OfficeJsRuntime {
  readonly OfficeExtension: {
    readonly SessionBase: SessionBaseClass;
    _testSetRichApiMessageReadyImpl(impl: () => Promise<void>): void;
    _testTriggerRichApiMessageEvent(message: { entries: RichApiEntry[] }): void;
  };
  readonly Excel: typeof Excel;
}

export interface FakeHost {
  readonly state: HostState;
  readonly stats: HostStats;
  /** Resolve once every event queued so far has been handed to Office.js. */
  settled(): Promise<void>;
  /** Take the fake host out again (Office.js then has no host). */
  uninstall(): void;
}

const EVENT_CATEGORY = 65536;
const WORKSHEET_CHANGED = 10;
const WORKSHEET_ACTIVATED = 11;

/** The rich-API messages Excel sends for a model event: one for the workbook's handlers, one for the sheet's. */
function entriesOf(event: ModelEvent): RichApiEntry[] {
  if (event.type === "activated") {
    const message = JSON.stringify({ type: "WorksheetActivated", worksheetId: event.sheetId });
    return ["Workbook", event.sheetId].map((targetId) => ({
      messageCategory: EVENT_CATEGORY,
      messageType: WORKSHEET_ACTIVATED,
      targetId,
      message,
    }));
  }
  if (event.type === "changed") {
    const message = JSON.stringify({
      type: "WorksheetChanged",
      worksheetId: event.sheetId,
      address: event.address,
      changeType: event.change,
      source: "Local",
      triggerSource: event.byAddin ? "ThisLocalAddin" : "Unknown",
      shiftDirection: "None",
    });
    return ["Workbook", event.sheetId].map((targetId) => ({
      messageCategory: EVENT_CATEGORY,
      messageType: WORKSHEET_CHANGED,
      targetId,
      message,
    }));
  }
  return [];
}

/** Answer every Office.js request from `model`; `after` hears about each request once it ran. */
export function installHost(
  runtime: OfficeJsRuntime,
  model: WorkbookModel,
  after?: AfterRequest
): FakeHost {
  const state = new HostState(model);
  const OE = runtime.OfficeExtension;
  const pending: RichApiEntry[] = [];
  let inRequest = false;
  let delivery: Promise<void> = Promise.resolve();
  const deliver = () => {
    if (inRequest || pending.length === 0) return;
    const entries = pending.splice(0);
    // Excel sends events after the request that caused them, in a task of their own.
    delivery = delivery.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            OE._testTriggerRichApiMessageEvent({ entries });
            resolve();
          }, 0)
        )
    );
  };
  const unsubscribe = model.subscribe((event) => {
    pending.push(...entriesOf(event));
    deliver();
  });
  const executor = createExecutor(
    state,
    () => {
      // The add-in's own value writes raise onChanged too, as in Excel (one per sheet and request).
      for (const [sheet, bounds] of state.written)
        if (model.sheets.includes(sheet))
          model.cellsChanged(sheet, localAddress(bounds), "RangeEdited", true);
      state.written.clear();
      if (state.touched.size > 0) model.changed();
      inRequest = false;
      deliver();
      after?.(state);
    },
    () => {
      inRequest = true;
    }
  );
  // Office.js waits for its event channel to be ready before it registers a handler; here it always is.
  OE._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  const Base = OE.SessionBase;
  class FakeSession extends Base {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: "aid-fake-host://workbook", headers: {} });
    }

    _createRequestExecutorOrNull(): typeof executor {
      return executor;
    }
  }
  Base._overrideSession = new FakeSession();
  return {
    state,
    stats: state.stats,
    settled: () => delivery.then(() => (pending.length > 0 ? delivery : undefined)),
    uninstall() {
      unsubscribe();
      Base._overrideSession = null;
    },
  };
}
