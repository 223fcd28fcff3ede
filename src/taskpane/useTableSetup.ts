/**
 * The table as the pane will check it: the sheet's first rows are read, the
 * header and column roles detected, and the user may correct both.
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import { columnLetter } from "../core/address";
import { detectLayout, layoutAt, type Layout } from "../core/validate/layout";
import type { Role } from "../core/validate";
import type { Block, SheetShape } from "../excel";
import { reason, usePane } from "./pane-context";

/** Rows read for detecting the header (titles above a header are seldom longer). */
const HEAD_ROWS = 40;

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
  readonly reload: () => void;
}

function rolesOf(layout: Layout | null): Map<number, Role> {
  const roles = new Map<number, Role>();
  if (layout)
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][]) roles.set(c, role);
  return roles;
}

/** Read and detect the table of a sheet; keep the user's corrections until the sheet changes. */
export function useTableSetup(sheet: string | undefined): TableSetup {
  const { host } = usePane();
  const [head, setHead] = useState<{ shape: SheetShape; block: Block } | null>(null);
  const [layout, setLayout] = useState<Layout | null>(null);
  const [roles, setRoles] = useState<Map<number, Role>>(new Map());
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!sheet) return;
    let live = true;
    setLoading(true);
    host.readHead(sheet, HEAD_ROWS).then(
      (result) => {
        if (!live) return;
        const detected = result ? detectLayout(result.block.values) : null;
        setHead(result);
        setLayout(detected);
        setRoles(rolesOf(detected));
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(reason(e));
        setLoading(false);
      }
    );
    return () => {
      live = false;
    };
  }, [host, sheet, generation]);

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
    reload: () => setGeneration((g) => g + 1),
  };
}
