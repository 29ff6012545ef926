/// <reference types="vite/client" />

declare module 'virtual:catalog-manifest' {
  const manifest: import('./catalog/schema').Manifest;
  export default manifest;
}
