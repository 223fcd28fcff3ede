/**
 * The fake host's request executor: it takes the request Office.js built for one
 * context.sync(), refuses it when Excel on the web would (over 5 MB, a read over
 * 5,000,000 cells), runs its actions in order against the workbook model, and
 * answers with one result per action, measuring both directions in UTF-8 bytes.
 */
import { localAddress } from "./addresses";
import { HostNull, HostObject } from "./objects";
import {
  ActionType,
  type ActionInfo,
  type ActionResult,
  HostError,
  type ObjectPathInfo,
  PathType,
  type QueryInfo,
  type RequestMessage,
  type ResponseMessage,
} from "./protocol";
import { HostRange } from "./range";
import { HostState, PAYLOAD_LIMIT_BYTES } from "./state";
import { HostWorkbook } from "./workbook";

/** UTF-8 bytes of a string, counted without encoding it (CJK text is 3 bytes a character, not 1). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of a value as JSON: what goes over the wire to Excel on the web. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}

/** Office.js names properties in camelCase in a load; the protocol answers in PascalCase. */
function pascal(name: string): string {
  return name.length === 0 ? name : name[0].toUpperCase() + name.slice(1);
}

/** Something that wants to hear after each request which sheets it changed (the workbench grid, events). */
export type AfterRequest = (state: HostState) => void;

/** One request's object table, resolved as its actions need them. */
class Request {
  private readonly resolved = new Map<number, HostObject>();

  constructor(
    private readonly state: HostState,
    private readonly root: HostWorkbook,
    private readonly paths: Readonly<Record<string, ObjectPathInfo>>
  ) {}

  /** The host object an object path leads to, worked out once per request. */
  object(id: number): HostObject {
    const done = this.resolved.get(id);
    if (done) return done;
    const path = this.paths[String(id)];
    if (!path) throw new HostError("InvalidObjectPath", `The request has no object path ${id}.`);
    const object = this.resolve(path);
    this.resolved.set(id, object);
    return object;
  }

  private resolve(path: ObjectPathInfo): HostObject {
    const parent = () => {
      if (path.ParentObjectPathId === undefined)
        throw new HostError("InvalidObjectPath", `Object path ${path.Id} has no parent.`);
      return this.object(path.ParentObjectPathId);
    };
    switch (path.ObjectPathType) {
      case PathType.GlobalObject:
        return this.root;
      case PathType.Property: {
        const p = parent();
        const nav = p.navigation(path.Name);
        if (!nav)
          throw new HostError("ApiNotFound", `${p.className} has no object property ${path.Name}.`);
        return nav;
      }
      case PathType.Method: {
        const result = parent().call(path.Name, this.args(path.ArgumentInfo));
        if (!(result instanceof HostObject))
          throw new HostError("InvalidObjectPath", `${path.Name} does not return an object.`);
        return result;
      }
      case PathType.Indexer:
        return parent().item(this.args(path.ArgumentInfo));
      case PathType.ReferenceId: {
        const kept = this.state.references.get(path.Name);
        if (!kept)
          throw new HostError(
            "InvalidObjectPath",
            `The object ${path.Name} was released or never kept; it can't be used in a later request.`
          );
        return kept;
      }
      case PathType.NullObject:
        return new HostNull("Object");
      default:
        throw new HostError(
          "InvalidObjectPath",
          `Unknown object path type ${path.ObjectPathType}.`
        );
    }
  }

  /** Arguments with object references (a range passed to a method) replaced by their host objects. */
  args(info: ActionInfo["ArgumentInfo"]): unknown[] {
    const values = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((ref, i) => {
      if (typeof ref === "number" && ref > 0) values[i] = this.object(ref);
    });
    return values;
  }
}

/** The value of a load: the selected scalars and navigation properties, or null for a null object. */
function query(object: HostObject, select: readonly string[] | null | undefined): unknown {
  if (object.isNull()) return null;
  const items = object.items();
  if (items) {
    const inner = (select ?? [])
      .map((s) => (s.startsWith("items/") ? s.slice("items/".length) : s))
      .filter((s) => s !== "items" && s !== "");
    return {
      _Items: items.map((item) => {
        const value = query(item, inner.length > 0 ? inner : undefined) as Record<string, unknown>;
        // Collection items carry their id so Office.js can find each one again (worksheets["{id}"]).
        const id = item.objectId();
        return id !== undefined ? { Id: id, ...value } : value;
      }),
    };
  }
  const names = select && select.length > 0 ? select : object.defaultScalars().map((s) => s);
  const out: Record<string, unknown> = {};
  const nested = new Map<string, string[]>();
  for (const raw of names) {
    const slash = raw.indexOf("/");
    if (slash >= 0) {
      const head = pascal(raw.slice(0, slash));
      const list = nested.get(head) ?? [];
      list.push(raw.slice(slash + 1));
      nested.set(head, list);
      continue;
    }
    const name = pascal(raw.trim());
    if (name === "") continue;
    const nav = object.navigation(name);
    if (nav) out[name] = query(nav, undefined);
    else out[name] = object.scalar(name);
  }
  for (const [head, inner] of nested) {
    const nav = object.navigation(head);
    if (!nav)
      throw new HostError("ApiNotFound", `${object.className} has no object property ${head}.`);
    out[head] = query(nav, inner);
  }
  return out;
}

