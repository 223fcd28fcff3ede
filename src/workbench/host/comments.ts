/**
 * Cell comments (ExcelApi 1.10: workbook.comments, worksheet.comments): the
 * threaded comments of Excel, one to a cell, each with its replies. The host
 * answers what the Office.js client sends for them (checked against
 * excel-web-16.00.debug.js of @microsoft/office-js 1.1.110):
 *
 * - `comments.add(cellAddress, content)` is an object path of type Method, "Add",
 *   with the arguments [address, content, contentType (null unless given)];
 * - `comments.getItem(id)` an Indexer path with [id]; a loaded collection's
 *   items come back with their `Id`, which Office.js uses to find each again;
 * - `comment.content = …` a SetProperty "Content"; `comment.delete()` a Method
 *   "Delete"; `comment.getLocation()` a Method path "GetLocation";
 * - `load("items/id,items/content,items/replies/items/id")` a Query whose Select
 *   is ["id", "content", "replies/id"].
 */
import type { CommentModel, SheetModel } from "../model";
import { parseAreas } from "./addresses";
import { type Args, HostObject, stringArg } from "./objects";
import { HostError } from "./protocol";
import { HostRange } from "./range";
import type { HostState } from "./state";

/** The name comments added through the host carry as their author (Excel puts the signed-in user's). */
export const HOST_AUTHOR = "AID 工作台";

let commentCounter = 0;

/** A comment id in a GUID-like form, unique in this runtime. */
function newCommentId(): string {
  commentCounter++;
  return `{${commentCounter.toString(16).toUpperCase().padStart(8, "0")}-C000-0000-0000-000000000000}`;
}

/** Where a comment of this id is now (rows may have moved since it was added), or undefined. */
function locate(
  state: HostState,
  id: string
): { sheet: SheetModel; key: string; comment: CommentModel } | undefined {
  for (const sheet of state.model.sheets)
    for (const [key, comment] of sheet.comments)
      if (comment.id === id) return { sheet, key, comment };
  return undefined;
}

/** workbook.comments (every sheet's) or worksheet.comments (one sheet's). */
export class HostComments extends HostObject {
  readonly className = "CommentCollection";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel | undefined
  ) {
    super();
  }

  private sheets(): readonly SheetModel[] {
    return this.sheet ? [this.sheet] : this.state.model.sheets;
  }

  override items(): readonly HostObject[] {
    return this.sheets().flatMap((sheet) =>
      [...sheet.comments]
        .map(([key, comment]) => ({ position: key.split(",").map(Number), comment }))
        .sort((a, b) => a.position[0] - b.position[0] || a.position[1] - b.position[1])
        .map(({ comment }) => new HostComment(this.state, comment.id))
    );
  }

  override item(args: Args): HostObject {
    const id = stringArg(args, 0, "commentId");
    const found = locate(this.state, id);
    if (!found || (this.sheet && found.sheet !== this.sheet))
      throw new HostError(
        "ItemNotFound",
        `The requested resource doesn't exist. (comment '${id}')`
      );
    return new HostComment(this.state, id);
  }

  override call(name: string, args: Args): unknown {
    switch (name) {
      case "Add":
        return this.add(args);
      case "GetCount":
        return this.sheets().reduce((n, s) => n + s.comments.size, 0);
      default:
        throw this.unknown("method", name);
    }
  }

  private add(args: Args): HostComment {
    const target = args[0];
    let sheet: SheetModel | undefined;
    let row: number;
    let column: number;
    if (target instanceof HostRange) {
      if (target.bounds.rows !== 1 || target.bounds.columns !== 1)
        throw new HostError("InvalidArgument", "A comment goes on one cell.");
      ({ row, column } = target.bounds);
      sheet = target.sheet;
    } else {
      // Excel's docs: a string address must name the sheet as well as the cell.
      const parsed = parseAreas(stringArg(args, 0, "cellAddress"));
      if (parsed.sheet === undefined)
        throw new HostError(
          "InvalidArgument",
          "The comment's address must include the sheet name."
        );
      const area = parsed.areas[0];
      if (parsed.areas.length !== 1 || area.rows !== 1 || area.columns !== 1)
        throw new HostError("InvalidArgument", "A comment goes on one cell.");
      sheet = this.state.model.sheets.find((s) => s.name === parsed.sheet);
      if (!sheet) throw new HostError("ItemNotFound", `No sheet '${parsed.sheet}'.`);
      ({ row, column } = area);
    }
    if (this.sheet && sheet !== this.sheet)
      throw new HostError("InvalidArgument", "The cell is on another sheet.");
    const content = stringArg(args, 1, "content");
    const type = args[2];
    if (type !== undefined && type !== null && type !== "Plain")
      throw this.unknown("content type", String(type));
    const key = `${row},${column}`;
    // A cell holds one comment thread; Excel refuses a second (the error code is assumed, see the docs).
    if (sheet.comments.has(key))
      throw new HostError("InvalidArgument", "The cell already has a comment.");
    const comment: CommentModel = {
      id: newCommentId(),
      content,
      authorName: HOST_AUTHOR,
      replies: [],
    };
    sheet.comments.set(key, comment);
    this.state.changed(sheet);
    return new HostComment(this.state, comment.id);
  }
}

