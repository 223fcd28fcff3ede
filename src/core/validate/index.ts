/**
 * Validation of project sheets: the engine, its rules and the roles of columns.
 */
export {
  Validator,
  validateGrid,
  type TableInfo,
  type ValidateOptions,
  type ValidationReport,
} from "./engine";
export { RULES, RULE_IDS, type Finding, type RuleId, type Severity } from "./rules";
export { ROLES, type Role } from "./roles";
