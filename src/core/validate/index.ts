/**
 * Validation of project sheets: the engine, its rules and the roles of columns.
 */
export {
  Validator,
  validateGrid,
  type ColumnLetters,
  type TableInfo,
  type ValidateOptions,
  type ValidationReport,
} from "./engine";
export { RULES, RULE_IDS, type Finding, type RuleId, type Severity } from "./rules";
export { ROLES, type Role } from "./roles";
export { columnReadings, type ColumnCheck, type ColumnReading } from "./reading";
export {
  readMeasure,
  measureKey,
  type Measure,
  type MeasureKind,
  type Quantity,
  type Stage,
} from "./measures";
export { pairFinding, type PairFinding } from "./pair-facts";
export { shareColumns, type ShareColumns } from "./share-columns";
