import type { Activity } from 'botbuilder';
import { incomingFiles } from '../../bot/file-attachments';

const SERVICE = 'https://smba.trafficmanager.net/emea/';
const message = (fields: Partial<Activity>): Partial<Activity> => ({
  type: 'message',
  serviceUrl: SERVICE,
  text: '',
  ...fields,
});
const html = { contentType: 'text/html', content: '<div>hoi</div>' };

describe('finding the files in a message', () => {
  it('when Teams sends a file with its html copy, then only the file counts, without the bot token', () => {
    const file = {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: 'https://contoso-my.sharepoint.com/personal/x/Documents/opname.m4a',
      name: 'opname.m4a',
      content: {
        downloadUrl: 'https://contoso-my.sharepoint.com/download?tempauth=x',
        fileType: 'm4a',
      },
    };
    expect(incomingFiles(message({ attachments: [file, html] }))).toEqual([
      {
        kind: 'file',
        name: 'opname.m4a',
        declaredType: 'm4a',
        url: 'https://contoso-my.sharepoint.com/download?tempauth=x',
        botToken: false,
      },
    ]);
  });

  it('when audio comes from the Bot Connector, then its type comes from the media type and the bot token goes along', () => {
    const audio = {
      contentType: 'audio/mpeg',
      contentUrl: `${SERVICE}v3/attachments/1/views/original`,
    };
    expect(incomingFiles(message({ attachments: [audio] }))).toEqual([
      expect.objectContaining({ kind: 'file', declaredType: 'audio/mpeg', botToken: true }),
    ]);
  });

  it('when a voice note comes as Teams sends it today (an empty InputExtension), then it is recognised as one', () => {
    const note = {
      contentType: 'text/html',
      content:
        '<div><span itemid="bfb101ece45946be988be560a74322f3" itemscope="" itemtype="http://schema.skype.com/InputExtension"></span></div>',
    };
    expect(incomingFiles(message({ attachments: [note] }))).toEqual([
      { kind: 'recorded-in-teams' },
    ]);
    const written = { contentType: 'text/html', content: '<p>hallo</p>' };
    expect(incomingFiles(message({ text: 'hallo', attachments: [written] }))).toEqual([]);
  });

  it('when a voice message was recorded in Teams itself, then it is recognised as one', () => {
    const card = {
      contentType: 'application/vnd.microsoft.card.audio',
      content:
        '{"duration":"PT13S","media":[{"url":"https://eu-api.asm.skype.com/v1/objects/0/views/audio"}]}',
    };
    expect(incomingFiles(message({ attachments: [card] }))).toEqual([
      { kind: 'recorded-in-teams' },
    ]);
  });

  it('when a picture is pasted into a written message, then it belongs to the text; alone it is a file', () => {
    const picture = {
      contentType: 'image/*',
      contentUrl: `${SERVICE}v3/attachments/2/views/original`,
    };
    expect(incomingFiles(message({ text: 'kijk', attachments: [picture, html] }))).toEqual([]);
    expect(incomingFiles(message({ attachments: [picture, html] }))).toHaveLength(1);
  });

  it('when attachments are cards, html or broken links, then there are no files', () => {
    const attachments = [
      html,
      { contentType: 'application/vnd.microsoft.card.adaptive', content: {} },
      { contentType: 'audio/mpeg', contentUrl: 'javascript:alert(1)' },
      { contentType: 'application/vnd.microsoft.teams.file.download.info', content: {} },
    ];
    expect(incomingFiles(message({ attachments }))).toEqual([]);
    expect(incomingFiles(message({}))).toEqual([]);
  });
});
