export * from './geometry';
export * from './tidy';
export * from './router';
export * from './label-placement';
export * from './route-checks';
export * from './text-metrics';
export * from './role-icons';
export * from './free-space';
