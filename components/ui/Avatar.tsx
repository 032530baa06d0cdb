import { ResponsiveImage } from '@/components/ui/ResponsiveImage'

export function Avatar({ src, name, size }: { src?: string; name: string; size: number }) {
  if (!src) {
    const initials = name
      .split(/\s+/)
      .map((part) => part[0])
      .slice(0, 2)
      .join('')
    return (
      <span
        aria-hidden="true"
        className="inline-flex shrink-0 items-center justify-center rounded-full bg-brand font-sans font-bold text-white"
        style={{ width: size, height: size, fontSize: size / 2.6 }}
      >
        {initials}
      </span>
    )
  }
  // A fixed square: in a flex row the picture must not stretch to the height of the text beside it.
  return (
    <ResponsiveImage
      src={src}
      alt=""
      width={size}
      height={size}
      className="shrink-0 self-start rounded-full object-cover"
      style={{ width: size, height: size }}
    />
  )
}
