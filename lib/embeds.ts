// Which third-party posts and videos an article may embed, and the privacy-friendly player address
// for each. Used by the Embed component and by the content check (an unsupported address fails it).

export type EmbedTarget = {
  provider: 'YouTube' | 'Vimeo' | 'X' | 'Instagram'
  kind: 'video' | 'post'
  /** The iframe address, loaded only after the reader asks for it. */
  src: string
  /** Width / height of the player box. */
  aspectRatio: string
}

const ID = /^[A-Za-z0-9_-]+$/

export const supportedEmbeds = 'YouTube (youtube.com/watch?v=…, youtu.be/…), Vimeo (vimeo.com/<number>), X (x.com/<user>/status/<number>) and Instagram (instagram.com/p/…) addresses'

export function parseEmbed(address: string): EmbedTarget | undefined {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:') return undefined
  const host = url.hostname.replace(/^(www\.|m\.)/, '')
  const parts = url.pathname.split('/').filter(Boolean)

  const youTubeId =
    host === 'youtu.be' ? parts[0] : host === 'youtube.com' ? (parts[0] === 'watch' ? url.searchParams.get('v') : ['shorts', 'embed', 'live'].includes(parts[0]) ? parts[1] : undefined) : undefined
  if (youTubeId && ID.test(youTubeId))
    return { provider: 'YouTube', kind: 'video', src: `https://www.youtube-nocookie.com/embed/${youTubeId}?autoplay=1`, aspectRatio: '16 / 9' }

  if (host === 'vimeo.com' && parts.length === 1 && /^\d+$/.test(parts[0]))
    return { provider: 'Vimeo', kind: 'video', src: `https://player.vimeo.com/video/${parts[0]}?dnt=1&autoplay=1`, aspectRatio: '16 / 9' }

  if ((host === 'x.com' || host === 'twitter.com') && parts[1] === 'status' && /^\d+$/.test(parts[2] ?? ''))
    return { provider: 'X', kind: 'post', src: `https://platform.twitter.com/embed/Tweet.html?id=${parts[2]}&dnt=true`, aspectRatio: '5 / 6' }

  if (host === 'instagram.com' && ['p', 'reel'].includes(parts[0]) && ID.test(parts[1] ?? ''))
    return { provider: 'Instagram', kind: 'post', src: `https://www.instagram.com/${parts[0]}/${parts[1]}/embed/`, aspectRatio: '4 / 5' }

  return undefined
}
