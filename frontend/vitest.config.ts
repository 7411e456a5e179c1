import { fileURLToPath, URL } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const kit = fileURLToPath(new URL('./node_modules/design-react-kit/dist/index.js', import.meta.url));
const italia = fileURLToPath(
  new URL('./node_modules/bootstrap-italia/dist/bootstrap-italia.esm.js', import.meta.url),
);

export default mergeConfig(
  viteConfig,
  defineConfig({
    resolve: {
      // Vitest cannot resolve the kit's package exports, and bootstrap-italia's UMD build would flip React
      // into production mode mid-run: point both at their ES modules.
      alias: [
        { find: /^design-react-kit$/, replacement: kit },
        { find: /^bootstrap-italia$/, replacement: italia },
      ],
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      server: { deps: { inline: ['design-react-kit', 'bootstrap-italia'] } },
    },
  }),
);