/** One comment, found again by its id on every use. */
export class HostComment extends HostObject {
  readonly className = "Comment";

  constructor(
    readonly state: HostState,
    readonly id: string
  ) {
    super();
  }

  private found(): { sheet: SheetModel; key: string; comment: CommentModel } {
    const found = locate(this.state, this.id);
    if (!found)
      throw new HostError(
        "ItemNotFound",
        `The requested resource doesn't exist. (comment '${this.id}')`
      );
    return found;
  }

  override objectId(): string {
    return this.id;
  }

  override defaultScalars(): readonly string[] {
    return ["Id", "Content", "AuthorName", "AuthorEmail"];
  }

  override scalar(name: string): unknown {
    const { comment } = this.found();
    switch (name) {
      case "Id":
        return comment.id;
      case "Content":
        return comment.content;
      case "AuthorName":
        return comment.authorName;
      case "AuthorEmail":
        return "";
      default:
        throw this.unknown("property", name);
    }
  }

  override set(name: string, value: unknown): void {
    if (name !== "Content") throw this.unknown("writable property", name);
    if (typeof value !== "string") throw new HostError("InvalidArgument", "content must be text");
    const { sheet, comment } = this.found();
    comment.content = value;
    this.state.changed(sheet);
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Replies") return new HostCommentReplies(this.found().comment);
    return undefined;
  }

  override call(name: string): unknown {
    const { sheet, key } = this.found();
    if (name === "Delete") {
      // Deleting a comment deletes its thread, replies and all.
      sheet.comments.delete(key);
      this.state.changed(sheet);
      return null;
    }
    if (name === "GetLocation") {
      const [row, column] = key.split(",").map(Number);
      return this.state.range(sheet, { row, column, rows: 1, columns: 1 });
    }
    throw this.unknown("method", name);
  }
}

/** comment.replies: read only (AID never replies). */
export class HostCommentReplies extends HostObject {
  readonly className = "CommentReplyCollection";

  constructor(readonly comment: CommentModel) {
    super();
  }

  override items(): readonly HostObject[] {
    return this.comment.replies.map((content, i) => new HostCommentReply(this.comment, i, content));
  }

  override call(name: string): unknown {
    if (name === "GetCount") return this.comment.replies.length;
    throw this.unknown("method", name);
  }
}

export class HostCommentReply extends HostObject {
  readonly className = "CommentReply";

  constructor(
    readonly comment: CommentModel,
    readonly index: number,
    readonly content: string
  ) {
    super();
  }

  override objectId(): string {
    return `${this.comment.id}-reply-${this.index}`;
  }

  override defaultScalars(): readonly string[] {
    return ["Id", "Content"];
  }

  override scalar(name: string): unknown {
    if (name === "Id") return this.objectId();
    if (name === "Content") return this.content;
    throw this.unknown("property", name);
  }
}
