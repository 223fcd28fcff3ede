/**
 * `npm start`. On Windows and macOS, sideload AID into desktop Excel with
 * office-addin-debugging. Elsewhere there is no desktop Excel to sideload into,
 * so build dist/ if needed and serve the workbench (the real pane beside an
 * in-memory workbook) on this machine, and print what to open.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(command, args) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.platform === "win32" || process.platform === "darwin") {
  // office-addin-debugging starts the package's dev-server script (webpack serve over https) and sideloads.
  run("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"]);
} else {
  if (
    !existsSync(new URL("../dist/workbench.html", import.meta.url)) ||
    process.argv.includes("--build")
  )
    run(npm, ["run", "build"]);
  const { port } = await serve(
    new URL("../dist", import.meta.url).pathname,
    Number(process.env.PORT || 3000)
  );
  const url = `http://localhost:${port}`;
  console.log(`
AID 工作台已启动 / The AID workbench is running:  ${url}/workbench.html

本机没有桌面版 Excel，因此提供工作台：左侧是内存中的模拟工作簿，右侧是真实的任务窗格；启动时载入示例
工作簿 examples/mistakes.xlsx，也可以打开任意 .xlsx。点击“核对”即可看到问题。
There is no desktop Excel here, so the workbench is served instead: the real task pane next to an
in-memory workbook, with examples/mistakes.xlsx loaded; open any .xlsx with the file input.

  • 英文界面 / English:  ${url}/workbench.html?lang=en
  • 其他示例 / other samples:  ?sample=clean.xlsx, ?sample=published-tables.xlsx
  • 函数元数据 / function metadata:  ${url}/functions.json · ${url}/functions.zh-CN.json

在 Excel 网页版中旁加载 / To sideload into Excel on the web: Excel loads add-ins over https only —
run npm start on Windows or macOS, or publish dist/ at https://localhost:3000/ with a trusted
certificate; then Home › Add-ins › More settings › Upload My Add-in, and choose manifest.xml.

按 Ctrl+C 停止 / Press Ctrl+C to stop.`);
}
