import { ResponsiveImage } from '@/components/ui/ResponsiveImage'
import { graphemes } from '@/lib/text/graphemes'

// Letters of scripts that join to their neighbours: initials are kept apart by a zero-width
// non-joiner, so each shows as the letter alone rather than as part of a word.
const JOINING = /[\p{scx=Arabic}\p{scx=Syriac}\p{scx=Nko}\p{scx=Mongolian}\p{scx=Adlam}\p{scx=Mandaic}\p{scx=Hanifi_Rohingya}]/u

/**
 * The placeholder's letters for `name`: the first grapheme (a whole emoji, a letter with its
 * accents, a character outside the BMP) of each of the first two words, upper-cased where the script
 * has case. NFC, so a decomposed Ñ shows as one letter.
 */
function initials(name: string): string {
  const letters = name
    .normalize('NFC')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => graphemes(word)[0].segment.toUpperCase())
  return letters.join(letters.every((letter) => JOINING.test(letter)) ? '\u200C' : '')
}

export function Avatar({ src, name, size }: { src?: string; name: string; size: number }) {
  if (!src) {
    return (
      <span
        aria-hidden="true"
        dir="auto"
        className="inline-flex shrink-0 items-center justify-center rounded-full bg-brand font-sans font-bold text-white"
        style={{ width: size, height: size, fontSize: size / 2.6 }}
      >
        {initials(name)}
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
