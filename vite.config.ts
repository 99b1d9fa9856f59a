/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compshareSandbox } from './src/sandbox/vite-plugin.ts'

const isTest = process.env.VITEST === 'true'

export default defineConfig({
  // The sandbox serves POST /api on the app's own origin in `dev` and `preview`; tests reach
  // the same core through MSW instead (tests/support/sandbox.ts).
  plugins: isTest ? [react()] : [react(), tailwindcss(), compshareSandbox()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
})
