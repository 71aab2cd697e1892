import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons` regenerates public/pwa-*.png, maskable and apple icons from public/icon.svg.
export default defineConfig({
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f2937' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f2937' } },
  },
  images: ['public/icon.svg'],
});
