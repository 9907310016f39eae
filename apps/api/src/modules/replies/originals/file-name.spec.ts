import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it.each([
    ['Ответ 答复 رد.docx', 'docx', 'Ответ 答复 رد.docx'],
    ['C:\\Users\\fp\\Reply of Finland.docx', 'docx', 'Reply of Finland.docx'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['evil\u202Excod.docx', 'docx', 'evilxcod.docx'],
    ['a\u2066b\u2069c\u200f.pdf', 'pdf', 'abc.pdf'],
    ['line\r\nbreak\u0000\u0085.docx', 'docx', 'linebreak.docx'],
    ['"quoted"<>|*?:.docx', 'docx', 'quoted.docx'],
    ['lone\ud800surrogate.docx', 'docx', 'lonesurrogate.docx'],
    ['emoji 😀.docx', 'docx', 'emoji 😀.docx'],
    ['.docx', 'docx', 'original.docx'],
    ['', 'pdf', 'original.pdf'],
    ['respuesta.docx', 'pdf', 'respuesta.pdf'],
    ['e\u0301te\u0301.docx', 'docx', 'été.docx'],
  ])('%j → %j', (name, extension, expected) => {
    expect(cleanFileName(name, extension)).toBe(expected);
  });

  it('keeps at most 180 characters, never cutting one in two', () => {
    const cleaned = cleanFileName(`${'😀'.repeat(300)}.docx`, 'docx');
    expect(Array.from(cleaned.replace(/\.docx$/, ''))).toHaveLength(180);
    expect(cleaned).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/u);
  });
});
