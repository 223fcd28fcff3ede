/**
 * The workbench's stand-in for Office.addin.onVisibilityModeChanged (SharedRuntime
 * 1.1): the workbench's 隐藏窗格 / 显示窗格 button hides and shows the pane the way
 * closing and reopening it does in Excel's shared runtime (its code keeps running),
 * and the pane hears it through the same call it makes in Excel.
 */

type VisibilityHandler = (message: Office.VisibilityModeChangedMessage) => void;

const handlers = new Set<VisibilityHandler>();

/** Register the handler the way Office.addin.onVisibilityModeChanged does: resolves with its remover. */
async function onVisibilityModeChanged(handler: VisibilityHandler): Promise<() => Promise<void>> {
  handlers.add(handler);
  return async () => {
    handlers.delete(handler);
  };
}

/**
 * Put the stand-in on Office.addin. Only in the workbench page, and never where an
 * Office host answered (Office.context.host is set inside Office): real Office is
 * left as it is.
 */
export function installPaneVisibility(): void {
  const g = globalThis as unknown as { Office?: Record<string, unknown> };
  const office = (g.Office ??= {});
  const context = office.context as { host?: unknown } | undefined;
  if (context?.host) return;
  try {
    const addin = (office.addin as Record<string, unknown> | undefined) ?? {};
    Object.defineProperty(addin, "onVisibilityModeChanged", {
      value: onVisibilityModeChanged,
      configurable: true,
      writable: true,
    });
    if (office.addin !== addin)
      Object.defineProperty(office, "addin", { value: addin, configurable: true, writable: true });
  } catch {
    // Office.js sealed its objects: the pane then simply does not hear the button.
  }
}

/** Tell the pane it was hidden or shown again. */
export function setPaneVisible(visible: boolean): void {
  const message = {
    visibilityMode: visible ? "Taskpane" : "Hidden",
  } as Office.VisibilityModeChangedMessage;
  for (const handler of [...handlers]) handler(message);
}
