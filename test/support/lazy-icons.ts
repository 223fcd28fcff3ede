/** @fluentui/react-icons for jest, each icon loaded when first used (see lazy-fluent.ts). */
import { lazyIcons } from "./lazy-fluent";

module.exports = lazyIcons();
