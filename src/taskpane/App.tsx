/**
 * The task pane: three tabs (校验 Validate, 类别占比 Shares, 对口关系 Pairings) in
 * Fluent UI, following Office's language and theme, talking to Excel only
 * through the host it is given (src/excel, or a fake in tests).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Title3,
  tokens,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import type { ExcelHost } from "../excel";
import { isLoadFailure, makePane, PaneContext, reason, usePane } from "./pane-context";
import { PaneTabs } from "./PaneTabs";
import type { PaneStrings } from "./strings";
import { useSheets } from "./useSheets";
import { useTableSetup } from "./useTableSetup";
import { ValidatePanel } from "./ValidatePanel";

export interface AppProps {
  readonly host: ExcelHost;
  readonly locale: Locale;
  readonly dark?: boolean;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    maxWidth: "640px",
  },
  title: { margin: 0 },
});

type TabId = "validate" | "shares" | "pairings";

// The other two tabs load when first opened: the pane's first paint waits only for Validate.
const loadShares = () => import("./SharesPanel").then((m) => m.SharesPanel);
const loadPairings = () => import("./PairingsPanel").then((m) => m.PairingsPanel);

/**
 * A tab's component, loaded when first drawn, and a way to try again after its code failed to
 * arrive: React.lazy keeps its first failure for good, so trying again makes a new one (webpack
 * asks the server again for a chunk that failed).
 */
function useLazyTab<P extends object>(
  load: () => Promise<React.ComponentType<P>>
): {
  Tab: React.LazyExoticComponent<React.ComponentType<P>>;
  attempt: number;
  retry: () => void;
} {
  const make = React.useCallback(() => React.lazy(async () => ({ default: await load() })), [load]);
  const [state, setState] = React.useState(() => ({ Tab: make(), attempt: 0 }));
  const retry = React.useCallback(
    () => setState((s) => ({ Tab: make(), attempt: s.attempt + 1 })),
    [make]
  );
  return { Tab: state.Tab, attempt: state.attempt, retry };
}

interface TabBoundaryProps {
  readonly strings: PaneStrings;
  readonly onRetry: () => void;
  readonly children: React.ReactNode;
}

/**
 * What a tab shows when its code did not arrive or it could not be drawn: a message in the pane's
 * language and Try again, in place of that tab only. Without it React unmounts the whole pane and
 * the officer is left with a blank page.
 */
class TabBoundary extends React.Component<TabBoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown): { error: unknown; failed: boolean } {
    return { error, failed: true };
  }

  override render(): React.ReactNode {
    const { strings, onRetry, children } = this.props;
    if (!this.state.failed) return children;
    const error = this.state.error;
    return (
      <MessageBar intent="error" data-testid="tab-failed">
        <MessageBarBody>
          {isLoadFailure(error) ? strings.loadFailed : strings.failed(reason(error, strings))}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.tryAgain}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** The dark theme once loaded (./dark-theme.ts), kept for any pane drawn after. */
let loadedDarkTheme: Theme | undefined;

/** Give the theme to draw in: the light one at once, the dark one when it has loaded (undefined until then). */
function useTheme(dark: boolean): Theme | undefined {
  const [darkTheme, setDarkTheme] = React.useState(loadedDarkTheme);
  React.useEffect(() => {
    if (!dark || darkTheme) return;
    let live = true;
    import("./dark-theme").then(
      (m) => {
        loadedDarkTheme = m.webDarkTheme;
        if (live) setDarkTheme(m.webDarkTheme);
      },
      // A dark theme that did not arrive leaves the pane light, not empty.
      () => {
        if (live) setDarkTheme(webLightTheme);
      }
    );
    return () => {
      live = false;
    };
  }, [dark, darkTheme]);
  return dark ? darkTheme : webLightTheme;
}

/** Render the pane. */
export function App({ host, locale, dark = false }: AppProps): React.ReactElement {
  const pane = React.useMemo(() => makePane(host, locale), [host, locale]);
  const [tab, setTab] = React.useState<TabId>("validate");
  const styles = useStyles();
  const theme = useTheme(dark);
  const { strings } = pane;
  // A dark pane waits the moment its theme takes to load rather than flash light first.
  if (!theme) return <></>;
  return (
    // Layout styles go on an inner element: Fluent copies the provider's classes onto its portal
    // mount node (where dropdown lists render), and a full-height class there would cover the page.
    <FluentProvider theme={theme} lang={locale}>
      <PaneContext.Provider value={pane}>
        <div className={styles.root}>
          <main className={styles.main}>
            <Title3 as="h1" className={styles.title}>
              {strings.title}
            </Title3>
            <PaneTabs
              tabs={[
                { value: "validate", label: strings.tabs.validate, testId: "tab-validate" },
                { value: "shares", label: strings.tabs.shares, testId: "tab-shares" },
                { value: "pairings", label: strings.tabs.pairings, testId: "tab-pairings" },
              ]}
              selected={tab}
              onSelect={setTab}
            />
            <Panels tab={tab} />
          </main>
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}

/**
 * The three panels. They share one list of sheets and one reading of the chosen
 * sheet's table (read once, not once per panel). A panel is drawn when its tab is
 * first opened and then stays mounted, so switching tabs keeps its results. The
 * list follows the sheet the user activates in Excel, and the reading is redone
 * when that sheet changes.
 */
function Panels({ tab }: { tab: TabId }): React.ReactElement {
  const sheets = useSheets();
  // The table is read again whenever its sheet changes or the pane is shown again.
  const setup = useTableSetup(sheets.current, sheets.revisionOf(sheets.current));
  const [opened, setOpened] = React.useState<ReadonlySet<TabId>>(() => new Set([tab]));
  React.useEffect(() => {
    if (!opened.has(tab)) setOpened(new Set([...opened, tab]));
  }, [tab, opened]);
  const { strings } = usePane();
  const shares = useLazyTab(loadShares);
  const pairings = useLazyTab(loadPairings);
  const loading = <Caption1 role="status">{strings.loadingTab}</Caption1>;
  return (
    <>
      <div hidden={tab !== "validate"}>
        <ValidatePanel sheets={sheets} setup={setup} />
      </div>
      <div hidden={tab !== "shares"}>
        {(opened.has("shares") || tab === "shares") && (
          <TabBoundary key={shares.attempt} strings={strings} onRetry={shares.retry}>
            <React.Suspense fallback={loading}>
              <shares.Tab sheets={sheets} setup={setup} />
            </React.Suspense>
          </TabBoundary>
        )}
      </div>
      <div hidden={tab !== "pairings"}>
        {(opened.has("pairings") || tab === "pairings") && (
          <TabBoundary key={pairings.attempt} strings={strings} onRetry={pairings.retry}>
            <React.Suspense fallback={loading}>
              <pairings.Tab sheets={sheets} />
            </React.Suspense>
          </TabBoundary>
        )}
      </div>
    </>
  );
}
