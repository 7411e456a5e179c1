import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The dev server talks to the backend of `make run`; the preview server to the one the end-to-end tests start.
const devApi = process.env.PERFMON_API_URL ?? 'http://localhost:8080';
const previewApi = process.env.PERFMON_PREVIEW_API_URL ?? 'http://localhost:8081';

/**
 * Preloads the Titillium weights the first screen uses, so that the text does not jump when the font arrives
 * (layout shift) and no request waits on the stylesheet to discover them.
 */
function preloadFonts(): Plugin {
  const wanted = /titillium-web-v10-latin-ext_latin-(regular|600|700)-[\w-]+\.woff2$/;
  return {
    name: 'preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return Object.keys(context.bundle ?? {})
          .filter((file) => wanted.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `/${file}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), preloadFonts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: devApi, changeOrigin: false } },
  },
  preview: {
    port: 4173,
    strictPort: true,
    proxy: { '/api': { target: previewApi, changeOrigin: false } },
  },
  build: {
    // The bootstrap-italia stylesheet alone is larger than Vite's default warning threshold.
    chunkSizeWarningLimit: 800,
  },
});
