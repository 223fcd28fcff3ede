/**
 * The workbook's sheets, and the one the user is working on (the active sheet at first).
 */
import { useCallback, useEffect, useState } from "react";
import { reason, usePane } from "./pane-context";

export interface Sheets {
  readonly names: readonly string[];
  readonly current: string | undefined;
  readonly choose: (name: string) => void;
  readonly refresh: () => void;
  readonly error: string | undefined;
}

/** List the sheets and keep the chosen one. */
export function useSheets(): Sheets {
  const { host } = usePane();
  const [names, setNames] = useState<readonly string[]>([]);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const refresh = useCallback(() => {
    host.listSheets().then(
      (list) => {
        setNames(list.names);
        setCurrent((chosen) => (chosen && list.names.includes(chosen) ? chosen : list.active));
        setError(undefined);
      },
      (e: unknown) => setError(reason(e))
    );
  }, [host]);

  useEffect(refresh, [refresh]);
  return { names, current, choose: setCurrent, refresh, error };
}
