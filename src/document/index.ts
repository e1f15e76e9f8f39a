export * from './load-error';
export * from './parse';
export * from './serialize';
export * from './migrations';
export { parseJsonSafely } from './safe-json';
