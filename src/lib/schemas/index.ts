export * from './shared';
export * from './essay';
export * from './project';
export * from './update';
export * from './page';
export * from './author';
export * from './dataset';
export * from './source';
