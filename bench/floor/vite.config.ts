import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compshareSandbox } from '../../src/sandbox/http/vite-plugin.ts'

/** The floor page's build and its `vite preview`, with a sandbox of the same seed as the app's. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), tailwindcss(), compshareSandbox()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../dist-floor', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
})
