/**
 * `npm start`. On Windows and macOS, build and sideload AID into desktop Excel with
 * office-addin-debugging. Elsewhere there is no desktop Excel to sideload into,
 * so build dist/ if needed, serve it on this machine and print what to open.
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
    !existsSync(new URL("../dist/taskpane.html", import.meta.url)) ||
    process.argv.includes("--build")
  )
    run(npm, ["run", "build"]);
  const { port } = await serve(
    new URL("../dist", import.meta.url).pathname,
    Number(process.env.PORT || 3000)
  );
  const url = `http://localhost:${port}`;
  console.log(`
AID 已在本机提供服务 / AID is being served on this machine: ${url}

本机没有桌面版 Excel，无法自动旁加载。 / There is no desktop Excel here to sideload into.
  • 任务窗格（在浏览器中预览） / Task pane preview in a browser:  ${url}/taskpane.html
  • 函数元数据 / Function metadata:  ${url}/functions.json  ·  ${url}/functions.zh-CN.json

在 Excel 网页版中旁加载 / To sideload into Excel on the web:
  1. Excel 只从 https 加载加载项：在装有 Windows 或 macOS 的电脑上运行 npm start，
     或用可信证书把 dist/ 发布到 https://localhost:3000/。
     Excel loads add-ins over https only: run npm start on Windows or macOS, or publish dist/
     at https://localhost:3000/ with a trusted certificate.
  2. 打开 Excel 网页版中的工作簿：开始 › 加载项 › 更多设置 › 上传我的加载项，选择 manifest.xml。
     Open a workbook in Excel on the web: Home › Add-ins › More settings › Upload My Add-in, choose manifest.xml.
  3. 点击“开始”选项卡上的“核对项目表”，并在单元格中输入 =AID.RATE(B2,C2) 试用函数。
     Choose Check sheet on the Home tab, and type =AID.RATE(B2,C2) in a cell to try a function.

按 Ctrl+C 停止 / Press Ctrl+C to stop.`);
}
