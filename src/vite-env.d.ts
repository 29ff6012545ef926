/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

declare module 'virtual:catalog-manifest' {
  const manifest: import('./catalog/schema').Manifest;
  export default manifest;
}
