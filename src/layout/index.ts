export * from './geometry';
export * from './tidy';
