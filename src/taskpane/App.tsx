/**
 * The task pane. For now a shell that introduces AID and its functions; the
 * validation, shares and pairings tabs come with the pane issue.
 */
import * as React from "react";
import {
  Body1,
  FluentProvider,
  Subtitle1,
  Title3,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import { FUNCTION_SUMMARIES } from "./function-summaries";

export interface AppProps {
  readonly locale: Locale;
}

/** Render the pane shell in the user's language. */
export function App({ locale }: AppProps): React.ReactElement {
  const zh = locale === "zh-CN";
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}>
        <Title3 as="h1">{zh ? "AID 对口支援核对" : "AID paired-assistance checker"}</Title3>
        <Body1>
          {zh
            ? "在单元格中输入 =AID. 使用以下函数。项目表校验、类别占比和对口关系核对即将在此窗格中提供。"
            : "Type =AID. in a cell to use the functions below. Sheet validation, category shares and pairing checks will appear in this pane."}
        </Body1>
        <Subtitle1 as="h2">{zh ? "函数" : "Functions"}</Subtitle1>
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {FUNCTION_SUMMARIES.map((f) => (
            <li key={f.signature}>
              <code>{f.signature}</code>: {zh ? f.zh : f.en}
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
