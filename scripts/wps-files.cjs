/**
 * The WPS add-in's own files, made from one base URL (not yet wired into `npm run build`):
 * ribbon.xml (a 对口支援 group with a button opening the pane), manifest.xml naming the
 * functions' metadata and namespace, a sample jsplugins.xml and the oem.ini line.
 * Formats as Kingsoft documents them:
 *  - ribbon.xml is CustomUI (xmlns http://schemas.microsoft.com/office/2006/01/customui), its
 *    callbacks named as JS functions of the add-in's page (ribbon.OnAddinLoad, ribbon.OnAction …);
 *  - manifest.xml: <JsPlugin><ApiVersion/><Name/>…<Functions><Uri>/functions.json</Uri><Namespace/></Functions></JsPlugin>
 *    (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html);
 *  - jsplugins.xml: <jsplugins><jsplugin name version url type enable/></jsplugins>, listed by
 *    oem.ini's [Server] JSPluginsServer= (Kingsoft's offline deployment notes).
 */

const NAME = "AID";
const NAMESPACE = "AID";

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The ribbon: one tab 对口支援 with a group and a button that opens the pane. */
function ribbonXml() {
  return `<?xml version="1.0" encoding="UTF-8"?>
<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="ribbon.OnAddinLoad">
  <ribbon startFromScratch="false">
    <tabs>
      <tab id="aidTab" label="对口支援">
        <group id="aidGroup" label="对口支援">
          <button id="aidOpenPane" label="AID 核对" screentip="打开 AID 核对窗格 / Open the AID pane" onAction="ribbon.OnAction" getImage="ribbon.GetImage" size="large"/>
        </group>
      </tab>
    </tabs>
  </ribbon>
</customUI>
`;
}

/** manifest.xml for WPS: the add-in's name and the functions' metadata and namespace. */
function manifestXml(version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<JsPlugin>
  <ApiVersion>1.0.0</ApiVersion>
  <Name>${NAME}</Name>
  <Description>AID 对口支援核对 / AID paired-assistance checker ${escapeXml(version)}</Description>
  <Functions>
    <Uri>/functions.json</Uri>
    <Namespace>${NAMESPACE}</Namespace>
  </Functions>
</JsPlugin>
`;
}

/** A jsplugins.xml listing AID at `url` (a web address, or file:/// of the offline package). */
function jsPluginsXml(url, version) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<jsplugins>
  <jsplugin name="${NAME}" type="et" enable="true" version="${escapeXml(version)}" url="${escapeXml(url)}"/>
</jsplugins>
`;
}

/** The line oem.ini's [Server] section needs to list the add-ins of `jsPluginsPath`. */
function oemIniLine(jsPluginsPath) {
  return `JSPluginsServer=${jsPluginsPath}`;
}

module.exports = { NAME, NAMESPACE, ribbonXml, manifestXml, jsPluginsXml, oemIniLine };
