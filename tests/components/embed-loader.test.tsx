// @vitest-environment happy-dom
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { describe, expect, it } from 'vitest'
import { EmbedLoader } from '@/components/mdx/EmbedLoader'

// React's act() needs to know it runs in a test.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

describe('Embed click-to-load', () => {
  it('shows only a button until the reader clicks, then the player', async () => {
    const container = document.createElement('div')
    const root = createRoot(container)
    await act(async () =>
      root.render(
        <EmbedLoader src="https://www.youtube-nocookie.com/embed/aBc123?autoplay=1" aspectRatio="16 / 9" title="Governor speaks">
          Play video from YouTube
        </EmbedLoader>,
      ),
    )
    expect(container.querySelector('iframe')).toBeNull()
    const button = container.querySelector('button')!
    expect(button.textContent).toContain('Play video from YouTube')

    await act(async () => button.click())
    const iframe = container.querySelector('iframe')!
    expect(iframe.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aBc123?autoplay=1')
    expect(iframe.getAttribute('title')).toBe('Governor speaks')
    expect(container.querySelector('button')).toBeNull()
    await act(async () => root.unmount())
  })
})
