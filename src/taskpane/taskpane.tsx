/**
 * Entry of the task pane in the shared runtime: wait for Office, then render
 * the pane with the real host (Excel, or WPS 表格: ./choose-host.ts), in the host's language and theme.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { chooseHost } from "./choose-host";

async function render(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  // Excel (Office.js) or WPS 表格 (window.wps): the same pane on either host.
  const { host, locale, dark } = await chooseHost();
  createRoot(container).render(<App host={host} locale={locale} dark={dark} />);
}

// Outside Office (a plain browser) office.js may be missing; the pane still renders.
if (typeof Office !== "undefined") void Office.onReady(() => render());
else void render();