/** What an Instantiate answers: null for a null object, the reference id of a kept object, the id of an item. */
function instantiated(object: HostObject): unknown {
  if (object.isNull()) return null;
  const value: Record<string, unknown> = {};
  if (object.referenceId) value._ReferenceId = object.referenceId;
  const id = object.objectId();
  if (id !== undefined) value.Id = id;
  return value;
}

/** Run one action; returns its result value (undefined for none). */
function run(request: Request, state: HostState, action: ActionInfo): unknown {
  switch (action.ActionType) {
    case ActionType.Instantiate:
      return instantiated(request.object(action.ObjectPathId));
    case ActionType.Query:
    case ActionType.QueryAsJson:
      return query(
        request.object(action.ObjectPathId),
        (action.QueryInfo as QueryInfo | undefined)?.Select
      );
    case ActionType.Method: {
      const object = request.object(action.ObjectPathId);
      if (action.Name === "_KeepReference") {
        if (!object.isNull()) state.keep(object);
        return undefined;
      }
      const result = object.call(action.Name, request.args(action.ArgumentInfo));
      return result instanceof HostObject ? instantiated(result) : result;
    }
    case ActionType.SetProperty: {
      const object = request.object(action.ObjectPathId);
      const [value] = request.args(action.ArgumentInfo);
      object.set(action.Name, value);
      return undefined;
    }
    case ActionType.Trace:
      // A trace that ran is answered: Office.js runs its callbacks (event handler registration) on the result.
      return null;
    default:
      throw new HostError(
        "ApiNotFound",
        `The fake host does not run actions of type ${action.ActionType}.`
      );
  }
}

/** Build the executor Office.js calls for every sync, over one host state. */
export function createExecutor(state: HostState, after?: AfterRequest, before?: () => void) {
  const root = new HostWorkbook(state);
  return {
    executeAsync(
      _customData: unknown,
      _flags: number,
      message: RequestMessage
    ): Promise<ResponseMessage> {
      const stats = state.stats;
      stats.requests++;
      const requestBytes = jsonBytes(message.Body);
      if (requestBytes > stats.largestRequestBytes) stats.largestRequestBytes = requestBytes;
      const actions = message.Body.Actions ?? [];
      if (
        actions.some((a) => a.Name === "_RemoveReference") &&
        actions.every(
          (a) => a.Name === "_RemoveReference" || a.ActionType === ActionType.Instantiate
        )
      )
        stats.cleanups++;
      if (actions.length > stats.largestActions) stats.largestActions = actions.length;
      if (requestBytes > PAYLOAD_LIMIT_BYTES)
        return Promise.resolve(refusal("RequestPayloadSizeLimitExceeded", requestBytes));
      before?.();
      const request = new Request(state, root, message.Body.ObjectPaths ?? {});
      const results: ActionResult[] = [];
      const traceIds: number[] = [];
      state.touched.clear();
      state.written.clear();
      let error: ResponseMessage | null = null;
      for (let i = 0; i < actions.length; i++) {
        const action = actions[i];
        try {
          const value = run(request, state, action);
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
          if (action.ActionType === ActionType.Trace) traceIds.push(action.Id);
        } catch (e) {
          // Excel stops at the failing action; what ran before it stays done (there is no rollback).
          const code = e instanceof HostError ? e.code : "GeneralException";
          const text = e instanceof Error ? e.message : String(e);
          error = {
            ErrorCode: "",
            ErrorMessage: "",
            Headers: {},
            Body: {
              Error: {
                Code: code,
                Message: text,
                ActionIndex: i,
                Location: locationOf(request, action),
              },
            },
          };
          break;
        }
      }
      after?.(state);
      if (error) return Promise.resolve(error);
      const body = { Results: results, TraceIds: traceIds };
      const responseBytes = jsonBytes(body);
      if (responseBytes > stats.largestResponseBytes) stats.largestResponseBytes = responseBytes;
      if (responseBytes > PAYLOAD_LIMIT_BYTES)
        return Promise.resolve(refusal("ResponsePayloadSizeLimitExceeded", responseBytes));
      return Promise.resolve({ ErrorCode: "", ErrorMessage: "", Headers: {}, Body: body });
    },
  };
}

function refusal(code: string, bytes: number): ResponseMessage {
  return {
    ErrorCode: code,
    ErrorMessage: `The ${code.startsWith("Request") ? "request" : "response"} is ${bytes} bytes; Excel on the web allows ${PAYLOAD_LIMIT_BYTES}.`,
    HttpStatusCode: 413,
    Headers: {},
    Body: null,
  };
}

/** Where an action failed, for the error's debugInfo: the object's class and the member. */
function locationOf(request: Request, action: ActionInfo): string {
  try {
    const object = request.object(action.ObjectPathId);
    const where = object instanceof HostRange ? ` ${localAddress(object.bounds)}` : "";
    return `${object.className}${where}.${action.Name}`;
  } catch {
    return action.Name;
  }
}
