/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // A timeout only catches a hang: on two busy cores (another suite beside this one) a whole-process
  // test can take several times its quiet duration, so the bar sits well above that.
  testTimeout: 60000,
  globalSetup: '<rootDir>/tests/support/jest-global-setup.ts',
  maxWorkers: 2,
};
