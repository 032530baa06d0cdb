// Text an editor may type, for tests of every sink that writes it out: scripts, markup characters,
// entities written literally, CDATA's terminator, astral-plane characters, very long text. Every string here
// is one the content check accepts (only characters XML 1.0 can carry), so every output must carry it intact.

export const TORTURE_TEXTS = {
  markup: `Rice <b>& beyond</b>: "quotes" and 'apostrophes' > all`,
  entities: 'AT&amp;T pays 5&nbsp;000 &lt;yen&gt; &#169; &unknown;',
  cdataEnd: 'Tokens ]]> and <![CDATA[ inside ]]]]> text',
  script: '</script><script>alert(1)</script><!-- -->',
  chinese: '中国与俄罗斯企业在沈阳签署协议',
  japanese: '日銀、為替介入を示唆　円安が進行',
  arabic: 'ارتفاع أسعار النفط في الخليج',
  russian: 'Рубль укрепился после решения ЦБ',
  emoji: 'Markets 📈 rally; chips 🇰🇷 and 👩🏽‍💻 flags',
  astral: '𝕄𝕖𝕣𝕚𝕕𝕚𝕒𝕟 𠜎𠜱 𝄞',
  separators: 'Line\u2028separator, paragraph\u2029separator, nbsp\u00a0and zero\u200bwidth, bidi \u202Eoverride\u202C',
  whitespace: 'Tab\there, a newline\nand a CRLF\r\nhere',
  long: `${'Very long headline with a story that never ends, '.repeat(80)}end`,
} as const

/** Section and author names with the slips the issue names: `<` in a section, `"` in an author. */
export const TORTURE_NAMES = {
  section: 'Markets <Asia> & "Pacific" 中国',
  author: 'Nadia "Nad" al-Hassan نادية & Co',
  otherAuthor: '山田 太郎 😀',
} as const
