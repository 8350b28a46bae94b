/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 120000,
  // The default reporter, and in a log (not a terminal) a line as each test file starts and
  // finishes, so long files never leave CI silent for minutes (test/support/progress-reporter.js).
  reporters: ['default', '<rootDir>/test/support/progress-reporter.js'],
};
