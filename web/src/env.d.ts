// Vite turns stylesheet imports into bundled CSS; TypeScript only needs to know they exist.
declare module '*.css';
