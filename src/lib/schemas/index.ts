export * from './shared.ts';
export * from './essay.ts';
export * from './project.ts';
export * from './update.ts';
export * from './page.ts';
export * from './author.ts';
export * from './dataset.ts';
export * from './source.ts';
