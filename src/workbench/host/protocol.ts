/**
 * The request protocol between Microsoft's Office.js client and an Excel host
 * (the "RichApi" messages), as far as the fake host answers it. Office.js builds
 * one request per context.sync(): a table of object paths (how to reach an object
 * from the workbook) and a list of actions on them; the host answers with one
 * result per action. Checked against excel-web-16.00.debug.js of
 * @microsoft/office-js 1.1.110 (see docs/office-js-host.md).
 */

/** How an object is reached: ObjectPathInfo.ObjectPathType. */
export const PathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

/** What an action does: ActionInfo.ActionType. */
export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  RecursiveQuery: 6,
  QueryAsJson: 7,
  EnsureUnchanged: 8,
  Update: 9,
} as const;

export interface ArgumentInfo {
  readonly Arguments?: readonly unknown[];
  /** Per argument, the id of the object path passed there (a Range given to a method), or null. */
  readonly ReferencedObjectPathIds?: readonly (number | null)[];
}

export interface ObjectPathInfo {
  readonly Id: number;
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  readonly Select?: readonly string[] | null;
  readonly Expand?: readonly string[] | null;
  readonly Top?: number;
  readonly Skip?: number;
}

export interface ActionInfo {
  readonly Id: number;
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: ArgumentInfo;
  readonly QueryInfo?: QueryInfo;
}

export interface RequestBody {
  readonly Actions: readonly ActionInfo[];
  readonly ObjectPaths: Readonly<Record<string, ObjectPathInfo>>;
  readonly AutoKeepReference?: boolean;
}

export interface RequestMessage {
  readonly Url: string;
  readonly Headers: Readonly<Record<string, string>>;
  readonly Body: RequestBody;
}

export interface ActionResult {
  readonly ActionId: number;
  readonly Value: unknown;
}

export interface ResponseError {
  readonly Code: string;
  readonly Message: string;
  readonly ActionIndex: number;
  readonly Location?: string;
  readonly HttpStatusCode?: number;
}

export interface ResponseMessage {
  /** A transport-level refusal (payload too large); empty when the request ran. */
  readonly ErrorCode: string;
  readonly ErrorMessage: string;
  readonly HttpStatusCode?: number;
  readonly Headers: Record<string, string>;
  readonly Body: {
    readonly Results?: ActionResult[];
    /** Ids of the trace actions that ran; Office.js keeps their messages and runs their callbacks. */
    readonly TraceIds?: number[];
    readonly Error?: ResponseError;
  } | null;
}

/** An error an action raises; the client turns it into an OfficeExtension.Error with this code. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}
