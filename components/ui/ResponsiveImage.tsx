import { getImageProps, type ImageProps } from 'next/image'
import { preload } from 'react-dom'

/**
 * next/image's optimised <img> (srcset, sizes, lazy loading, preload hint), rendered on the server.
 * next/image itself is a client component: it ships JavaScript to every page for features the site
 * does not use (blur placeholders, load callbacks; docs/performance.md, "Article JavaScript"). The markup
 * is the same, a little shorter: it is in the HTML and again in React's payload, once per card on listing pages.
 */
export function ResponsiveImage(props: ImageProps) {
  const { props: img } = getImageProps(props)
  if (props.preload) {
    preload(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: img.fetchPriority })
  }
  // A fixed-size image gets "a 1x, b 2x" and src b. The src of an <img> is its 1x candidate, so
  // src a with srcset "b 2x" picks the same file at every density with one URL fewer.
  const [one, ...rest] = img.srcSet?.split(', ') ?? []
  if (!img.sizes && one?.endsWith(' 1x') && rest.length > 0) {
    img.src = one.slice(0, -3)
    img.srcSet = rest.join(', ')
  }
  // next/image hides the alt text while loading; an image without alt text has none to hide.
  const { style: { color, ...style } = {}, ...attributes } = img
  const keepColor = props.alt !== '' && color !== undefined
  const css = keepColor ? { ...style, color } : style
  return <img {...attributes} style={Object.keys(css).length > 0 ? css : undefined} />
}
