/** The tool version written into every manifest; a test pins it to package.json. */
export const TOOL_NAME = 'yuqing';
export const TOOL_VERSION = '0.1.0';
