/**
 * `npm test` runs every project below in one jest run, on one PostgreSQL server (see
 * jest.global-setup.mjs). Packages are built first (the test script runs turbo), so tests import
 * other workspaces through their built `dist`, as the running system does.
 */
const tsProject = (name, dir, extra = {}) => ({
  displayName: name,
  rootDir: `<rootDir>/${dir}`,
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: require('node:path').join(__dirname, 'tsconfig.jest.json') }] },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  ...extra,
});

/** @type {import('jest').Config} */
module.exports = {
  globalSetup: '<rootDir>/jest.global-setup.mjs',
  globalTeardown: '<rootDir>/jest.global-teardown.mjs',
  testTimeout: 60_000,
  projects: [
    tsProject('kit', 'services/kit'),
    tsProject('demo', 'services/demo'),
    tsProject('network', 'services/network'),
    tsProject('awards', 'services/awards'),
    tsProject('stories', 'services/stories'),
    tsProject('advocacy', 'services/advocacy'),
    tsProject('gateway', 'gateway'),
    // The whole platform (@best/stack): the contract tests and the end-to-end tests over HTTP ...
    tsProject('stack', 'services/stack', { testMatch: ['<rootDir>/test/*.test.ts'] }),
    // ... and the web client in headless Chromium in front of it.
    tsProject('browser', 'services/stack', { testMatch: ['<rootDir>/test/browser/**/*.test.ts'] }),
    tsProject('web', 'web', {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The client's own tsconfig is for the browser (ESM, bundler resolution); tests run as CommonJS.
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: require('node:path').join(__dirname, 'web/test/tsconfig.json') }],
      },
    }),
  ],
};
