/** The name and version the generated npm package is published under. */
export const PACKAGE_NAME = '@acs-toolkit/events';
export const PACKAGE_VERSION = '0.1.0';
