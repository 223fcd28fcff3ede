/**
 * The `CustomFunctions` global that Excel's custom-functions runtime provides,
 * reduced to what AID uses: the Error class (code and optional message) and the
 * ErrorCode values, which are the error strings Excel shows.
 */
class CustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: () => undefined,
  },
});
