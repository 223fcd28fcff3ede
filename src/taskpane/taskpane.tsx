/**
 * Entry of the task pane in the shared runtime: wait for Office, then render the pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { officeLocale } from "../excel/display-language";
import { App } from "./App";

function render(): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App locale={officeLocale()} />);
}

// Outside Office (a plain browser) office.js may be missing; the pane still renders.
if (typeof Office !== "undefined") void Office.onReady(render);
else render();
