/** AID's version, as package.json has it (a test keeps the two equal); reports and aid-check name it. */
export const AID_VERSION = "0.1.0";
