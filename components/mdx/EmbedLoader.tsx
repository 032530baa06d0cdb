'use client'

import { useState } from 'react'

type Props = { provider: string; kind: 'video' | 'post'; src: string; aspectRatio: string; title: string }

/**
 * Click-to-load: until the reader asks, nothing is requested from the provider (no player, no
 * thumbnail, no cookies). Then the player replaces the button.
 */
export function EmbedLoader({ provider, kind, src, aspectRatio, title }: Props) {
  const [loaded, setLoaded] = useState(false)
  if (loaded)
    return (
      <iframe
        src={src}
        title={title}
        style={{ aspectRatio }}
        className="w-full border-0 bg-paper-deep"
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    )
  return (
    <button
      type="button"
      onClick={() => setLoaded(true)}
      style={{ aspectRatio }}
      className="flex w-full flex-col items-center justify-center gap-2 bg-paper-deep px-6 text-center font-sans hover:bg-rule focus-visible:outline-2 focus-visible:outline-accent"
    >
      <span className="text-base font-semibold">{title}</span>
      <span className="rounded bg-ink px-3 py-1.5 text-sm font-bold text-paper">
        {kind === 'video' ? `Play video from ${provider}` : `Show post from ${provider}`}
      </span>
      <span className="max-w-sm text-xs text-ink-muted">Loading it lets {provider} see your visit and may set cookies.</span>
    </button>
  )
}
