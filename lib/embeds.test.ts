import { describe, expect, it } from 'vitest'
import { parseEmbed } from './embeds'

describe('embeds', () => {
  it('plays YouTube videos from the no-cookie domain, from any usual address form', () => {
    for (const address of ['https://www.youtube.com/watch?v=aBc_12-3', 'https://youtu.be/aBc_12-3', 'https://m.youtube.com/shorts/aBc_12-3'])
      expect(parseEmbed(address)?.src).toBe('https://www.youtube-nocookie.com/embed/aBc_12-3?autoplay=1')
  })

  it('plays Vimeo without tracking and shows X and Instagram posts', () => {
    expect(parseEmbed('https://vimeo.com/123456')?.src).toBe('https://player.vimeo.com/video/123456?dnt=1&autoplay=1')
    expect(parseEmbed('https://x.com/someone/status/1790000000000000000')).toMatchObject({ provider: 'X', kind: 'post' })
    expect(parseEmbed('https://twitter.com/someone/status/17')?.src).toBe('https://platform.twitter.com/embed/Tweet.html?id=17&dnt=true')
    expect(parseEmbed('https://www.instagram.com/p/C0dE_x/')?.src).toBe('https://www.instagram.com/p/C0dE_x/embed/')
  })

  it('refuses anything else', () => {
    for (const address of ['http://youtu.be/abc', 'https://example.com/video', 'https://vimeo.com/channels/x', 'youtube.com/watch?v=abc', 'https://x.com/someone'])
      expect(parseEmbed(address)).toBeUndefined()
  })
})
