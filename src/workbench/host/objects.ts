/**
 * The host side of Excel's objects: what a request's object paths resolve to.
 * Each class answers by the protocol's PascalCase names (Values, NumberFormat,
 * GetRange …) over the in-memory workbook model. Only what AID uses is here;
 * anything else is refused with Excel's own error codes, so a new call in
 * src/excel fails loudly in the tests instead of passing on a guess.
 */
import { HostError } from "./protocol";

export type Args = readonly unknown[];

/** One Excel object as the host sees it. */
export abstract class HostObject {
  abstract readonly className: string;
  /** Set when Office.js asked the host to keep the object between requests (_KeepReference). */
  referenceId: string | undefined;

  /** Tell whether this is a null object (an *OrNullObject call that found nothing). */
  isNull(): boolean {
    return false;
  }

  /** The object's id for Office.js to re-find it (worksheets, tables), if it has one. */
  objectId(): string | undefined {
    return undefined;
  }

  /** The scalar properties a load() without a list returns. */
  defaultScalars(): readonly string[] {
    return [];
  }

  /** Read a scalar property; undefined when this object has no such scalar. */
  scalar(name: string): unknown {
    throw this.unknown("property", name);
  }

  /** Tell whether `name` is a scalar property here. */
  hasScalar(name: string): boolean {
    return this.defaultScalars().includes(name);
  }

  /** A navigation property (Format, Fill, Worksheets …), or undefined when there is none of that name. */
  navigation(name: string): HostObject | undefined {
    void name; // objects without navigation properties have none of any name
    return undefined;
  }

  /** Write a property. */
  set(name: string, value: unknown): void {
    void value;
    throw this.unknown("writable property", name);
  }

  /** Call a method; returns a host object for methods that return objects, else a plain value. */
  call(name: string, args: Args): unknown {
    void args;
    throw this.unknown("method", name);
  }

  /** The item of a collection by key (worksheets["项目表"]). */
  item(args: Args): HostObject {
    void args;
    throw new HostError("InvalidArgument", `${this.className} is not a collection`);
  }

  /** The items of a collection, or undefined for an object that is not one. */
  items(): readonly HostObject[] | undefined {
    return undefined;
  }

  protected unknown(kind: string, name: string): HostError {
    return new HostError(
      "ApiNotFound",
      `The fake host has no ${kind} ${this.className}.${name}; add it in src/workbench/host/ if AID needs it.`
    );
  }
}

/** The null object of an *OrNullObject call: loads come back null, and what hangs off it is null too. */
export class HostNull extends HostObject {
  constructor(readonly className: string) {
    super();
  }

  override isNull(): boolean {
    return true;
  }

  override scalar(): unknown {
    return null;
  }

  override hasScalar(): boolean {
    return true;
  }

  override navigation(name: string): HostObject {
    return new HostNull(name);
  }

  // Excel ignores writes to a null object rather than failing the batch.
  override set(): void {}

  override call(name: string): unknown {
    return new HostNull(name);
  }
}

/** Read a string argument, or fail as Excel does. */
export function stringArg(args: Args, i: number, what: string): string {
  const v = args[i];
  if (typeof v !== "string") throw new HostError("InvalidArgument", `${what} must be text`);
  return v;
}

/** Read a whole-number argument, or fail as Excel does. */
export function intArg(args: Args, i: number, what: string): number {
  const v = args[i];
  if (typeof v !== "number" || !Number.isInteger(v))
    throw new HostError("InvalidArgument", `${what} must be a whole number`);
  return v;
}
