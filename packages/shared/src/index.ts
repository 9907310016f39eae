export * from './languages';
export * from './entities';
export * from './users';
export * from './auth';
export * from './errors';
