import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Avatar } from '@/components/ui/Avatar'

const shown = (name: string) => renderToStaticMarkup(<Avatar name={name} size={64} />).replace(/<[^>]+>/g, '')

describe('avatar placeholder (an author without a picture)', () => {
  it('shows the first letter of the first two words, upper-cased', () => {
    expect(shown('Mei Lin Tan')).toBe('ML')
    expect(shown('  bo   chan ')).toBe('BC')
    expect(shown('Ørjan Østby')).toBe('ØØ')
    expect(shown('élodie durand')).toBe('ÉD')
    expect(shown('Σοφία Παπαδοπούλου')).toBe('ΣΠ')
    expect(shown('анна петрова')).toBe('АП')
  })

  it('keeps a letter with its accents whole, in any normalisation form', () => {
    expect(shown('N\u0303un\u0303ez Pen\u0303a')).toBe('ÑP')
    expect(shown('Nguyễn Văn An')).toBe('NV')
    expect(shown('ệ x')).toBe('ỆX')
  })

  it('keeps characters outside the Basic Multilingual Plane and emoji whole', () => {
    for (const [name, expected] of [
      ['𠀀𠀁 Li', '𠀀L'],
      ['𝒜lice Smith', '𝒜S'],
      ['🦊 Fox', '🦊F'],
      ['👩‍💻 Dev Team', '👩‍💻D'],
      ['🇯🇵 Desk', '🇯🇵D'],
    ]) {
      const initials = shown(name)
      expect(initials, name).toBe(expected)
      expect(initials).not.toMatch(/\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
  })

  it('shows scripts without case as written', () => {
    expect(shown('王小明')).toBe('王')
    expect(shown('山田 太郎')).toBe('山太')
    expect(shown('김 민준')).toBe('김민')
    expect(shown('अमित शर्मा')).toBe('अश')
  })

  it('keeps Arabic initials from joining, in the direction of the name', () => {
    const html = renderToStaticMarkup(<Avatar name="محمد علي" size={64} />)
    expect(html).toContain('dir="auto"')
    expect(shown('محمد علي')).toBe('م\u200Cع')
    expect(shown('مُحَمَّد')).toBe('مُ')
  })
})
