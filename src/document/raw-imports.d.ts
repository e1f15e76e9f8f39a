// Vite (and Vitest) import a file's text with `?raw`; declared here so the core needs no Vite types.
declare module '*?raw' {
  const text: string;
  export default text;
}
