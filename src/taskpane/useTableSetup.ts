/**
 * The table as the pane will check it: the sheet's first rows are read, the
 * header and column roles detected, and the user may correct both. The reading
 * is redone whenever the sheet changes (the pane follows Excel's onChanged), so
 * what the pane shows and validates with is the sheet as it is now.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { columnLetter } from "../core/address";
import { whenFoldingReady } from "../core/fold";
import { detectLayout, layoutAt, type Layout } from "../core/validate/layout";
import { shareColumns, type ShareColumns } from "../core/validate/share-columns";
import type { Role } from "../core/validate";
import type { Block, SheetShape } from "../excel";
import { reason, usePane } from "./pane-context";
import { HEAD_ROWS, tableKeys, type TableKeys } from "./table-keys";
import type { Revision } from "./useSheets";

export interface ColumnSetup {
  /** 0-based index within the used range. */
  readonly index: number;
  readonly letter: string;
  readonly header: string;
  readonly role: Role | undefined;
}

export interface TableSetup {
  readonly loading: boolean;
  readonly error: string | undefined;
  readonly shape: SheetShape | null;
  /** 1-based sheet row of the header, or undefined when none was found or set. */
  readonly headerRow: number | undefined;
  readonly headerRowRange: { readonly min: number; readonly max: number } | undefined;
  readonly columns: readonly ColumnSetup[];
  readonly setHeaderRow: (row: number) => void;
  readonly setRole: (index: number, role: Role | undefined) => void;
  /** Role → column letters, as the validator and the share summary take them. */
  readonly roleColumns: Partial<Record<Role, string>>;
  /** The columns a category share summary uses, as the core chooses them (with the user's corrections). */
  readonly shareColumns: ShareColumns;
  /** Keys of the table as last read; a result made under other keys is out of date. */
  readonly keys: TableKeys | undefined;
  /** Read the sheet's head again (kept corrections when the header part is unchanged). */
  readonly reload: () => void;
}

function rolesOf(layout: Layout | null): Map<number, Role> {
  const roles = new Map<number, Role>();
  if (layout)
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][]) roles.set(c, role);
  return roles;
}

type Head = { shape: SheetShape; block: Block; keys: TableKeys };

/** How long the sheet must stay unchanged before its table is read again. */
const CHANGE_QUIET_MS = 150;

/**
 * Read and detect the table of a sheet; read it again when `revision` moves on (a
 * change on that sheet, or the pane shown again). The user's corrections stay
 * while the rows down to the header are unchanged, and are redone from detection
 * when they changed (a row inserted above the header, a header renamed).
 */
export function useTableSetup(sheet: string | undefined, revision?: Revision): TableSetup {
  const { host, strings } = usePane();
  const [head, setHead] = useState<Head | null>(null);
  const headRef = useRef<Head | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [roles, setRoles] = useState<Map<number, Role>>(new Map());
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  // Coalescing: changes come in bursts; one reading at a time, and one more after it when more were asked for.
  const target = useRef(sheet);
  target.current = sheet;
  const inFlight = useRef(false);
  const again = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const read = useCallback(() => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const name = target.current;
    if (!name) {
      headRef.current = null;
      setHead(null);
      setLayout(null);
      return;
    }
    inFlight.current = true;
    setLoading(true);
    const settle = (apply: () => void) => {
      inFlight.current = false;
      if (!mounted.current) return;
      if (again.current || name !== target.current) {
        again.current = false;
        read();
        return;
      }
      apply();
      setLoading(false);
    };
    // Traditional headers (項目類別) read only once OpenCC's dictionaries, a chunk of their own, are in.
    Promise.all([host.readHead(name, HEAD_ROWS), whenFoldingReady()]).then(
      ([result]) =>
        settle(() => {
          setError(undefined);
          if (!result) {
            headRef.current = null;
            setHead(null);
            setLayout(null);
            setRoles(new Map());
            return;
          }
          const keys = tableKeys(result.shape, result.block.values);
          const before = headRef.current;
          if (before?.keys.layout !== keys.layout) {
            const detected = detectLayout(result.block.values);
            setLayout(detected);
            setRoles(rolesOf(detected));
          }
          // The same rows: keep the very same reading, so nothing downstream sees a change.
          if (
            before?.keys.extent !== keys.extent ||
            JSON.stringify(before.block.values) !== JSON.stringify(result.block.values)
          ) {
            headRef.current = { ...result, keys };
            setHead(headRef.current);
          }
        }),
      (e: unknown) => settle(() => setError(reason(e, strings)))
    );
  }, [host, strings]);

  // A new sheet or a reload asked for is read at once.
  useEffect(read, [read, sheet, generation]);
  // Changes are read after a short quiet spell: Excel reports a paste or a deleted block as a burst
  // of onChanged calls, often each in its own task, and one reading after the burst is enough (every
  // action reads the table again before it reaches a cell, so nothing waits on this one).
  const changes = (revision?.edits ?? 0) + (revision?.moves ?? 0);
  const seen = useRef({ sheet, changes });
  useEffect(() => {
    // Switching sheets brings that sheet's count along: the read above covers it.
    if (seen.current.sheet !== sheet || seen.current.changes === changes) {
      seen.current = { sheet, changes };
      return;
    }
    seen.current = { sheet, changes };
    const timer = setTimeout(read, CHANGE_QUIET_MS);
    return () => clearTimeout(timer);
  }, [read, sheet, changes]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const setHeaderRow = useCallback(
    (row: number) => {
      if (!head) return;
      const next = layoutAt(head.block.values, row - 1 - head.shape.origin.row);
      setLayout(next);
      setRoles(rolesOf(next));
    },
    [head]
  );

  const setRole = useCallback((index: number, role: Role | undefined) => {
    setRoles((current) => {
      const next = new Map(current);
      // A role sits in one column: taking it here releases it elsewhere.
      if (role) for (const [c, r] of next) if (r === role) next.delete(c);
      if (role) next.set(index, role);
      else next.delete(index);
      return next;
    });
  }, []);

  const columns = useMemo<ColumnSetup[]>(() => {
    if (!head) return [];
    return Array.from({ length: head.shape.columns }, (_, index) => ({
      index,
      letter: columnLetter(head.shape.origin.column + index),
      header: layout?.headers[index] ?? "",
      role: roles.get(index),
    }));
  }, [head, layout, roles]);

  const roleColumns = useMemo(() => {
    const out: Partial<Record<Role, string>> = {};
    for (const c of columns) if (c.role) out[c.role] = c.letter;
    return out;
  }, [columns]);

  const shares = useMemo((): ShareColumns => {
    if (!head || !layout) return {};
    const corrected: Partial<Record<Role, number>> = {};
    for (const c of columns) if (c.role) corrected[c.role] = c.index;
    return shareColumns({ ...layout, columns: corrected }, head.shape.origin.column);
  }, [head, layout, columns]);

  return {
    loading,
    error,
    shape: head?.shape ?? null,
    headerRow: head && layout ? head.shape.origin.row + layout.headerRow + 1 : undefined,
    headerRowRange: head
      ? { min: head.shape.origin.row + 1, max: head.shape.origin.row + head.block.values.length }
      : undefined,
    columns,
    setHeaderRow,
    setRole,
    roleColumns,
    shareColumns: shares,
    keys: head?.keys,
    reload,
  };
}
