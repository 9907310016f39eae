import { preferredEncoding } from './web-assets';

describe('preferredEncoding', () => {
  const both = ['br', 'gzip'] as const;

  it('prefers Brotli whatever the order of the header, then gzip', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd', both)).toBe('br');
    expect(preferredEncoding('gzip, deflate', both)).toBe('gzip');
    expect(preferredEncoding('x-gzip', both)).toBe('gzip');
  });

  it('sends only what the build wrote', () => {
    expect(preferredEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(preferredEncoding('br, gzip', [])).toBeNull();
  });

  it('honours q=0 and the wildcard', () => {
    expect(preferredEncoding('br;q=0, gzip;q=0.5', both)).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0', both)).toBeNull();
    expect(preferredEncoding('*', both)).toBe('br');
    expect(preferredEncoding('*;q=0, gzip', both)).toBe('gzip');
  });

  it('sends the file as it is without an Accept-Encoding, or to one accepting only identity', () => {
    expect(preferredEncoding(undefined, both)).toBeNull();
    expect(preferredEncoding('', both)).toBeNull();
    expect(preferredEncoding('identity', both)).toBeNull();
  });
});
