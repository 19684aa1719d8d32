// Vite turns stylesheet imports into bundled CSS; TypeScript only needs to know they exist.
declare module '*.css';

interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
}
