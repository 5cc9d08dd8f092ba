import { acceptedExtensions, acceptedFile, extensionOf } from '../../domain/logboek-files.rules';

describe('which files go with a logboek', () => {
  it.each([
    ['m4a', 'audio/mp4', true],
    ['.MP3', 'audio/mpeg', true],
    ['3gp', 'audio/3gpp', true],
    ['audio/x-m4a', 'audio/mp4', true],
    ['audio/ogg; codecs=opus', 'audio/ogg', true],
    ['pdf', 'application/pdf', false],
    ['jpeg', 'image/jpeg', false],
    ['heic', 'image/heic', false],
  ])('when the declared type is %s, then it is kept as %s', (declared, contentType, voice) => {
    expect(acceptedFile(declared)).toMatchObject({ contentType, voice });
  });

  it.each(['exe', 'mp4', 'mov', 'zip', 'xlsx', 'image/*', 'constructor', '', undefined])(
    'when the declared type is %s, then it is refused',
    (declared) => {
      expect(acceptedFile(declared)).toBeUndefined();
    },
  );

  it('when the list is shown to a person, then every type on it is accepted', () => {
    expect(acceptedExtensions).toContain('m4a');
    for (const extension of acceptedExtensions) expect(acceptedFile(extension)).toBeDefined();
  });

  it.each([
    ['Opname 12.M4A', 'm4a'],
    ['verslag.final.pdf', 'pdf'],
    ['geen-extensie', undefined],
    [undefined, undefined],
  ])('when the file is called %s, then its extension is %s', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
