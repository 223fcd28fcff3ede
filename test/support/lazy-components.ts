/** @fluentui/react-components for jest, each export loaded when first used (see lazy-fluent.ts). */
import { lazyComponents } from "./lazy-fluent";

module.exports = lazyComponents();
