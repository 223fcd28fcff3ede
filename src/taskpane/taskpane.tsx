/**
 * Entry of the task pane in the shared runtime: wait for Office, then render
 * the pane with the real Excel host, in Office's language and theme.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel";
import { officeLocale } from "../excel/display-language";
import { officeIsDark } from "../excel/theme";
import { App } from "./App";

function render(): void {
  const container = document.getElementById("root");
  if (container)
    createRoot(container).render(
      <App host={excelHost} locale={officeLocale()} dark={officeIsDark()} />
    );
}

// Outside Office (a plain browser) office.js may be missing; the pane still renders.
if (typeof Office !== "undefined") void Office.onReady(render);
else render();
