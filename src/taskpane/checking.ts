/**
 * What the Validate tab needs only once the user presses 核对: the validator with every
 * rule, the place names and the pairing tables. The pane loads this module on demand
 * (import("./checking")), so its first paint waits for none of it.
 */
export { Validator } from "../core/validate";
export { programmeById } from "../core/programmes";
