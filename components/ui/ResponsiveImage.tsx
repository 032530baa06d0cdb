import { getImageProps, type ImageProps } from 'next/image'
import { preload } from 'react-dom'

/**
 * next/image's optimised <img> (srcset, sizes, lazy loading, preload hint), rendered on the server.
 * next/image itself is a client component: it ships about 5 KB of gzipped JavaScript to every page
 * for features the site does not use (blur placeholders, load callbacks). The markup is the same.
 */
export function ResponsiveImage(props: ImageProps) {
  const { props: img } = getImageProps(props)
  if (props.preload) {
    preload(img.src, { as: 'image', imageSrcSet: img.srcSet, imageSizes: img.sizes, fetchPriority: img.fetchPriority })
  }
  return <img {...img} />
}
