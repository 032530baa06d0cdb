'use client'

import { useState, type ReactNode } from 'react'

type Props = { src: string; title: string; aspectRatio: string; children: ReactNode }

/**
 * Click-to-load: until the reader asks, nothing is requested from the provider (no player, no
 * thumbnail, no cookies). Then the player replaces the button. The button's text is rendered on the
 * server (children) and the styles are .embed-* in app/globals.css: this script ships with every
 * article, so it holds only the click.
 */
export function EmbedLoader({ src, title, aspectRatio, children }: Props) {
  const [loaded, setLoaded] = useState(false)
  return loaded ? (
    <iframe
      src={src}
      title={title}
      style={{ aspectRatio }}
      className="embed-frame"
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      referrerPolicy="strict-origin-when-cross-origin"
    />
  ) : (
    <button type="button" onClick={() => setLoaded(true)} style={{ aspectRatio }} className="embed-button">
      {children}
    </button>
  )
}
