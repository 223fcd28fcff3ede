/**
 * The workbook's sheets and the one the pane works on. The pane follows Excel:
 * it starts on the active sheet and moves with the user when they activate
 * another project sheet; it counts the changes seen on each sheet, so a result
 * can tell it has gone out of date.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetList, Unfollow } from "../excel";
import { reason, usePane } from "./pane-context";

/** How many changes the pane has seen on a sheet (a result keeps the one it was made at). */
export interface Revision {
  /** Every change: value edits, moves, and the pane being shown again (it may have missed some). */
  readonly edits: number;
  /** Rows, columns or cells inserted or deleted: addresses found before may now point elsewhere. */
  readonly moves: number;
}

export interface Sheets {
  /** The sheets the user can check: visible ones, AID's own left out. */
  readonly names: readonly string[];
  readonly current: string | undefined;
  readonly choose: (name: string) => void;
  readonly refresh: () => void;
  readonly error: string | undefined;
  /** The active sheet's name when it is one of AID's own (a report): the pane then keeps its sheet. */
  readonly activeOwn: string | undefined;
  /** The changes seen so far on a sheet. */
  readonly revisionOf: (name: string | undefined) => Revision;
}

const EMPTY: SheetList = { names: [], ids: [], active: "", activeId: "", own: [] };
const NONE: Revision = { edits: 0, moves: 0 };

/** List the sheets, follow the active one, and count changes per sheet. */
export function useSheets(): Sheets {
  const { host, strings } = usePane();
  const [list, setList] = useState<SheetList>(EMPTY);
  // The current sheet by id: a rename keeps it.
  const [currentId, setCurrentId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [counts, setCounts] = useState<ReadonlyMap<string, Revision>>(new Map());
  const [shown, setShown] = useState(0);
  const request = useRef(0);

  /** Read the list; with `follow`, move to the active sheet when it is one the user can check. */
  const load = useCallback(
    (follow: boolean) => {
      const mine = ++request.current;
      host.listSheets().then(
        (next) => {
          // Activations come in quick succession: only the latest answer counts.
          if (mine !== request.current) return;
          setList(next);
          setCurrentId((chosen) => {
            const activeListed = next.ids.includes(next.activeId);
            if (follow && activeListed) return next.activeId;
            if (chosen && next.ids.includes(chosen)) return chosen;
            return activeListed ? next.activeId : undefined;
          });
          setError(undefined);
        },
        (e: unknown) => {
          if (mine === request.current) setError(reason(e, strings));
        }
      );
    },
    [host, strings]
  );
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => load(false), [load]);

  useEffect(() => {
    let live = true;
    const unfollows: Unfollow[] = [];
    const keep = (unfollow: Unfollow) => {
      if (live) unfollows.push(unfollow);
      else void unfollow().catch(() => undefined);
    };
    // Without events (a host that refuses them) the pane still works, as it did before it followed Excel.
    host
      .followSheets((event) => {
        if (!live) return;
        if (event.kind === "activated") {
          loadRef.current(true);
          return;
        }
        setCounts((before) => {
          const was = before.get(event.sheetId) ?? NONE;
          const next = new Map(before);
          next.set(event.sheetId, {
            edits: was.edits + 1,
            moves: was.moves + (event.moved ? 1 : 0),
          });
          return next;
        });
      })
      .then(keep, () => undefined);
    host
      .followPaneShown(() => {
        if (!live) return;
        setShown((n) => n + 1);
        loadRef.current(true);
      })
      .then(keep, () => undefined);
    return () => {
      live = false;
      for (const unfollow of unfollows) void unfollow().catch(() => undefined);
    };
  }, [host]);

  const idOf = useCallback(
    (name: string | undefined) =>
      name === undefined ? undefined : list.ids[list.names.indexOf(name)],
    [list]
  );
  const revisionOf = useCallback(
    (name: string | undefined): Revision => {
      const id = idOf(name);
      const seen = (id && counts.get(id)) || NONE;
      return { edits: seen.edits + shown, moves: seen.moves };
    },
    [idOf, counts, shown]
  );
  const choose = useCallback(
    (name: string) => {
      const id = idOf(name);
      if (id) setCurrentId(id);
    },
    [idOf]
  );
  const refresh = useCallback(() => load(false), [load]);

  const index = currentId === undefined ? -1 : list.ids.indexOf(currentId);
  return {
    names: list.names,
    current: index >= 0 ? list.names[index] : undefined,
    choose,
    refresh,
    error,
    activeOwn: list.own.includes(list.active) ? list.active : undefined,
    revisionOf,
  };
}
