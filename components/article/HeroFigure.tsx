import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import type { ImageRef } from '@/lib/content'

// A fixed 16:9 frame, so the page never shifts while the image loads.
export function HeroFigure({ image }: { image: ImageRef }) {
  return (
    <figure className="my-6">
      <div className="relative aspect-[16/9] overflow-hidden bg-rule">
        <ResponsiveImage
          src={image.src}
          alt={image.alt}
          fill
          preload
          // The hero is the page's largest paint on a phone: fetched before the scripts, not after.
          fetchPriority="high"
          sizes="(min-width: 1024px) 760px, 100vw"
          className="object-cover"
        />
      </div>
      {(image.caption || image.credit) && (
        <figcaption dir="auto" className="mt-2 font-sans text-sm text-ink-muted">
          {image.caption}
          {image.credit && <span className="ml-1 text-xs uppercase tracking-wide">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
