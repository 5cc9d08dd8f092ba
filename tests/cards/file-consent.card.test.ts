import {
  fileConsentCard,
  fileConsentResponseSchema,
  fileInfoCard,
} from '../../cards/file-consent.card';

const uploadInfo = {
  name: 'mijn-gegevens.json',
  uploadUrl: 'https://contoso-my.sharepoint.com/personal/upload?token=abc',
  contentUrl: 'https://contoso-my.sharepoint.com/personal/Documents/mijn-gegevens.json',
  uniqueId: '1150D938-8870-4044-9F2C-5BBDEBA70C8C',
  fileType: 'json',
};

describe('fileConsentCard', () => {
  it('when rendered, then it is the Teams file consent card with the purpose on both answers', () => {
    const card = fileConsentCard({
      fileName: 'mijn-gegevens.json',
      description: 'alles wat ik van je bewaar',
      sizeInBytes: 1234,
      purpose: 'personal-data',
    });
    expect(card).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.consent',
      name: 'mijn-gegevens.json',
      content: {
        description: 'alles wat ik van je bewaar',
        sizeInBytes: 1234,
        acceptContext: { purpose: 'personal-data' },
        declineContext: { purpose: 'personal-data' },
      },
    });
  });

  it('when the person answers, then the context Teams echoes back parses with the response schema', () => {
    const card = fileConsentCard({
      fileName: 'a.json',
      description: 'x',
      sizeInBytes: 1,
      purpose: 'personal-data',
    });
    const content = card.content as { acceptContext: object; declineContext: object };
    const accept = { action: 'accept', context: content.acceptContext, uploadInfo };
    const decline = { action: 'decline', context: content.declineContext };
    expect(fileConsentResponseSchema.parse(accept)).toEqual(accept);
    expect(fileConsentResponseSchema.parse(decline)).toEqual(decline);
  });
});

describe('fileInfoCard', () => {
  it('when the upload is done, then it is the Teams file info card pointing at the file', () => {
    expect(fileInfoCard(uploadInfo)).toEqual({
      contentType: 'application/vnd.microsoft.teams.card.file.info',
      contentUrl: uploadInfo.contentUrl,
      name: 'mijn-gegevens.json',
      content: { uniqueId: uploadInfo.uniqueId, fileType: 'json' },
    });
  });

  it('when given the whole upload info, then the upload URL does not leak into the card', () => {
    expect(JSON.stringify(fileInfoCard(uploadInfo))).not.toContain('token=abc');
  });
});

describe('fileConsentResponseSchema', () => {
  const context = { purpose: 'personal-data' };

  it('when Teams adds its own keys to an accept, then they are kept', () => {
    const value = { type: 'fileUpload', action: 'accept', context, uploadInfo };
    expect(fileConsentResponseSchema.parse(value)).toEqual(value);
  });

  it('when the person declines, then no upload info is needed', () => {
    expect(fileConsentResponseSchema.parse({ action: 'decline', context })).toMatchObject({
      action: 'decline',
    });
  });

  it.each([
    ['an accept without upload info', { action: 'accept', context }],
    [
      'an upload URL that is not http(s)',
      { action: 'accept', context, uploadInfo: { ...uploadInfo, uploadUrl: 'file:///etc/passwd' } },
    ],
    [
      'an upload URL that is not a URL',
      { action: 'accept', context, uploadInfo: { ...uploadInfo, uploadUrl: 'upload-here' } },
    ],
    ['an empty file name', { action: 'accept', context, uploadInfo: { ...uploadInfo, name: '' } }],
    ['an unknown action', { action: 'maybe', context }],
    ['no context', { action: 'decline' }],
    ['a purpose that is not text', { action: 'decline', context: { purpose: 7 } }],
  ])('when the response has %s, then it is refused', (_, value) => {
    expect(fileConsentResponseSchema.safeParse(value).success).toBe(false);
  });
});
