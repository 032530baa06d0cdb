import type { MetadataRoute } from 'next'
import { site } from '@/lib/site'

// The web app manifest (/manifest.webmanifest): the name, colours and icons a phone uses when a reader adds
// the site to the home screen. The favicon and Apple touch icon are app/favicon.ico and app/apple-icon.png.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: site.name,
    description: site.description,
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b2545',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      // The monogram sits well inside the safe zone, so the same picture serves launchers that crop to a shape.
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
